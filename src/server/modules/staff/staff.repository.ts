import type { DbOrTx } from "../../platform/db/database.ts";

export function createStaffRepository() {
  return {
    departmentsOf: (db: DbOrTx, userId: string) =>
      db
        .selectFrom("staff_departments")
        .select("department")
        .where("user_id", "=", userId)
        .execute()
        .then((rows) => rows.map((r) => r.department)),

    /** The departments of several users, in one query. */
    async departmentsByUser(db: DbOrTx, userIds: string[]): Promise<Map<string, string[]>> {
      const byUser = new Map<string, string[]>();
      if (userIds.length === 0) return byUser;
      const rows = await db
        .selectFrom("staff_departments")
        .selectAll()
        .where("user_id", "in", userIds)
        .execute();
      for (const row of rows) byUser.set(row.user_id, [...(byUser.get(row.user_id) ?? []), row.department]);
      return byUser;
    },

    async setDepartments(db: DbOrTx, userId: string, departments: string[]) {
      await db.deleteFrom("staff_departments").where("user_id", "=", userId).execute();
      if (departments.length === 0) return;
      await db
        .insertInto("staff_departments")
        .values(departments.map((department) => ({ user_id: userId, department })))
        .execute();
    },

    /** Names of users by id, in one query. */
    async namesOf(db: DbOrTx, ids: (string | null)[]): Promise<Map<string, string>> {
      const wanted = [...new Set(ids.filter((id): id is string => !!id))];
      if (wanted.length === 0) return new Map();
      const rows = await db.selectFrom("user").select(["id", "name"]).where("id", "in", wanted).execute();
      return new Map(rows.map((r) => [r.id, r.name]));
    },
  };
}

export type StaffRepository = ReturnType<typeof createStaffRepository>;
