import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp, type TestUser } from "../../../../test/app.ts";
import { availableDialects } from "../../../../test/databases.ts";
import { addRight, mailsTo, registerHolder, review, trademark } from "../../../../test/rights.fixtures.ts";
import { findUsableRight, listUsableRights } from "./rights.service.ts";

const dialects = await availableDialects();

describe.each(dialects)("using rights, and their expiry (%s)", (dialect) => {
  let t: TestApp;
  let holder: TestUser;
  let ipStaff: TestUser;
  beforeAll(async () => {
    t = await buildTestApp(dialect);
    holder = await t.signUp("member", "Olga Orbis");
    await registerHolder(t, holder);
    ipStaff = await t.signUp("moderator", "Ida IP", ["ip_protection"]);
  });
  afterAll(() => t.close());

  async function approvedRight(overrides: Record<string, unknown> = {}) {
    const right = await addRight(t, holder, trademark(overrides));
    await review(t, ipStaff, right.id, { decision: "approved" });
    return right.id;
  }

  it("finds a right for a complaint only when it is approved, in force and the asker's own", async () => {
    const approved = await approvedRight({ registrationNumber: "USE-1", validTo: "2027-06-30" });
    const pending = (await addRight(t, holder)).id;
    const rejected = (await addRight(t, holder)).id;
    await review(t, ipStaff, rejected, { decision: "rejected", reason: "Not the owner on the certificate." });
    const future = await approvedRight({ validFrom: "2027-01-01", validTo: "2037-01-01" });
    const other = await t.signUp();

    expect(await findUsableRight(t.db, holder.id, approved, "2026-11-26")).toEqual({
      id: approved,
      type: "trademark",
      registrationNumber: "USE-1",
      office: "EUIPO",
      ownerName: "Orbis Watches Ltd",
      classes: [9, 14],
      validFrom: "2020-01-15",
      validTo: "2027-06-30",
    });
    expect(await findUsableRight(t.db, holder.id, approved, "2027-06-30")).not.toBeNull();
    expect(await findUsableRight(t.db, holder.id, approved, "2027-07-01")).toBeNull();
    for (const id of [pending, rejected, future, "no-such-right"])
      expect(await findUsableRight(t.db, holder.id, id, "2026-11-26"), id).toBeNull();
    expect(await findUsableRight(t.db, other.id, approved, "2026-11-26")).toBeNull();
    expect((await listUsableRights(t.db, holder.id, "2026-11-26")).map((r) => r.id)).toEqual([approved]);
  });

  it("shows an expired right as expired and unusable to its holder", async () => {
    const id = await approvedRight({ validTo: "2026-12-20" });
    const view = async () =>
      (
        await t.app.inject({ method: "GET", url: `/api/v1/rights/${id}`, headers: { ...holder.headers } })
      ).json();
    expect(await view()).toMatchObject({ status: "approved", validity: "expiring_soon", usable: true });
    const now = t.clock.now();
    t.clock.set(new Date("2026-12-21T00:00:01Z"));
    try {
      expect(await view()).toMatchObject({ status: "approved", validity: "expired", usable: false });
    } finally {
      t.clock.set(now);
    }
  });

  it("warns the holder once, 30 days before a verified right ends", async () => {
    const id = await approvedRight({ registrationNumber: "EXP-1", validTo: "2027-03-31" });
    const start = t.clock.now();
    const warnings = async () =>
      (await mailsTo(t, "legal@orbis.example")).filter((m) => m.subject.includes("EXP-1 ends"));
    try {
      t.clock.set(new Date("2027-02-28T12:00:00Z"));
      expect(await warnings()).toEqual([]);
      t.clock.set(new Date("2027-03-01T06:00:00Z"));
      const [mail] = await warnings();
      expect(mail?.subject).toBe("Your Trademark EXP-1 ends on 31 March 2027");
      // Even if the mark were lost, the outbox's dedupe key keeps it to one mail while the sent message is
      // kept (a week), and the pass marks the right again.
      t.clock.set(new Date("2027-03-03T06:00:00Z"));
      await t.db.updateTable("rights").set({ expiry_warned_at: null }).where("id", "=", id).execute();
      expect(await warnings()).toHaveLength(1);
      t.clock.set(new Date("2027-03-15T06:00:00Z"));
      expect(await warnings()).toHaveLength(1);
    } finally {
      t.clock.set(start);
    }
  });

  it("does not warn about pending, rejected or already expired rights", async () => {
    const pending = await addRight(
      t,
      holder,
      trademark({ registrationNumber: "EXP-P", validTo: "2026-12-01" }),
    );
    const start = t.clock.now();
    try {
      t.clock.set(new Date("2026-11-27T06:00:00Z"));
      expect((await mailsTo(t, "legal@orbis.example")).filter((m) => m.subject.includes("EXP-P"))).toEqual(
        [],
      );
      const row = await t.db
        .selectFrom("rights")
        .select("expiry_warned_at")
        .where("id", "=", pending.id)
        .executeTakeFirstOrThrow();
      expect(row.expiry_warned_at).toBeNull();
    } finally {
      t.clock.set(start);
    }
  });
});
