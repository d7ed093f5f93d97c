import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp, type TestUser } from "../../../../test/app.ts";
import { reportedListing } from "../../../../test/console.fixtures.ts";
import { availableDialects } from "../../../../test/databases.ts";
import { fileIpComplaint } from "../../../../test/ip.fixtures.ts";
import { ipReport } from "../../../../test/reports.fixtures.ts";
import { newId } from "../../platform/ids.ts";

const dialects = await availableDialects();

const ground = {
  kind: "illegal_content",
  legalGround: "Regulation (EU) 2017/1001, Art. 9",
  explanation: "The listing sells goods under a sign identical to the registered trademark.",
};
const facts = "The listing offered watches under the brand of a verified trademark, registered EU 018000001.";

/** A rights holder registered as a natural person, with one approved trademark in its own name. */
async function personHolder(t: TestApp) {
  const user = await t.signUp("member", "Petra Person");
  const at = new Date().toISOString();
  const holderId = newId();
  const rightId = newId();
  await t.db
    .insertInto("rights_holders")
    .values({
      id: holderId,
      user_id: user.id,
      kind: "person",
      legal_name: "Petra Person",
      country: "DE",
      address: "Hauptstr. 1, Berlin",
      contact_email: user.email,
      company_number: null,
      created_at: at,
      updated_at: at,
    })
    .execute();
  await t.db
    .insertInto("rights")
    .values({
      id: rightId,
      holder_id: holderId,
      type: "trademark",
      registration_number: "DE 30201234567",
      office: "DPMA",
      classes_json: "[14]",
      owner_name: "Petra Person",
      valid_from: "2020-01-01",
      valid_to: "2035-01-01",
      acts_as_agent: 0,
      status: "approved",
      rejection_reason: null,
      reviewed_by: null,
      reviewed_at: at,
      expiry_warned_at: null,
      created_at: at,
      updated_at: at,
    })
    .execute();
  return { user, rightId };
}

describe.each(dialects)("no personal data in statements of reasons (%s)", (dialect) => {
  let t: TestApp;
  let mod: TestUser;
  beforeAll(async () => {
    t = await buildTestApp(dialect);
    mod = await t.signUp("moderator", "Mia Mod", ["ip_protection", "listing_compliance"]);
  });
  afterAll(() => t.close());

  const decide = async (caseId: string, body: Record<string, unknown>) => {
    const seen = (
      await t.app.inject({
        method: "GET",
        url: `/api/v1/console/cases/${caseId}`,
        headers: { ...mod.headers },
      })
    ).json();
    return t.app.inject({
      method: "POST",
      url: `/api/v1/console/cases/${caseId}/decision`,
      headers: { ...mod.headers },
      payload: {
        outcome: "action_taken",
        seenEventCount: seen.eventCount,
        actions: [{ type: "remove_listing" }],
        ground,
        facts,
        ...body,
      },
    });
  };
  const statementOf = async (puid: string) =>
    (
      await t.app.inject({ method: "GET", url: `/api/v1/statements/${puid}`, headers: { ...mod.headers } })
    ).json();
  const ipCase = async (title: string) => {
    const store = await t.createStore();
    return { listing: await t.createListing(store.id, title) };
  };

  it("names a rights holder that is a company as the source", async () => {
    const { listing } = await ipCase("Orbis watch, replica");
    const { res } = await fileIpComplaint(t, [listing.url]);
    const decided = await decide(res.json().caseId, {});
    expect(decided.statusCode).toBe(200);
    const statement = await statementOf(decided.json().decision.statementPuid);
    expect(statement).toMatchObject({
      source_type: "SOURCE_ARTICLE_16",
      source_identity: "Orbis Watches Ltd",
    });
  });

  it("does not name a rights holder who is a natural person", async () => {
    const { listing } = await ipCase("Petra watch, replica");
    const { user, rightId } = await personHolder(t);
    const filed = await t.app.inject({
      method: "POST",
      url: "/api/v1/reports",
      headers: { ...user.headers },
      payload: ipReport([listing.url], {
        contactEmail: undefined,
        details: { rightId, reasonCode: "counterfeit" },
      }),
    });
    expect(filed.statusCode).toBe(201);
    const decided = await decide(filed.json().caseId, {});
    expect(decided.statusCode).toBe(200);
    const statement = await statementOf(decided.json().decision.statementPuid);
    expect(statement.source_type).toBe("SOURCE_ARTICLE_16");
    expect(statement).not.toHaveProperty("source_identity");
    expect(JSON.stringify(statement)).not.toContain("Petra");
  });

  it.each([
    [
      "facts",
      { facts: "The seller, reachable at sally.seller@example.com, sold prescription drugs." },
      "facts",
    ],
    [
      "the ground's explanation",
      { ground: { ...ground, explanation: "Confirmed by phone with the owner at +49 170 1234567." } },
      "ground.explanation",
    ],
    [
      "the terms section",
      {
        ground: {
          kind: "incompatible_content",
          termsSection: "Listing rules; questions to 030 1234 5678",
          explanation: "Such goods may not be offered.",
        },
      },
      "ground.termsSection",
    ],
  ])("refuses an email address or phone number in %s, changing nothing", async (_name, body, field) => {
    const { caseId, listing } = await reportedListing(t);
    const res = await decide(caseId, body);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields[field]).toMatch(/personal data/);
    expect(await t.db.selectFrom("decisions").select("id").where("case_id", "=", caseId).execute()).toEqual(
      [],
    );
    const row = await t.db
      .selectFrom("listings")
      .select("status")
      .where("id", "=", listing.id)
      .executeTakeFirstOrThrow();
    expect(row.status).toBe("active");
  });

  it("takes legal references and registration numbers, which are no phone numbers", async () => {
    const { caseId } = await reportedListing(t);
    const res = await decide(caseId, {
      ground: {
        kind: "incompatible_content",
        termsSection: "Listing rules, section 4.2 (Regulation (EU) 2019/1150)",
        explanation: "Such goods may not be offered; see EAN 0123456789123.",
      },
    });
    expect(res.statusCode).toBe(200);
  });
});
