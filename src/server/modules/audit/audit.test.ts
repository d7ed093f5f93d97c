import { spawnSync } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp, type TestUser } from "../../../../test/app.ts";
import { decideCase, removeWithSeriousStrike, reportedListing } from "../../../../test/console.fixtures.ts";
import { availableDialects } from "../../../../test/databases.ts";
import { appendAudit, verifyAuditLog } from "../../platform/audit/audit-log.ts";

const dialects = await availableDialects();

describe.each(dialects)("the audit log (%s)", (dialect) => {
  let t: TestApp;
  let admin: TestUser;
  let moderator: TestUser;
  beforeAll(async () => {
    t = await buildTestApp(dialect);
    admin = await t.signUp("admin", "Ada Admin");
    moderator = await t.signUp("moderator", "Mo Moderator", ["listing_compliance"]);
  });
  afterAll(() => t.close());

  const get = (user: TestUser | null, url: string) =>
    t.app.inject({ method: "GET", url, headers: user ? { ...user.headers } : {} });
  const verify = async () => (await get(admin, "/api/v1/admin/audit/verification")).json();
  const rows = () => t.db.selectFrom("audit_log").selectAll().orderBy("seq").execute();

  it("keeps decisions, staff changes and template edits in order, with who did them", async () => {
    const { caseId } = await reportedListing(t);
    const page = (await get(moderator, `/api/v1/console/cases/${caseId}`)).json();
    await decideCase(t, moderator, caseId, removeWithSeriousStrike(page.eventCount));
    const staff = await t.app.inject({
      method: "PUT",
      url: "/api/v1/admin/staff",
      headers: { ...admin.headers },
      payload: {
        email: (await t.signUp("member", "New Mod")).email,
        role: "moderator",
        departments: ["support"],
      },
    });
    expect(staff.statusCode, staff.body).toBe(200);
    const template = await t.app.inject({
      method: "PUT",
      url: "/api/v1/admin/outcome-templates/not_violation",
      headers: { ...admin.headers },
      payload: { text: "We looked closely and found nothing against our rules." },
    });
    expect(template.statusCode, template.body).toBe(200);

    const list = await get(admin, "/api/v1/admin/audit?limit=2");
    expect(list.statusCode, list.body).toBe(200);
    const { items, nextCursor } = list.json();
    expect(items.map((e: { action: string }) => e.action)).toEqual([
      "outcome_template.changed",
      "staff.changed",
    ]);
    expect(items[0].actor).toEqual({ userId: admin.id, name: "Ada Admin" });
    const rest = (await get(admin, `/api/v1/admin/audit?cursor=${nextCursor}`)).json().items;
    expect(rest[0]).toMatchObject({
      action: "case.decided",
      actor: { userId: moderator.id },
      subject: { kind: "case", id: caseId },
      data: { outcome: "action_taken" },
    });
    expect(await verify()).toMatchObject({ intact: true, problems: [] });
  });

  it("is for admins only", async () => {
    expect((await get(null, "/api/v1/admin/audit")).statusCode).toBe(401);
    expect((await get(moderator, "/api/v1/admin/audit")).statusCode).toBe(403);
    expect((await get(moderator, "/api/v1/admin/audit/verification")).statusCode).toBe(403);
    expect((await get(admin, "/api/v1/admin/audit?cursor=abc")).statusCode).toBe(400);
  });

  it("stays one unbroken chain when many actions append at once", async () => {
    const before = (await rows()).length;
    await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        t.db.transaction().execute((tx) =>
          appendAudit(tx, {
            actorUserId: admin.id,
            action: "blocked_domain.changed",
            subject: { kind: "domain", id: `parallel-${i}.example` },
            at: new Date().toISOString(),
          }),
        ),
      ),
    );
    const all = await rows();
    expect(all).toHaveLength(before + 12);
    expect(all.map((r) => r.seq)).toEqual(all.map((_, i) => i + 1));
    expect(await verify()).toMatchObject({ intact: true });
  });

  it("names an entry that was edited, deleted or moved, and a deleted tail, and the CLI says so too", async () => {
    const all = await rows();
    expect(all.length).toBeGreaterThanOrEqual(5);
    const [second, third, , , last] = [all[1]!, all[2]!, all[3]!, all[4]!, all.at(-1)!];
    const problemsNow = async () =>
      (await verifyAuditLog(t.db, new Date())).problems.map((p) => [p.kind, p.seq]);
    const restore = async (row: (typeof all)[number]) => {
      await t.db.deleteFrom("audit_log").where("seq", "=", row.seq).execute();
      await t.db.insertInto("audit_log").values(row).execute();
    };

    // Edited in place: its content no longer gives its hash.
    await t.db
      .updateTable("audit_log")
      .set({ data_json: '{"outcome":"no_action"}' })
      .where("seq", "=", second.seq)
      .execute();
    expect(await problemsNow()).toEqual([["edited", second.seq]]);
    expect(await verify()).toMatchObject({ intact: false, problems: [{ kind: "edited", id: second.id }] });
    await restore(second);

    // Edited with its hash worked out again: the next entry no longer follows it.
    const forged = { ...second, actor_user_id: null };
    const { entryHash } = await import("../../platform/audit/audit-log.ts");
    await t.db
      .updateTable("audit_log")
      .set({ actor_user_id: null, hash: entryHash(forged) })
      .where("seq", "=", second.seq)
      .execute();
    expect(await problemsNow()).toEqual([["broken_link", third.seq]]);
    await restore(second);

    // Deleted from the middle.
    await t.db.deleteFrom("audit_log").where("seq", "=", third.seq).execute();
    expect(await problemsNow()).toEqual([["missing", third.seq]]);
    await restore(third);

    // Two entries swapped: each no longer gives its hash at its new place.
    await t.db.updateTable("audit_log").set({ seq: -1 }).where("seq", "=", second.seq).execute();
    await t.db.updateTable("audit_log").set({ seq: second.seq }).where("seq", "=", third.seq).execute();
    await t.db.updateTable("audit_log").set({ seq: third.seq }).where("seq", "=", -1).execute();
    const swapped = await problemsNow();
    expect(swapped.map(([, seq]) => seq)).toContain(second.seq);
    expect(swapped.map(([, seq]) => seq)).toContain(third.seq);
    await t.db.deleteFrom("audit_log").where("seq", "in", [second.seq, third.seq]).execute();
    await t.db.insertInto("audit_log").values([second, third]).execute();

    // The newest deleted: the log ends before the head.
    await t.db.deleteFrom("audit_log").where("seq", "=", last.seq).execute();
    expect(await problemsNow()).toEqual([["head_mismatch", last.seq]]);
    const cli = spawnSync(process.execPath, ["bin/redress.js", "audit", "verify"], {
      env: { ...process.env, DATABASE_URL: t.config.databaseUrl, DATA_DIR: t.config.dataDir },
      encoding: "utf8",
    });
    expect(cli.status, cli.stdout + cli.stderr).toBe(1);
    expect(cli.stderr).toContain(`head_mismatch at entry ${last.seq}`);
    await restore(last);
    const fine = spawnSync(process.execPath, ["bin/redress.js", "audit", "verify"], {
      env: { ...process.env, DATABASE_URL: t.config.databaseUrl, DATA_DIR: t.config.dataDir },
      encoding: "utf8",
    });
    expect(fine.status, fine.stdout + fine.stderr).toBe(0);
    expect(fine.stdout).toContain("audit log intact");
  });
});
