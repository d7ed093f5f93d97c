import { DecisionTemplate, type Macro } from "../../../contracts/decisions.ts";
import { DepartmentId } from "../../../contracts/report-types.ts";
import type { DbOrTx } from "../../platform/db/database.ts";
import { jsonText } from "../../platform/db/json-text.ts";
import type { DecisionMacroTable } from "../../platform/db/schema.ts";

const StoredTemplate = jsonText(DecisionTemplate);

function toMacro(row: DecisionMacroTable): Macro {
  return {
    id: row.id,
    name: row.name,
    department: DepartmentId.nullable().parse(row.department),
    decision: StoredTemplate.parse(row.decision_json),
    createdAt: row.created_at,
  };
}

/** Saved decisions that moderators apply in one click. */
export function createMacrosRepository() {
  return {
    all: (db: DbOrTx) =>
      db
        .selectFrom("decision_macros")
        .selectAll()
        .orderBy("name")
        .execute()
        .then((rows) => rows.map(toMacro)),

    /** Who made the macro (it decides who may delete it); undefined when there is no such macro. */
    authorOf: (db: DbOrTx, id: string) =>
      db
        .selectFrom("decision_macros")
        .selectAll()
        .where("id", "=", id)
        .executeTakeFirst()
        .then((row) => row?.created_by),

    insert: (db: DbOrTx, macro: Macro & { createdBy: string }) =>
      db
        .insertInto("decision_macros")
        .values({
          id: macro.id,
          name: macro.name,
          department: macro.department,
          decision_json: JSON.stringify(macro.decision),
          created_by: macro.createdBy,
          created_at: macro.createdAt,
        })
        .execute(),

    remove: (db: DbOrTx, id: string) => db.deleteFrom("decision_macros").where("id", "=", id).execute(),
  };
}

export type MacrosRepository = ReturnType<typeof createMacrosRepository>;
