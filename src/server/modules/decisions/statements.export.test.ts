import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp, type TestUser } from "../../../../test/app.ts";
import { decideCase, removeWithSeriousStrike, reportedListing } from "../../../../test/console.fixtures.ts";
import { availableDialects } from "../../../../test/databases.ts";
import { STATEMENT_FIELD_NAMES, validateStatement } from "./statement-of-reasons.schema.ts";

const dialects = await availableDialects();

describe.each(dialects)("exporting statements of reasons (%s)", (dialect) => {
  let t: TestApp;
  let admin: TestUser;
  let moderator: TestUser;
  let day: string;
  beforeAll(async () => {
    t = await buildTestApp(dialect);
    admin = await t.signUp("admin", "Ada Admin");
    moderator = await t.signUp("moderator", "Mo Moderator", ["listing_compliance"]);
    for (let i = 0; i < 3; i++) {
      const { caseId } = await reportedListing(t);
      const page = (
        await t.app.inject({
          method: "GET",
          url: `/api/v1/console/cases/${caseId}`,
          headers: { ...moderator.headers },
        })
      ).json();
      await decideCase(t, moderator, caseId, removeWithSeriousStrike(page.eventCount));
    }
    const first = await t.db.selectFrom("statements").select("created_at").executeTakeFirstOrThrow();
    day = first.created_at.slice(0, 10);
  });
  afterAll(() => t.close());

  const exportOf = (user: TestUser | null, query: string) =>
    t.app.inject({
      method: "GET",
      url: `/api/v1/admin/statements/export?${query}`,
      headers: user ? { ...user.headers } : {},
    });

  it("gives a period's statements as JSON in the database's field names, each one valid", async () => {
    const res = await exportOf(admin, `from=${day}&to=${day}`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers["content-type"]).toContain("application/json");
    expect(res.headers["content-disposition"]).toBe(
      `attachment; filename="statements-of-reasons-${day}-${day}.json"`,
    );
    const statements = res.json() as Record<string, unknown>[];
    expect(statements).toHaveLength(3);
    for (const statement of statements) expect(validateStatement(statement)).toEqual({ ok: true });
    const puids = (
      await t.db.selectFrom("statements").select("puid").orderBy("created_at").orderBy("puid").execute()
    ).map((r) => r.puid);
    expect(statements.map((s) => s.puid)).toEqual(puids);
  });

  it("gives the same as CSV, one column per field of the database, lists as JSON arrays", async () => {
    const res = await exportOf(admin, `from=${day}&to=${day}&format=csv`);
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toContain("text/csv");
    const lines = res.body.trim().split("\r\n");
    expect(lines[0]).toBe(STATEMENT_FIELD_NAMES.join(","));
    expect(lines).toHaveLength(4);
    const json = (await exportOf(admin, `from=${day}&to=${day}`)).json() as Record<string, unknown>[];
    const visibility = STATEMENT_FIELD_NAMES.indexOf("decision_visibility");
    const cells = lines[1]!.match(/"(?:[^"]|"")*"|(?<=,|^)(?=,|$)/g)!;
    expect(cells).toHaveLength(STATEMENT_FIELD_NAMES.length);
    expect(cells[visibility]).toBe(`"${JSON.stringify(json[0]!.decision_visibility).replaceAll('"', '""')}"`);
  });

  it("gives nothing outside the period, refuses bad days and anyone but an admin, and keeps each export in the audit log", async () => {
    expect((await exportOf(admin, "from=2020-01-01&to=2020-01-31")).json()).toEqual([]);
    const bad = await exportOf(admin, `from=${day}&to=2020-01-01`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields).toHaveProperty("to");
    expect((await exportOf(admin, "from=yesterday&to=today")).statusCode).toBe(400);
    expect((await exportOf(null, `from=${day}&to=${day}`)).statusCode).toBe(401);
    expect((await exportOf(moderator, `from=${day}&to=${day}`)).statusCode).toBe(403);
    const audit = await t.db
      .selectFrom("audit_log")
      .select(["actor_user_id", "subject_id"])
      .where("action", "=", "statements.exported")
      .execute();
    expect(audit.length).toBeGreaterThanOrEqual(3);
    expect(audit[0]).toMatchObject({ actor_user_id: admin.id, subject_id: `${day}/${day}` });
  });
});
