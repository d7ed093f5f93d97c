import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp, type TestUser } from "../../../../test/app.ts";
import { removeWithSeriousStrike } from "../../../../test/console.fixtures.ts";
import { availableDialects } from "../../../../test/databases.ts";
import { listingReport } from "../../../../test/reports.fixtures.ts";

const dialects = await availableDialects();

describe.each(dialects)("reporters' standing (%s)", (dialect) => {
  let t: TestApp;
  let mod: TestUser;
  let admin: TestUser;
  beforeAll(async () => {
    t = await buildTestApp(dialect);
    mod = await t.signUp("moderator", "Mia Mod", ["listing_compliance"]);
    admin = await t.signUp("admin", "Ada Admin");
  });
  afterAll(() => t.close());

  const report = async (user: TestUser | null, title = "Listing") => {
    const listing = await t.createListing(undefined, title);
    const res = await t.app.inject({
      method: "POST",
      url: "/api/v1/reports",
      headers: user ? { ...user.headers } : {},
      payload: listingReport(
        listing.url,
        user ? { contactEmail: undefined } : { contactEmail: "misuser@example.test" },
      ),
    });
    return res;
  };
  const caseOf = (caseId: string) =>
    t.app
      .inject({ method: "GET", url: `/api/v1/console/cases/${caseId}`, headers: { ...mod.headers } })
      .then((r) => r.json());

  it("puts trusted flaggers' reports first, in the priority lane, with their source in the statement", async () => {
    const ngo = await t.signUp("member", "Safe Shopping NGO");
    const designated = await t.app.inject({
      method: "PUT",
      url: "/api/v1/admin/trusted-flaggers",
      headers: { ...admin.headers },
      payload: { email: ngo.email, organisation: "Safe Shopping e.V." },
    });
    expect(designated.statusCode).toBe(200);
    const ordinary = await report(null, "Ordinary");
    const flagged = await report(ngo, "Flagged");
    expect(flagged.statusCode).toBe(201);
    expect(new Date(flagged.json().expectedDecisionBy).getTime() - t.clock.now().getTime()).toBe(
      24 * 3_600_000,
    );
    const queue = (
      await t.app.inject({
        method: "GET",
        url: "/api/v1/console/cases?trustedFlagger=true",
        headers: { ...mod.headers },
      })
    ).json();
    expect(queue.items.map((c: { id: string }) => c.id)).toEqual([flagged.json().caseId]);
    const all = (
      await t.app.inject({ method: "GET", url: "/api/v1/console/cases", headers: { ...mod.headers } })
    ).json();
    const order = all.items.map((c: { id: string }) => c.id);
    expect(order.indexOf(flagged.json().caseId)).toBeLessThan(order.indexOf(ordinary.json().caseId));
    const detail = await caseOf(flagged.json().caseId);
    expect(detail).toMatchObject({ trustedFlagger: true, lane: "priority" });
    expect(detail.reports[0]).toMatchObject({
      source: "trusted_flagger",
      reporter: { trustedFlagger: "Safe Shopping e.V." },
    });
    const decided = await t.app.inject({
      method: "POST",
      url: `/api/v1/console/cases/${detail.id}/decision`,
      headers: { ...mod.headers },
      payload: removeWithSeriousStrike(detail.eventCount),
    });
    const statement = (
      await t.app.inject({
        method: "GET",
        url: `/api/v1/statements/${decided.json().decision.statementPuid}`,
        headers: { ...mod.headers },
      })
    ).json();
    expect(statement).toMatchObject({
      source_type: "SOURCE_TRUSTED_FLAGGER",
      source_identity: "Safe Shopping e.V.",
    });
  });

  it("warns after 5 manifestly unfounded reports that are most of a reporter's, then suspends at the next", async () => {
    const ids: string[] = [];
    for (let i = 0; i < 6; i++) ids.push((await report(null, `Fine listing ${i}`)).json().id);
    const mark = (id: string) =>
      t.app.inject({
        method: "POST",
        url: `/api/v1/console/reports/${id}/unfounded`,
        headers: { ...mod.headers },
      });
    const steps = [];
    for (const id of ids) steps.push((await mark(id)).json().step);
    expect(steps).toEqual(["none", "none", "none", "none", "warn", "suspend"]);
    expect((await mark(ids[0]!)).statusCode).toBe(409);
    const refused = await report(null, "One more");
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe("reporting_suspended");
    await t.worker.drain();
    const mails = (await t.app.inject({ method: "GET", url: "/api/v1/dev/mailbox" })).json().items;
    const subjects = mails
      .filter((m: { to: string }) => m.to === "misuser@example.test")
      .map((m: { subject: string }) => m.subject);
    expect(subjects).toEqual(
      expect.arrayContaining([
        "A warning about your reports",
        "We have suspended the processing of your reports",
      ]),
    );
    t.clock.advanceHours(24 * 31);
    expect((await report(null, "After the suspension")).statusCode).toBe(201);
  });

  it("lets a suspended member appeal once, and a senior moderator lift the suspension", async () => {
    const member = await t.signUp("member", "Suspended Sam");
    await t.db
      .insertInto("reporter_standing")
      .values({
        reporter_key: `user:${member.id}`,
        fast_lane: 0,
        fast_lane_left_at: null,
        warned_at: null,
        suspended_until: new Date(t.clock.now().getTime() + 20 * 86_400_000).toISOString(),
        updated_at: t.clock.now().toISOString(),
      })
      .execute();
    expect((await report(member, "While suspended")).json().error.code).toBe("reporting_suspended");
    const appeal = (body: string) =>
      t.app.inject({
        method: "POST",
        url: "/api/v1/me/suspension/appeal",
        headers: { ...member.headers },
        payload: { statement: body },
      });
    expect((await appeal("My reports were about real counterfeits, please look again.")).statusCode).toBe(
      201,
    );
    expect((await appeal("A second appeal against the same suspension.")).json().error.code).toBe(
      "already_appealed",
    );
    const senior = await t.signUp("senior_moderator", "Sina Senior", ["listing_compliance"]);
    expect(
      (
        await t.app.inject({
          method: "GET",
          url: "/api/v1/console/suspension-appeals",
          headers: { ...mod.headers },
        })
      ).statusCode,
    ).toBe(403);
    const pending = (
      await t.app.inject({
        method: "GET",
        url: "/api/v1/console/suspension-appeals",
        headers: { ...senior.headers },
      })
    ).json();
    expect(pending.items.map((a: { email: string }) => a.email)).toContain(member.email);
    const lifted = await t.app.inject({
      method: "POST",
      url: `/api/v1/console/suspension-appeals/${encodeURIComponent(`user:${member.id}`)}/decision`,
      headers: { ...senior.headers },
      payload: { outcome: "lift", reason: "The marked reports were borderline, not manifestly unfounded." },
    });
    expect(lifted.statusCode).toBe(204);
    expect((await report(member, "After the lift")).statusCode).toBe(201);
    const mine = (
      await t.app.inject({ method: "GET", url: "/api/v1/me/accuracy", headers: { ...member.headers } })
    ).json();
    expect(mine.suspensionAppeal).toMatchObject({ status: "lifted" });
  });

  it("takes an accurate reporter into the fast lane after 10 upheld reports, and shows it its figures", async () => {
    const accurate = await t.signUp("member", "Accurate Anna");
    for (let i = 0; i < 10; i++) {
      const res = await report(accurate, `Bad ${i}`);
      const detail = await caseOf(res.json().caseId);
      await t.app.inject({
        method: "POST",
        url: `/api/v1/console/cases/${detail.id}/decision`,
        headers: { ...mod.headers },
        payload: { ...removeWithSeriousStrike(detail.eventCount), actions: [{ type: "remove_listing" }] },
      });
    }
    const figures = (
      await t.app.inject({ method: "GET", url: "/api/v1/me/accuracy", headers: { ...accurate.headers } })
    ).json();
    expect(figures).toMatchObject({
      fastLane: true,
      overall: { decided: 10, upheld: 10, upheldShare: 1, overturnedShare: 0 },
    });
    expect(figures.byType).toEqual([expect.objectContaining({ type: "listing_violation", decided: 10 })]);
    const next = await report(accurate, "Next");
    expect(new Date(next.json().expectedDecisionBy).getTime() - t.clock.now().getTime()).toBe(24 * 3_600_000);
    expect((await t.app.inject({ method: "GET", url: "/api/v1/me/accuracy" })).statusCode).toBe(401);
  });
});
