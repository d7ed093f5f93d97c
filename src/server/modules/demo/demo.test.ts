import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testConfig } from "../../../../test/app.ts";
import { testClock } from "../../../../test/clock.ts";
import { availableDialects, createTestDatabase, type TestDatabase } from "../../../../test/databases.ts";
import { start } from "../../main.ts";
import type { Config } from "../../platform/config.ts";
import { type DatabaseHandle, openDatabase } from "../../platform/db/database.ts";
import { migrateToLatest } from "../../platform/db/migrate.ts";
import { createAuth } from "../accounts/auth.ts";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "./demo.data.ts";
import { applyDemoSetting, removeDemo } from "./demo.lifecycle.ts";
import { TABLES_CHILDREN_FIRST } from "./demo.repository.ts";
import { seedDemo } from "./demo.seed.ts";

const dialects = await availableDialects();
const ORIGIN = "http://localhost:3000";
type App = Awaited<ReturnType<typeof start>>["app"];

async function signIn(app: App, email: string, password = DEMO_PASSWORD) {
  const response = await app.inject({
    method: "POST",
    url: "/api/auth/sign-in/email",
    headers: { origin: ORIGIN, "content-type": "application/json" },
    payload: { email, password },
  });
  const cookie = [response.headers["set-cookie"]]
    .flat()
    .filter((c): c is string => typeof c === "string")
    .map((c) => c.split(";")[0])
    .join("; ");
  return { status: response.statusCode, headers: { cookie, origin: ORIGIN } };
}

async function get<T = Record<string, unknown>>(app: App, url: string, headers: Record<string, string>) {
  const response = await app.inject({ method: "GET", url, headers });
  expect(response.statusCode, `${url}: ${response.body}`).toBe(200);
  return response.json() as T;
}

/** A fresh database with the schema, as the app opens it. */
async function freshDatabase(dialect: "sqlite" | "postgres") {
  const testDb = await createTestDatabase(dialect);
  const config: Config = { ...testConfig(testDb.dataDir, testDb.url), demo: true };
  const database = openDatabase(config.databaseUrl);
  await migrateToLatest(database.db);
  return { testDb, config, database };
}

describe.each(dialects)("removing the demo (%s)", (dialect) => {
  it("knows every table of the app, so that removing the demo leaves none behind", async () => {
    const { testDb, database } = await freshDatabase(dialect);
    try {
      const tables = (await database.db.introspection.getTables())
        .map((t) => t.name)
        .filter((name) => !name.startsWith("kysely_"));
      expect(tables.filter((name) => !TABLES_CHILDREN_FIRST.includes(name as never))).toEqual([]);
    } finally {
      await database.destroy();
      await testDb.drop();
    }
  });
});

