import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../../../test/app.ts";
import { removeWithSeriousStrike, reportedListing } from "../../../../test/console.fixtures.ts";
import { availableDialects } from "../../../../test/databases.ts";
import { approvedRightsHolder, fileIpComplaint } from "../../../../test/ip.fixtures.ts";
import { listingReport } from "../../../../test/reports.fixtures.ts";

const dialects = await availableDialects();

describe.each(dialects)("My Reports → Received, for sellers (%s)", (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(dialect);
  });
  afterAll(() => t.close());

  it("shows a seller the complaints about its listings, the decision and the statement, never the reporter", async () => {
    const { seller, caseId, listing } = await reportedListing(t, "secret-reporter@example.test");
    const buyer = await t.signUp("member", "Disclosing Dana");
    await t.app.inject({
      method: "POST",
      url: "/api/v1/reports",
      headers: { ...buyer.headers },
      payload: listingReport(listing.url, { contactEmail: undefined, discloseIdentity: true }),
    });
    const list = await t.app.inject({
      method: "GET",
      url: "/api/v1/me/received",
      headers: { ...seller.headers },
    });
    expect(list.json().items.map((c: { caseId: string }) => c.caseId)).toEqual([caseId]);

    const mod = await t.signUp("moderator", "Mo", ["listing_compliance"]);
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
    const detail = await t.app.inject({
      method: "GET",
      url: `/api/v1/me/received/${caseId}`,
      headers: { ...seller.headers },
    });
    expect(detail.statusCode).toBe(200);
    const body = detail.json();
    expect(body.decision.outcome).toBe("action_taken");
    expect(body.statement.puid).toBe(body.decision.statementPuid);
    expect(
      body.complaints.map((c: { complainant: { kind: string; label: string } }) => c.complainant),
    ).toEqual([
      { kind: "anonymous", label: "A member of the marketplace" },
      { kind: "disclosed", label: "Disclosing Dana" },
    ]);
    expect(detail.body).not.toContain("secret-reporter@example.test");
    expect(detail.body).not.toContain(buyer.email);
  });

  it("shows the rights holder's organisation on IP complaints", async () => {
    const seller = await t.signUp("member", "IP Seller");
    const store = await t.createStore({ sellerUserId: seller.id });
    const listing = await t.createListing(store.id, "Orbis replica");
    await fileIpComplaint(t, [listing.url]);
    const list = (
      await t.app.inject({ method: "GET", url: "/api/v1/me/received", headers: { ...seller.headers } })
    ).json();
    const detail = (
      await t.app.inject({
        method: "GET",
        url: `/api/v1/me/received/${list.items[0].caseId}`,
        headers: { ...seller.headers },
      })
    ).json();
    expect(detail.complaints[0].complainant).toEqual({ kind: "rights_holder", label: "Orbis Watches Ltd" });
    expect(JSON.stringify(detail)).not.toContain((await approvedRightsHolder(t)).user.email);
  });

  it("shows nothing of other sellers' stores, and asks guests to sign in", async () => {
    const { caseId } = await reportedListing(t);
    const other = await t.signUp("member", "Other Seller");
    expect(
      (
        await t.app.inject({ method: "GET", url: "/api/v1/me/received", headers: { ...other.headers } })
      ).json().items,
    ).toEqual([]);
    expect(
      (
        await t.app.inject({
          method: "GET",
          url: `/api/v1/me/received/${caseId}`,
          headers: { ...other.headers },
        })
      ).statusCode,
    ).toBe(404);
    expect((await t.app.inject({ method: "GET", url: "/api/v1/me/received" })).statusCode).toBe(401);
  });

  it("lets the seller answer a complaint and take its listing down, and nobody else", async () => {
    const { seller, caseId, listing } = await reportedListing(t);
    const stranger = await t.signUp();
    const answer = (user: typeof seller) =>
      t.app.inject({
        method: "POST",
        url: `/api/v1/me/received/${caseId}/answer`,
        headers: { ...user.headers },
        payload: { statement: "This is a vitamin product, not a medicine; see the label." },
      });
    expect((await answer(stranger)).statusCode).toBe(404);
    expect((await answer(seller)).statusCode).toBe(204);
    const removed = await t.app.inject({
      method: "POST",
      url: `/api/v1/me/received/${caseId}/remove-listing`,
      headers: { ...seller.headers },
    });
    expect(removed.statusCode).toBe(204);
    expect(
      (
        await t.db
          .selectFrom("listings")
          .select("status")
          .where("id", "=", listing.id)
          .executeTakeFirstOrThrow()
      ).status,
    ).toBe("removed");
    const mod = await t.signUp("moderator", "Mo", ["listing_compliance"]);
    const detail = (
      await t.app.inject({
        method: "GET",
        url: `/api/v1/console/cases/${caseId}`,
        headers: { ...mod.headers },
      })
    ).json();
    expect(detail.events.map((e: { type: string }) => e.type)).toEqual(
      expect.arrayContaining(["seller.answered", "seller.removed_listing"]),
    );
    expect(
      detail.events.find((e: { type: string }) => e.type === "seller.answered").data.statement,
    ).toContain("vitamin");
  });
});
