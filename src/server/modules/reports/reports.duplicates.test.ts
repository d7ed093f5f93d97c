import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../../../test/app.ts";
import { availableDialects } from "../../../../test/databases.ts";
import { listingReport } from "../../../../test/reports.fixtures.ts";

const dialects = await availableDialects();
/** More than either database takes as parameters of one statement (PostgreSQL 65,535; SQLite 32,766). */
const MANY = 70_000;

describe.each(dialects)("the duplicate check for a reporter with many open reports (%s)", (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(dialect);
  });
  afterAll(() => t.close());

  /** Copies the reporter's one report MANY times, open, each on a target of its own, filed long ago. */
  async function fillWithOpenReports(reportId: string) {
    const numbers =
      dialect === "postgres"
        ? sql`select generate_series(1, ${sql.lit(MANY)}) as n`
        : sql`with recursive s(n) as (select 1 union all select n + 1 from s where n < ${sql.lit(MANY)}) select n from s`;
    await sql`insert into reports (id, reference, type, department, reporter_user_id, reporter_key, contact_email,
        access_token_hash, description, description_language, details_json, disclose_identity, agreement_version,
        status, target_title, target_count, source, expected_decision_by, created_at, updated_at)
      select r.id || '-' || s.n, r.reference || '-' || s.n, r.type, r.department, r.reporter_user_id, r.reporter_key,
        r.contact_email, null, r.description, r.description_language, r.details_json, r.disclose_identity,
        r.agreement_version, 'submitted', r.target_title, 1, r.source, r.expected_decision_by, '2026-01-01T00:00:00.000Z',
        r.updated_at
      from reports r, (${numbers}) s where r.id = ${reportId}`.execute(t.db);
    await sql`insert into report_targets (id, report_id, position, url, target_kind, target_id, target_title, case_id)
      select t.id || '-' || s.n, t.report_id || '-' || s.n, 0, t.url || '-' || s.n, t.target_kind,
        t.target_id || '-' || s.n, t.target_title, t.case_id
      from report_targets t, (${numbers}) s where t.report_id = ${reportId}`.execute(t.db);
  }

  it("still finds the duplicate among them, and files a report on a new target", async () => {
    const member = await t.signUp("member", "Busy Holder");
    const file = (url: string) =>
      t.app.inject({
        method: "POST",
        url: "/api/v1/reports",
        headers: { ...member.headers },
        payload: listingReport(url),
      });
    const first = await t.createListing();
    const created = await file(first.url);
    expect(created.statusCode).toBe(201);
    await fillWithOpenReports(created.json().id);

    const again = await file(first.url);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe("duplicate_report");

    const other = await t.createListing();
    expect((await file(other.url)).statusCode).toBe(201);
  }, 60_000);
});