describe.each(dialects)("the demo backlog (%s)", (dialect) => {
  let testDb: TestDatabase;
  let config: Config;
  let app: App;
  let shutdown: () => Promise<void>;
  let mod: Awaited<ReturnType<typeof signIn>>;
  let admin: Awaited<ReturnType<typeof signIn>>;
  beforeAll(async () => {
    testDb = await createTestDatabase(dialect);
    config = { ...testConfig(testDb.dataDir, testDb.url), demo: true };
    ({ app, shutdown } = await start(config, "/nonexistent-web-root"));
    mod = await signIn(app, "moderator@demo.redress.test");
    admin = await signIn(app, "admin@demo.redress.test");
  });
  afterAll(async () => {
    await shutdown();
    await testDb.drop();
  });

  it("seeds a conversation in which the store asks the buyer to pay outside the marketplace", async () => {
    const buyer = await signIn(app, "buyer@demo.redress.test");
    const threads = await get<{ items: { id: string; orderId: string; unread: number }[] }>(
      app,
      "/api/v1/me/threads",
      buyer.headers,
    );
    const thread = threads.items.find((t) => t.orderId === "or-3005")!;
    expect(thread.unread).toBe(1);
    const { items } = await get<{
      items: { warnings: string[]; parts: { type: string; blocked?: boolean }[] }[];
    }>(app, `/api/v1/threads/${thread.id}/messages`, buyer.headers);
    expect(items[0]!.warnings).toEqual(["pay_off_platform", "contact_off_platform"]);
    expect(items[0]!.parts.some((p) => p.type === "link" && p.blocked)).toBe(true);
  });

  it("starts with a backlog in every queue of the console, made through the app", async () => {
    const queue = await get<{
      items: { overdue: boolean; claimedBy: { name: string } | null }[];
      counts: { department: string; open: number; overdue: number }[];
    }>(app, "/api/v1/console/cases", admin.headers);
    const open = Object.fromEntries(queue.counts.map((c) => [c.department, c.open]));
    for (const department of [
      "ip_protection",
      "listing_compliance",
      "fraud_security",
      "marketplace_integrity",
      "disputes",
      "support",
    ])
      expect(open[department], department).toBeGreaterThan(0);
    expect(queue.items.some((c) => c.overdue)).toBe(true);
    expect(queue.items.some((c) => c.claimedBy?.name === "Mo Moderator")).toBe(true);
    const waiting = await get<{ items: unknown[] }>(
      app,
      "/api/v1/console/cases?status=needs_info",
      mod.headers,
    );
    expect(waiting.items.length).toBeGreaterThanOrEqual(2);
    const decided = await get<{ items: unknown[] }>(app, "/api/v1/console/cases?status=decided", mod.headers);
    expect(decided.items.length).toBeGreaterThanOrEqual(8);
    // An appeal for each: the moderator reviews the admin's decision, and the other way round.
    expect((await get<{ items: unknown[] }>(app, "/api/v1/console/appeals", mod.headers)).items).toHaveLength(
      1,
    );
    expect(
      (await get<{ items: unknown[] }>(app, "/api/v1/console/appeals", admin.headers)).items,
    ).toHaveLength(1);
    const rights = await get<{ items: { registrationNumber: string }[] }>(
      app,
      "/api/v1/console/rights",
      mod.headers,
    );
    expect(rights.items.map((r) => r.registrationNumber)).toContain("DE 302021123456");
    const suspensions = await get<{ items: { email: string }[] }>(
      app,
      "/api/v1/console/suspension-appeals",
      admin.headers,
    );
    expect(suspensions.items.map((s) => s.email)).toContain("rudi@demo.redress.test");
  });

  it("keeps events, statements, outbox and counter-notices consistent with the app's own use", async () => {
    const db = openDatabase(config.databaseUrl);
    try {
      const cases = await db.db.selectFrom("cases").select(["id", "status"]).execute();
      expect(cases.length).toBeGreaterThanOrEqual(30);
      const withEvents = await db.db.selectFrom("case_events").select("case_id").distinct().execute();
      expect(withEvents.length).toBe(cases.length);
      const actions = await db.db
        .selectFrom("decisions")
        .select("id")
        .where("outcome", "=", "action_taken")
        .execute();
      // Every restriction has its statement of reasons (a warning alone restricts nothing).
      const statements = await db.db.selectFrom("statements").select("decision_id").execute();
      expect(statements.length).toBeGreaterThanOrEqual(5);
      expect(actions.map((a) => a.id)).toEqual(expect.arrayContaining(statements.map((s) => s.decision_id)));
      expect((await db.db.selectFrom("outbox").select("id").execute()).length).toBeGreaterThan(30);
      const notices = await db.db.selectFrom("counter_notices").select("status").execute();
      expect(notices.map((n) => n.status)).toEqual(["awaiting_reply"]);
      const reports = await db.db
        .selectFrom("reports")
        .select(["reporter_user_id", "description_language"])
        .execute();
      expect(reports.some((r) => r.reporter_user_id === null)).toBe(true);
      expect(reports.some((r) => r.reporter_user_id !== null)).toBe(true);
      expect(new Set(reports.map((r) => r.description_language)).size).toBeGreaterThanOrEqual(6);
    } finally {
      await db.destroy();
    }
  });

  it("seeds once: a second start adds nothing", async () => {
    const db = openDatabase(config.databaseUrl);
    try {
      const before = (await db.db.selectFrom("reports").select("id").execute()).length;
      expect(await seedDemo({ config, database: db, clock: testClock() })).toBeNull();
      expect((await db.db.selectFrom("reports").select("id").execute()).length).toBe(before);
    } finally {
      await db.destroy();
    }
  });
});

