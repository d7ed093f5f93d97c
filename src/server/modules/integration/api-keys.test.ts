import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp, type TestUser } from "../../../../test/app.ts";
import { decideCase, removeWithSeriousStrike, reportedListing } from "../../../../test/console.fixtures.ts";
import { availableDialects } from "../../../../test/databases.ts";

const dialects = await availableDialects();

describe.each(dialects)("API keys and the statements feed (%s)", (dialect) => {
  let t: TestApp;
  let admin: TestUser;
  let moderator: TestUser;
  beforeAll(async () => {
    t = await buildTestApp(dialect);
    admin = await t.signUp("admin", "Ada Admin");
    moderator = await t.signUp("moderator", "Mo Moderator", ["listing_compliance"]);
  });
  afterAll(() => t.close());

  const asUser = (user: TestUser | null, method: "GET" | "POST", url: string, payload?: object) =>
    t.app.inject({ method, url, headers: user ? { ...user.headers } : {}, payload });
  const withKey = (secret: string | null, url: string) =>
    t.app.inject({ method: "GET", url, headers: secret ? { authorization: `Bearer ${secret}` } : {} });
  const issue = async (scopes: string[], name = "Shop backend") => {
    const res = await asUser(admin, "POST", "/api/v1/admin/api-keys", { name, scopes });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { secret: string; key: { id: string; prefix: string } };
  };
  const FEED = "/api/v1/integration/statements";

  it("issues a named, scoped key whose secret is shown once and kept only as a hash", async () => {
    const { secret, key } = await issue(["decisions:read", "catalog:write"]);
    expect(secret).toMatch(/^rdk_[A-Za-z0-9]{12}_[A-Za-z0-9_-]{43}$/);
    expect(secret.startsWith(key.prefix)).toBe(true);
    const stored = await t.db
      .selectFrom("api_keys")
      .selectAll()
      .where("id", "=", key.id)
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(stored)).not.toContain(secret.slice(17));
    const list = (await asUser(admin, "GET", "/api/v1/admin/api-keys")).json().items;
    const listed = list.find((k: { id: string }) => k.id === key.id);
    expect(listed).toMatchObject({
      name: "Shop backend",
      scopes: ["decisions:read", "catalog:write"],
      lastUsedAt: null,
    });
    expect(JSON.stringify(list)).not.toContain(secret.slice(17));
    const audit = await t.db
      .selectFrom("audit_log")
      .select("action")
      .where("subject_id", "=", key.id)
      .execute();
    expect(audit.map((a) => a.action)).toEqual(["api_key.issued"]);
  });

  it("refuses bad input field by field, and anyone but an admin", async () => {
    const bad = await asUser(admin, "POST", "/api/v1/admin/api-keys", { name: "x", scopes: ["everything"] });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields).sort()).toEqual(["name", "scopes.0"]);
    const none = await asUser(admin, "POST", "/api/v1/admin/api-keys", { name: "No scopes", scopes: [] });
    expect(none.json().error.fields).toHaveProperty("scopes");
    for (const [user, status] of [
      [null, 401],
      [moderator, 403],
    ] as const) {
      expect((await asUser(user, "GET", "/api/v1/admin/api-keys")).statusCode).toBe(status);
      expect(
        (await asUser(user, "POST", "/api/v1/admin/api-keys", { name: "Mine", scopes: ["decisions:read"] }))
          .statusCode,
      ).toBe(status);
    }
    const { key } = await issue(["decisions:read"]);
    expect((await asUser(moderator, "POST", `/api/v1/admin/api-keys/${key.id}/revoke`)).statusCode).toBe(403);
    expect((await asUser(admin, "POST", "/api/v1/admin/api-keys/no-such-key/revoke")).statusCode).toBe(404);
  });

  it("lets a key with decisions:read follow the statements of reasons, page after page", async () => {
    const { secret } = await issue(["decisions:read"]);
    const before = (await withKey(secret, `${FEED}?limit=100`)).json();
    let cursor = before.nextCursor as string | null;
    let seen = before.items.length as number;
    while (cursor) {
      const page = (await withKey(secret, `${FEED}?limit=100&cursor=${cursor}`)).json();
      seen += page.items.length;
      cursor = page.nextCursor;
    }
    for (let i = 0; i < 3; i++) {
      const { caseId } = await reportedListing(t);
      const page = (await asUser(moderator, "GET", `/api/v1/console/cases/${caseId}`)).json();
      await decideCase(t, moderator, caseId, removeWithSeriousStrike(page.eventCount));
    }
    const first = (await withKey(secret, `${FEED}?limit=2`)).json();
    const all = [...first.items];
    let next = first.nextCursor as string | null;
    while (next) {
      const page = (await withKey(secret, `${FEED}?limit=2&cursor=${next}`)).json();
      all.push(...page.items);
      next = page.nextCursor;
    }
    expect(all).toHaveLength(seen + 3);
    expect(new Set(all.map((s: { puid: string }) => s.puid)).size).toBe(all.length);
    expect(all.at(-1)).toMatchObject({
      statement: { decision_visibility: ["DECISION_VISIBILITY_CONTENT_REMOVED"] },
    });
    const used = await t.db
      .selectFrom("api_keys")
      .select("last_used_at")
      .where("prefix", "=", secret.slice(4, 16))
      .executeTakeFirstOrThrow();
    expect(used.last_used_at).not.toBeNull();
  });

  it("refuses a missing, malformed, wrong, revoked or out-of-scope key", async () => {
    const { secret, key } = await issue(["decisions:read"]);
    const { secret: catalogOnly } = await issue(["catalog:write"]);
    expect((await withKey(null, FEED)).statusCode).toBe(401);
    expect((await withKey("not-a-key", FEED)).statusCode).toBe(401);
    expect(
      (await withKey(`${secret.slice(0, -1)}${secret.endsWith("A") ? "B" : "A"}`, FEED)).statusCode,
    ).toBe(401);
    expect((await withKey(catalogOnly, FEED)).statusCode).toBe(403);
    // A session is not a key: even an admin's cookie does not open integration routes.
    expect((await asUser(admin, "GET", FEED)).statusCode).toBe(401);
    expect((await withKey(secret, FEED)).statusCode).toBe(200);
    const revoked = await asUser(admin, "POST", `/api/v1/admin/api-keys/${key.id}/revoke`);
    expect(revoked.json().revokedAt).toEqual(expect.any(String));
    expect((await withKey(secret, FEED)).statusCode).toBe(401);
    // Revoking again changes nothing and writes no second audit entry.
    await asUser(admin, "POST", `/api/v1/admin/api-keys/${key.id}/revoke`);
    const audit = await t.db
      .selectFrom("audit_log")
      .select("action")
      .where("subject_id", "=", key.id)
      .execute();
    expect(audit.map((a) => a.action)).toEqual(["api_key.issued", "api_key.revoked"]);
  });

  it("names the bearer scheme in the OpenAPI document", async () => {
    const doc = (await t.app.inject({ method: "GET", url: "/api/openapi.json" })).json();
    expect(doc.components.securitySchemes.apiKey).toMatchObject({ type: "http", scheme: "bearer" });
    expect(doc.paths["/api/v1/integration/statements"].get.security).toEqual([{ apiKey: [] }]);
  });
});
