import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp, type TestUser } from "../../../../test/app.ts";
import { availableDialects } from "../../../../test/databases.ts";
import { dryDb } from "../../../../test/dry-db.ts";
import { createReportersRepository } from "./reporters.repository.ts";

const dialects = await availableDialects();

describe.each(dialects)("trusted flaggers' history (%s)", (dialect) => {
  let t: TestApp;
  let admin: TestUser;
  beforeAll(async () => {
    t = await buildTestApp(dialect);
    admin = await t.signUp("admin", "Ada Admin");
  });
  afterAll(() => t.close());

  const designate = (by: TestUser, email: string, organisation: string) =>
    t.app.inject({
      method: "PUT",
      url: "/api/v1/admin/trusted-flaggers",
      headers: { ...by.headers },
      payload: { email, organisation },
    });
  const revoke = (by: TestUser, userId: string) =>
    t.app.inject({
      method: "DELETE",
      url: `/api/v1/admin/trusted-flaggers/${userId}`,
      headers: { ...by.headers },
    });
  const eventsOf = (userId: string) =>
    t.db
      .selectFrom("trusted_flagger_events")
      .select(["type", "actor_user_id", "data_json"])
      .where("user_id", "=", userId)
      .orderBy("id")
      .execute()
      .then((rows) => rows.map(({ data_json, ...r }) => ({ ...r, data: JSON.parse(data_json) })));

  it("records designating, renaming, revoking and designating again, with from, to and the admin", async () => {
    const ngo = await t.signUp("member", "Safe Shopping NGO");
    expect((await designate(admin, ngo.email, "Safe Shopping e.V.")).statusCode).toBe(200);
    expect((await designate(admin, ngo.email, "Safe Shopping e.V.")).statusCode).toBe(200);
    expect((await designate(admin, ngo.email, "Safe Shopping Europe")).statusCode).toBe(200);
    expect((await revoke(admin, ngo.id)).statusCode).toBe(200);
    expect((await revoke(admin, ngo.id)).statusCode).toBe(200);
    expect((await designate(admin, ngo.email, "Safe Shopping Europe")).statusCode).toBe(200);
    const first = { organisation: "Safe Shopping e.V.", active: true };
    const renamed = { organisation: "Safe Shopping Europe", active: true };
    const revoked = { organisation: "Safe Shopping Europe", active: false };
    // Designating it again as it stands, and revoking it twice, are no changes and record none.
    expect(await eventsOf(ngo.id)).toEqual([
      { type: "trusted_flagger.designated", actor_user_id: admin.id, data: { from: null, to: first } },
      { type: "trusted_flagger.changed", actor_user_id: admin.id, data: { from: first, to: renamed } },
      { type: "trusted_flagger.revoked", actor_user_id: admin.id, data: { from: renamed, to: revoked } },
      { type: "trusted_flagger.designated", actor_user_id: admin.id, data: { from: revoked, to: renamed } },
    ]);
    const history = await t.app.inject({
      method: "GET",
      url: `/api/v1/admin/trusted-flaggers/${ngo.id}/history`,
      headers: { ...admin.headers },
    });
    expect(history.statusCode).toBe(200);
    expect(history.json().items).toHaveLength(4);
    expect(history.json().items[2]).toMatchObject({
      type: "trusted_flagger.revoked",
      from: renamed,
      to: revoked,
      by: { userId: admin.id, name: "Ada Admin" },
    });
  });

  it("appends nothing for a refused change, and shows the history to admins only", async () => {
    const ngo = await t.signUp("member", "Consumer Watch");
    const mod = await t.signUp("moderator", "Mo", ["listing_compliance"]);
    expect((await designate(mod, ngo.email, "Consumer Watch")).statusCode).toBe(403);
    expect((await designate(admin, "nobody@example.test", "Nobody")).statusCode).toBe(400);
    expect((await designate(admin, ngo.email, "Consumer Watch")).statusCode).toBe(200);
    expect((await revoke(mod, ngo.id)).statusCode).toBe(403);
    expect((await eventsOf(ngo.id)).map((e) => e.type)).toEqual(["trusted_flagger.designated"]);
    const url = `/api/v1/admin/trusted-flaggers/${ngo.id}/history`;
    expect((await t.app.inject({ method: "GET", url, headers: { ...mod.headers } })).statusCode).toBe(403);
    expect((await t.app.inject({ method: "GET", url })).statusCode).toBe(401);
  });
});

describe("trusted-flagger events", () => {
  it("refuses malformed data before anything is written", async () => {
    const { db, sent } = dryDb();
    const reporters = createReportersRepository();
    const active = { organisation: "NGO", active: true };
    for (const [type, data] of [
      ["trusted_flagger.revoked", { from: active, to: active }],
      ["trusted_flagger.designated", { from: active, to: active }],
      ["trusted_flagger.changed", { from: null, to: active }],
      ["trusted_flagger.changed", { from: active, to: { organisation: "", active: true } }],
    ] as const) {
      await expect(
        reporters.appendFlaggerEvent(db, {
          userId: "u1",
          type,
          actorUserId: "a1",
          at: "x",
          data: data as never,
        }),
        `${type} ${JSON.stringify(data)}`,
      ).rejects.toThrow();
    }
    expect(sent).toEqual([]);
  });
});