describe.each(dialects)("turning the demo off (%s)", (dialect) => {
  let testDb: TestDatabase;
  let config: Config;
  beforeAll(async () => {
    testDb = await createTestDatabase(dialect);
    config = { ...testConfig(testDb.dataDir, testDb.url), demo: true };
  });
  afterAll(() => testDb.drop());

  it("disables every demo account at the next start, admin included, and leaves other accounts alone", {
    timeout: 120_000,
  }, async () => {
    const first = await start(config, "/nonexistent-web-root");
    const modSession = await signIn(first.app, "moderator@demo.redress.test");
    expect(modSession.status).toBe(200);
    const signUp = await first.app.inject({
      method: "POST",
      url: "/api/auth/sign-up/email",
      headers: { origin: ORIGIN, "content-type": "application/json" },
      payload: { name: "Real Person", email: "real.person@example.com", password: "a-real-password-1" },
    });
    expect(signUp.statusCode).toBe(200);
    await first.shutdown();

    const second = await start({ ...config, demo: false }, "/nonexistent-web-root");
    try {
      for (const account of DEMO_ACCOUNTS)
        expect((await signIn(second.app, account.email)).status, account.email).toBe(401);
      const old = await second.app.inject({
        method: "GET",
        url: "/api/v1/console/cases",
        headers: modSession.headers,
      });
      expect(old.statusCode).toBe(401);
      expect((await signIn(second.app, "real.person@example.com", "a-real-password-1")).status).toBe(200);
    } finally {
      await second.shutdown();
    }
  });
});

describe.each(dialects)("the demo's start log and removal (%s)", (dialect) => {
  let handle: { testDb: TestDatabase; config: Config; database: DatabaseHandle };
  const auth = () =>
    createAuth({
      db: handle.database.db,
      dialect,
      clock: testClock(),
      secret: handle.config.authSecret,
      publicUrl: handle.config.publicUrl,
    });
  const collect = () => {
    const lines: string[] = [];
    return { lines, log: { info: (m: string) => lines.push(m), warn: (m: string) => lines.push(m) } };
  };
  beforeAll(async () => {
    handle = await freshDatabase(dialect);
    await seedDemo({ config: handle.config, database: handle.database, clock: testClock() });
  });
  afterAll(async () => {
    await handle.database.destroy();
    await handle.testDb.drop();
  });

  it("says in the start log how many demo accounts it disabled, and how to remove the demo", async () => {
    const off = { ...handle, config: { ...handle.config, demo: false }, clock: testClock(), auth: auth() };
    const first = collect();
    await applyDemoSetting(off, first.log);
    expect(first.lines).toEqual([
      `demo is off: ${DEMO_ACCOUNTS.length} demo accounts disabled; to remove the demo data, run npm run demo:remove (or: node src/cli/redress.ts demo remove)`,
    ]);
    const again = collect();
    await applyDemoSetting(off, again.log);
    expect(again.lines[0]).toContain(
      `demo is off: the demo data is still here (its ${DEMO_ACCOUNTS.length} accounts are disabled)`,
    );
  });

  it("removes the demo while nothing else is there, so that the next start seeds it afresh", async () => {
    const result = await removeDemo(handle.database, handle.config.dataDir, auth());
    expect(result.removed).toBe(true);
    const { db } = handle.database;
    for (const table of ["stores", "listings", "reports", "cases", "decisions", "user", "outbox"] as const)
      expect((await db.selectFrom(table).select("id").execute()).length, table).toBe(0);
    expect(
      await seedDemo({ config: handle.config, database: handle.database, clock: testClock() }),
    ).toBeGreaterThan(0);
  });

  it("refuses to remove the demo once real data is there, deletes nothing, and disables the demo accounts", async () => {
    const { db } = handle.database;
    const at = new Date().toISOString();
    await db
      .insertInto("stores")
      .values({
        id: "st-real",
        seller_user_id: null,
        name: "A real store",
        description: "Real",
        country: "DE",
        status: "active",
        frozen_until: null,
        created_at: at,
        updated_at: at,
      })
      .execute();
    const before = (await db.selectFrom("cases").select("id").execute()).length;
    const result = await removeDemo(handle.database, handle.config.dataDir, auth());
    expect(result).toEqual({ removed: false, message: expect.stringContaining("1 stores") });
    expect(result.removed ? "" : result.message).toContain("fresh data directory");
    expect((await db.selectFrom("cases").select("id").execute()).length).toBe(before);
    const users = await db.selectFrom("user").select("email").execute();
    expect(users.every((u) => u.email.startsWith("disabled-"))).toBe(true);
  });
});
