import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp, type TestUser } from "../../../../test/app.ts";
import { removeWithSeriousStrike, reportedListing } from "../../../../test/console.fixtures.ts";
import { availableDialects } from "../../../../test/databases.ts";

const dialects = await availableDialects();

describe.each(dialects)("staff management (%s)", (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(dialect);
  });
  afterAll(() => t.close());

  it("lets an admin make a member a moderator of some departments, who then works only those", async () => {
    const admin = await t.signUp("admin", "Ada Admin");
    const future = await t.signUp("member", "Fred Future");
    const set = await t.app.inject({
      method: "PUT",
      url: "/api/v1/admin/staff",
      headers: { ...admin.headers },
      payload: { email: future.email, role: "moderator", departments: ["fraud_security"] },
    });
    expect(set.statusCode).toBe(200);
    expect(set.json().items.find((s: { email: string }) => s.email === future.email)).toMatchObject({
      role: "moderator",
      departments: ["fraud_security"],
    });
    const queue = await t.app.inject({
      method: "GET",
      url: "/api/v1/console/cases",
      headers: { ...future.headers },
    });
    expect(queue.statusCode).toBe(200);
    const other = await t.app.inject({
      method: "GET",
      url: "/api/v1/console/cases?department=ip_protection",
      headers: { ...future.headers },
    });
    expect(other.statusCode).toBe(403);
  });

  it("refuses non-admins, unknown accounts, and an admin demoting itself", async () => {
    const admin = await t.signUp("admin", "Ada Admin");
    const mod = await t.signUp("moderator", "Mo");
    const byMod = await t.app.inject({
      method: "GET",
      url: "/api/v1/admin/staff",
      headers: { ...mod.headers },
    });
    expect(byMod.statusCode).toBe(403);
    const unknown = await t.app.inject({
      method: "PUT",
      url: "/api/v1/admin/staff",
      headers: { ...admin.headers },
      payload: { email: "nobody@example.test", role: "moderator" },
    });
    expect(unknown.json().error.fields).toHaveProperty("email");
    const self = await t.app.inject({
      method: "PUT",
      url: "/api/v1/admin/staff",
      headers: { ...admin.headers },
      payload: { email: admin.email, role: "member" },
    });
    expect(self.json().error.fields).toHaveProperty("role");
  });
});

