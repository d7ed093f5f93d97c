import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp, type TestUser } from "./app.ts";
import { reportedListing } from "./console.fixtures.ts";
import { availableDialects } from "./databases.ts";

const dialects = await availableDialects();

/** Every staff and admin route, with a body that would be valid, so that only the asker is wrong. */
function staffRoutes(caseId: string, reportId: string) {
  const decision = { outcome: "no_action", reason: "not_violation" };
  return [
    ["GET", "/api/v1/console/cases", undefined],
    ["GET", `/api/v1/console/cases/${caseId}`, undefined],
    ["GET", `/api/v1/console/reports/${reportId}/evidence/any-file`, undefined],
    ["POST", `/api/v1/console/cases/${caseId}/claim`, {}],
    ["POST", `/api/v1/console/cases/${caseId}/release`, {}],
    ["POST", `/api/v1/console/cases/${caseId}/notes`, { body: "A note" }],
    ["POST", `/api/v1/console/cases/${caseId}/request-info`, { message: "Please send more evidence." }],
    ["POST", `/api/v1/console/cases/${caseId}/reroute`, { department: "fraud_security" }],
    ["POST", `/api/v1/console/cases/${caseId}/decision`, { ...decision, seenEventCount: 2 }],
    ["POST", "/api/v1/console/bulk-decision", { cases: [{ caseId, seenEventCount: 2 }], decision }],
    ["GET", "/api/v1/console/macros", undefined],
    ["POST", "/api/v1/console/macros", { name: "Not a violation", decision }],
  ] as const;
}

const adminRoutes = [
  ["GET", "/api/v1/admin/staff", undefined],
  ["PUT", "/api/v1/admin/staff", { email: "someone@example.test", role: "moderator" }],
  ["GET", "/api/v1/admin/outcome-templates", undefined],
  ["PUT", "/api/v1/admin/outcome-templates/duplicate", { text: "Already handled." }],
  ["GET", "/api/v1/admin/staff/any-user/history", undefined],
  ["GET", "/api/v1/admin/trusted-flaggers/any-user/history", undefined],
] as const;

describe.each(dialects)("who may call what (%s)", (dialect) => {
  let t: TestApp;
  let member: TestUser;
  let seller: TestUser;
  let moderator: TestUser;
  let caseId: string;
  let reportId: string;
  beforeAll(async () => {
    t = await buildTestApp(dialect);
    member = await t.signUp("member", "Just A Member");
    moderator = await t.signUp("moderator", "Mo", ["listing_compliance"]);
    const reported = await reportedListing(t);
    seller = reported.seller;
    caseId = reported.caseId;
    reportId = reported.report.id;
  });
  afterAll(() => t.close());

  const call = (method: string, url: string, payload: unknown, user?: TestUser) =>
    t.app.inject({
      method: method as "GET",
      url,
      headers: user ? { ...user.headers } : {},
      ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }),
    });

  it("answers 401 to guests and 403 to members and sellers on every staff route, changing nothing", async () => {
    for (const [method, url, payload] of staffRoutes(caseId, reportId)) {
      expect((await call(method, url, payload)).statusCode, `${method} ${url} as guest`).toBe(401);
      for (const user of [member, seller]) {
        expect((await call(method, url, payload, user)).statusCode, `${method} ${url} as member`).toBe(403);
      }
    }
    const row = await t.db
      .selectFrom("cases")
      .select(["status", "claimed_by", "department"])
      .where("id", "=", caseId)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ status: "open", claimed_by: null, department: "listing_compliance" });
  });

  it("answers 401 to guests and 403 to members and moderators on every admin route", async () => {
    for (const [method, url, payload] of adminRoutes) {
      expect((await call(method, url, payload)).statusCode, `${method} ${url} as guest`).toBe(401);
      for (const user of [member, moderator]) {
        expect((await call(method, url, payload, user)).statusCode, `${method} ${url}`).toBe(403);
      }
    }
  });
});
