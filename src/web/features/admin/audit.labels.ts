import i18next from "i18next";
import type { AuditAction, AuditProblem } from "../../../contracts/audit.ts";
import { adminText } from "./admin.text.ts";

/** Text keys cannot hold dots (ADR 022): `case.decided` is worded under `case_decided`. */
type Underscored<T extends string> = T extends `${infer Head}.${infer Tail}` ? `${Head}_${Tail}` : T;
export type AuditActionKey = Underscored<AuditAction>;

export const auditActionKey = (action: AuditAction) => action.replace(".", "_") as AuditActionKey;

/** What was done, in the admin's words, e.g. "Decided a case". */
export const auditActionLabel = (action: AuditAction) =>
  i18next.t(`admin:audit.actions.${auditActionKey(action)}`);

type SubjectKind = keyof typeof adminText.en.audit.subjects;
const isKnownKind = (kind: string): kind is SubjectKind => Object.hasOwn(adminText.en.audit.subjects, kind);

/** "Case", "Dispute"…; a kind this web does not know yet is shown as the server names it. */
export const subjectKindLabel = (kind: string) =>
  isKnownKind(kind) ? i18next.t(`admin:audit.subjects.${kind}`) : kind;

export const problemKindLabel = (kind: AuditProblem["kind"]) => i18next.t(`admin:audit.problems.${kind}`);

/** Enough of a SHA-256 to tell two heads apart at a glance; the whole hash is in the entry's details. */
export const shortHash = (hash: string) =>
  hash.length > 16 ? `${hash.slice(0, 12)}…${hash.slice(-4)}` : hash;

const MAX_FIELDS = 4;
const MAX_VALUE = 80;

const clipped = (text: string) => (text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE - 1)}…` : text);

/**
 * An object as its fields, `name: value`; one with a type leads with it, so that an action like
 * `{ type: "demote_listing", days: 30 }` reads as `demote_listing (days: 30)`.
 */
function itemText(item: unknown): string {
  if (typeof item !== "object" || item === null || Array.isArray(item)) return valueText(item);
  const { type, ...rest } = item as Record<string, unknown>;
  const fields = Object.entries(typeof type === "string" ? rest : item).map(
    ([name, value]) => `${name}: ${itemText(value)}`,
  );
  if (typeof type !== "string") return fields.join(", ");
  return fields.length > 0 ? `${type} (${fields.join(", ")})` : type;
}

function valueText(value: unknown): string {
  if (value === null || value === undefined || (Array.isArray(value) && value.length === 0)) return "—";
  if (typeof value === "string") return clipped(value.replace(/\s+/g, " ").trim());
  if (Array.isArray(value)) return clipped(value.map(itemText).join(", "));
  if (typeof value === "object") return clipped(itemText(value));
  return String(value);
}

/**
 * The first few fields of an entry's data as `name: value` lines, each clipped: enough to tell entries
 * apart in the list; the whole data is one click away.
 */
export function summarizeAuditData(data: Record<string, unknown>): { name: string; value: string }[] {
  return Object.entries(data)
    .slice(0, MAX_FIELDS)
    .map(([name, value]) => ({ name, value: valueText(value) }));
}