describe.each(dialects)("staff history (%s)", (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(dialect);
  });
  afterAll(() => t.close());

  const setStaff = (by: TestUser, payload: Record<string, unknown>) =>
    t.app.inject({ method: "PUT", url: "/api/v1/admin/staff", headers: { ...by.headers }, payload });
  const eventsOf = (userId: string) =>
    t.db
      .selectFrom("staff_events")
      .select(["type", "actor_user_id", "data_json"])
      .where("user_id", "=", userId)
      .orderBy("id")
      .execute()
      .then((rows) => rows.map(({ data_json, ...r }) => ({ ...r, data: JSON.parse(data_json) })));

  it("records each change of role and departments with what it was, what it became and who made it", async () => {
    const admin = await t.signUp("admin", "Ada Admin");
    const future = await t.signUp("member", "Fred Future");
    const appointed = { role: "moderator", departments: ["listing_compliance", "fraud_security"] };
    expect((await setStaff(admin, { email: future.email, ...appointed })).statusCode).toBe(200);
    expect((await setStaff(admin, { email: future.email, ...appointed })).statusCode).toBe(200);
    expect((await setStaff(admin, { email: future.email, role: "senior_moderator" })).statusCode).toBe(200);
    expect((await setStaff(admin, { email: future.email, role: "member" })).statusCode).toBe(200);
    const moderator = { role: "moderator", departments: ["fraud_security", "listing_compliance"] };
    const senior = { role: "senior_moderator", departments: [] };
    const member = { role: "member", departments: [] };
    // The same role and departments again is no change, and no event.
    expect(await eventsOf(future.id)).toEqual([
      { type: "staff.appointed", actor_user_id: admin.id, data: { from: member, to: moderator } },
      { type: "staff.changed", actor_user_id: admin.id, data: { from: moderator, to: senior } },
      { type: "staff.dismissed", actor_user_id: admin.id, data: { from: senior, to: member } },
    ]);
    const history = await t.app.inject({
      method: "GET",
      url: `/api/v1/admin/staff/${future.id}/history`,
      headers: { ...admin.headers },
    });
    expect(history.statusCode).toBe(200);
    expect(history.json().items.map((c: { type: string }) => c.type)).toEqual([
      "staff.appointed",
      "staff.changed",
      "staff.dismissed",
    ]);
    expect(history.json().items[0]).toMatchObject({
      from: member,
      to: moderator,
      by: { userId: admin.id, name: "Ada Admin" },
      at: expect.any(String),
    });
  });

  it("appends nothing for a refused change, and shows the history to admins only", async () => {
    const admin = await t.signUp("admin", "Ada Admin");
    const mod = await t.signUp("moderator", "Mo", ["fraud_security"]);
    expect((await setStaff(mod, { email: mod.email, role: "admin" })).statusCode).toBe(403);
    expect((await setStaff(admin, { email: admin.email, role: "moderator" })).statusCode).toBe(400);
    expect(await eventsOf(mod.id)).toEqual([]);
    expect(await eventsOf(admin.id)).toEqual([]);
    const asMod = await t.app.inject({
      method: "GET",
      url: `/api/v1/admin/staff/${mod.id}/history`,
      headers: { ...mod.headers },
    });
    expect(asMod.statusCode).toBe(403);
    const asGuest = await t.app.inject({ method: "GET", url: `/api/v1/admin/staff/${mod.id}/history` });
    expect(asGuest.statusCode).toBe(401);
  });
});

describe.each(dialects)("outcome messages (%s)", (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(dialect);
  });
  afterAll(() => t.close());

  it("lets admins reword what reporters are told, and restore the built-in text", async () => {
    const admin = await t.signUp("admin", "Ada Admin");
    const mod = await t.signUp("moderator", "Mo", ["listing_compliance"]);
    expect(
      (
        await t.app.inject({
          method: "GET",
          url: "/api/v1/admin/outcome-templates",
          headers: { ...mod.headers },
        })
      ).statusCode,
    ).toBe(403);
    const set = await t.app.inject({
      method: "PUT",
      url: "/api/v1/admin/outcome-templates/action_taken",
      headers: { ...admin.headers },
      payload: { text: "Thanks to you, we acted: {actions}." },
    });
    expect(set.json().items.find((i: { key: string }) => i.key === "action_taken")).toEqual({
      key: "action_taken",
      text: "Thanks to you, we acted: {actions}.",
      isDefault: false,
    });
    const { caseId, report } = await reportedListing(t);
    const seen = (
      await t.app.inject({
        method: "GET",
        url: `/api/v1/console/cases/${caseId}`,
        headers: { ...mod.headers },
      })
    ).json();
    await t.app.inject({
      method: "POST",
      url: `/api/v1/console/cases/${caseId}/decision`,
      headers: { ...mod.headers },
      payload: removeWithSeriousStrike(seen.eventCount),
    });
    const token = new URL(report.trackingUrl).searchParams.get("token");
    const mine = (
      await t.app.inject({ method: "GET", url: `/api/v1/reports/${report.id}?token=${token}` })
    ).json();
    // Reporters hear what happened to the listing, not the seller's strike.
    expect(mine.outcome.text).toBe("Thanks to you, we acted: the listing was removed.");
    const reset = await t.app.inject({
      method: "PUT",
      url: "/api/v1/admin/outcome-templates/action_taken",
      headers: { ...admin.headers },
      payload: { text: "" },
    });
    expect(reset.json().items.find((i: { key: string }) => i.key === "action_taken").isDefault).toBe(true);
  });
});
