import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp, type TestUser } from "../../../../test/app.ts";
import {
  decideCase,
  listingFacts,
  listingGround,
  reportedListing,
} from "../../../../test/console.fixtures.ts";
import { availableDialects } from "../../../../test/databases.ts";
import { listingReport } from "../../../../test/reports.fixtures.ts";

const dialects = await availableDialects();

const ground = listingGround;
const facts = listingFacts;

describe.each(dialects)("measures on the same listing or store (%s)", (dialect) => {
  let t: TestApp;
  let mia: TestUser;
  let olaf: TestUser;
  beforeAll(async () => {
    t = await buildTestApp(dialect);
    mia = await t.signUp("moderator", "Mia Mod", ["listing_compliance"]);
    olaf = await t.signUp("moderator", "Olaf Mod", ["listing_compliance"]);
  });
  afterAll(() => t.close());

  let reporters = 0;
  /** Another report on the listing: a new case, once the earlier one is decided. */
  const reportAgain = async (url: string) => {
    const res = await t.app.inject({
      method: "POST",
      url: "/api/v1/reports",
      payload: listingReport(url, { contactEmail: `again-${++reporters}@example.test` }),
    });
    expect(res.statusCode).toBe(201);
    return res.json().caseId as string;
  };
  const decide = (caseId: string, actions: Record<string, unknown>[]) =>
    decideCase(t, mia, caseId, { outcome: "action_taken", actions, ground, facts });
  const reverseOnAppeal = async (caseId: string, seller: TestUser) => {
    const appeal = await t.app.inject({
      method: "POST",
      url: `/api/v1/me/received/${caseId}/appeal`,
      headers: { ...seller.headers },
      payload: { statement: "This listing does not break your rules, here is why." },
    });
    expect(appeal.statusCode).toBe(201);
    const reversed = await t.app.inject({
      method: "POST",
      url: `/api/v1/console/appeals/${appeal.json().id}/decision`,
      headers: { ...olaf.headers },
      payload: { outcome: "reversed", reason: "On a second look the listing is allowed." },
    });
    expect(reversed.statusCode).toBe(200);
  };
  const listingStatus = async (id: string) =>
    (await t.db.selectFrom("listings").select("status").where("id", "=", id).executeTakeFirstOrThrow())
      .status;
  const store = (id: string) =>
    t.db
      .selectFrom("stores")
      .select(["status", "frozen_until"])
      .where("id", "=", id)
      .executeTakeFirstOrThrow();
  const laterDays = async (days: number) => {
    t.clock.advanceHours(24 * days);
    await t.worker.drain();
  };

  it("keeps a store closed and frozen together closed, also after the freeze would have ended", async () => {
    const { caseId, store: s } = await reportedListing(t);
    const detail = await decide(caseId, [{ type: "close_store" }, { type: "freeze_store", days: 1 }]);
    expect((await store(s.id)).status).toBe("closed");
    const statement = (
      await t.app.inject({
        method: "GET",
        url: `/api/v1/statements/${detail.decision.statementPuid}`,
        headers: { ...mia.headers },
      })
    ).json();
    expect(statement.decision_account).toBe("DECISION_ACCOUNT_TERMINATED");
    await laterDays(2);
    expect(await store(s.id)).toEqual({ status: "closed", frozen_until: null });
  });

  it("keeps a closed store closed when the strike policy freezes it later", async () => {
    const { caseId, store: s, listing } = await reportedListing(t);
    await decide(caseId, [{ type: "close_store" }]);
    const later = await reportAgain(listing.url);
    const detail = await decide(later, [{ type: "strike", severity: "serious" }]);
    expect(detail.decision.actions).toContainEqual({ type: "freeze_store", days: 1 });
    expect((await store(s.id)).status).toBe("closed");
    await laterDays(2);
    expect((await store(s.id)).status).toBe("closed");
  });

  it("keeps a removed listing removed under a later demotion, and after the demotion ends", async () => {
    const { caseId, listing } = await reportedListing(t);
    await decide(caseId, [{ type: "remove_listing" }]);
    await decide(await reportAgain(listing.url), [{ type: "demote_listing", days: 2 }]);
    expect(await listingStatus(listing.id)).toBe("removed");
    await laterDays(3);
    expect(await listingStatus(listing.id)).toBe("removed");
  });

  it("ends a 7-day freeze decided over a 1-day freeze on day 7", async () => {
    const { caseId, store: s, listing } = await reportedListing(t);
    const start = t.clock.now().getTime();
    await decide(caseId, [{ type: "freeze_store", days: 1 }]);
    await decide(await reportAgain(listing.url), [{ type: "freeze_store", days: 7 }]);
    await laterDays(2);
    const frozen = await store(s.id);
    expect(frozen.status).toBe("frozen");
    expect(new Date(frozen.frozen_until ?? 0).getTime()).toBe(start + 7 * 86_400_000);
    await laterDays(4);
    expect((await store(s.id)).status).toBe("frozen");
    await laterDays(2);
    expect(await store(s.id)).toEqual({ status: "active", frozen_until: null });
  });

  it("leaves the other measure in force when one of two is reversed", async () => {
    const { caseId, listing, seller } = await reportedListing(t);
    await decide(caseId, [{ type: "remove_listing" }]);
    await decide(await reportAgain(listing.url), [{ type: "demote_listing", days: 5 }]);
    await reverseOnAppeal(caseId, seller);
    expect(await listingStatus(listing.id)).toBe("demoted");
    await laterDays(6);
    expect(await listingStatus(listing.id)).toBe("active");
  });

  it("adds up restrictions, and keeps the other's countries when the shorter one ends", async () => {
    const { caseId, listing } = await reportedListing(t);
    const territories = async () =>
      (
        await t.db
          .selectFrom("listings")
          .select(["status", "restricted_territories"])
          .where("id", "=", listing.id)
          .executeTakeFirstOrThrow()
      ).restricted_territories;
    await decide(caseId, [{ type: "restrict_listing", territories: ["DE"], days: 2 }]);
    const later = await reportAgain(listing.url);
    await decide(later, [{ type: "restrict_listing", territories: ["FR", "DE"] }]);
    expect(await territories()).toBe(JSON.stringify(["DE", "FR"]));
    // The state before a measure is kept as the catalog row read: the countries as the catalog's text.
    const recorded = await t.db
      .selectFrom("enforcements")
      .innerJoin("decisions", "decisions.id", "enforcements.decision_id")
      .select("enforcements.previous_json")
      .where("decisions.case_id", "=", later)
      .executeTakeFirstOrThrow();
    expect(JSON.parse(recorded.previous_json ?? "null").listing).toEqual({
      status: "restricted",
      restricted_territories: JSON.stringify(["DE"]),
    });
    await laterDays(3);
    expect(await listingStatus(listing.id)).toBe("restricted");
    expect(await territories()).toBe(JSON.stringify(["FR", "DE"]));
  });

  it("keeps a store frozen by another decision when its closure is reversed", async () => {
    const { caseId, listing, store: s, seller } = await reportedListing(t);
    await decide(caseId, [{ type: "freeze_store", days: 7 }]);
    const later = await reportAgain(listing.url);
    await decide(later, [{ type: "close_store" }]);
    expect((await store(s.id)).status).toBe("closed");
    await reverseOnAppeal(later, seller);
    expect((await store(s.id)).status).toBe("frozen");
    await laterDays(8);
    expect((await store(s.id)).status).toBe("active");
  });
});
