import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp, type TestUser } from "../../../../test/app.ts";
import {
  decideCase,
  listingFacts,
  listingGround,
  reportedListing,
} from "../../../../test/console.fixtures.ts";
import { availableDialects } from "../../../../test/databases.ts";
import { dryDb } from "../../../../test/dry-db.ts";
import { createEnforcementsRepository } from "./enforcements.repository.ts";

const dialects = await availableDialects();

describe.each(dialects)("enforcements ending, recorded (%s)", (dialect) => {
  let t: TestApp;
  let mia: TestUser;
  let olaf: TestUser;
  beforeAll(async () => {
    t = await buildTestApp(dialect);
    mia = await t.signUp("moderator", "Mia Mod", ["listing_compliance"]);
    olaf = await t.signUp("moderator", "Olaf Mod", ["listing_compliance"]);
  });
  afterAll(() => t.close());

  const decide = (caseId: string, actions: Record<string, unknown>[]) =>
    decideCase(t, mia, caseId, {
      outcome: "action_taken",
      actions,
      ground: listingGround,
      facts: listingFacts,
    });
  /** Each enforcement of the case's decision by type, with the events recorded on it. */
  const enforcementsOf = async (caseId: string) => {
    const rows = await t.db
      .selectFrom("enforcements")
      .innerJoin("decisions", "decisions.id", "enforcements.decision_id")
      .leftJoin("enforcement_events", "enforcement_events.enforcement_id", "enforcements.id")
      .select([
        "enforcements.type as measure",
        "enforcements.ends_at",
        "enforcement_events.type",
        "enforcement_events.actor_user_id",
        "enforcement_events.data_json",
        "enforcement_events.created_at",
      ])
      .where("decisions.case_id", "=", caseId)
      .orderBy("enforcements.id")
      .orderBy("enforcement_events.id")
      .execute();
    return rows.map(({ data_json, ...r }) => ({ ...r, data: data_json ? JSON.parse(data_json) : null }));
  };

  it("records each measure the worker lifts when its time ends, and none before or for measures without end", async () => {
    const { caseId } = await reportedListing(t);
    await decide(caseId, [{ type: "remove_listing" }, { type: "freeze_store", days: 1 }]);
    await t.worker.drain();
    expect((await enforcementsOf(caseId)).map((e) => e.type)).toEqual([null, null]);
    t.clock.advanceHours(25);
    await t.worker.drain();
    await t.worker.drain();
    const [removal, freeze] = await enforcementsOf(caseId);
    expect(removal).toMatchObject({ measure: "remove_listing", type: null });
    expect(freeze).toEqual({
      measure: "freeze_store",
      ends_at: freeze!.ends_at,
      type: "enforcement.lifted",
      actor_user_id: null,
      data: { from: "in_force", to: "lifted", endsAt: freeze!.ends_at },
      created_at: t.clock.now().toISOString(),
    });
  });

  it("records each measure in force that a reversal on appeal ends, and nothing for a refused reversal", async () => {
    const { caseId, seller } = await reportedListing(t);
    await decide(caseId, [
      { type: "demote_listing", days: 5 },
      { type: "freeze_store", days: 1 },
    ]);
    t.clock.advanceHours(25);
    await t.worker.drain();
    const appeal = await t.app.inject({
      method: "POST",
      url: `/api/v1/me/received/${caseId}/appeal`,
      headers: { ...seller.headers },
      payload: { statement: "This listing does not break your rules, here is why." },
    });
    expect(appeal.statusCode).toBe(201);
    const reverse = (user: TestUser) =>
      t.app.inject({
        method: "POST",
        url: `/api/v1/console/appeals/${appeal.json().id}/decision`,
        headers: { ...user.headers },
        payload: { outcome: "reversed", reason: "On a second look the listing is allowed." },
      });
    expect((await reverse(seller)).statusCode).toBe(403);
    expect((await enforcementsOf(caseId)).map((e) => e.type)).toEqual([null, "enforcement.lifted"]);
    expect((await reverse(olaf)).statusCode).toBe(200);
    const [demotion, freeze] = await enforcementsOf(caseId);
    // The freeze had ended already: only the demotion in force is reversed.
    expect(demotion).toMatchObject({
      measure: "demote_listing",
      type: "enforcement.reversed",
      actor_user_id: olaf.id,
      data: { from: "in_force", to: "reversed" },
      created_at: t.clock.now().toISOString(),
    });
    expect(freeze).toMatchObject({ measure: "freeze_store", type: "enforcement.lifted" });
    t.clock.advanceHours(24 * 5);
    await t.worker.drain();
    expect((await enforcementsOf(caseId)).map((e) => e.type)).toEqual([
      "enforcement.reversed",
      "enforcement.lifted",
    ]);
  });
});

describe("enforcement events", () => {
  it("refuses malformed data before anything is written", async () => {
    const { db, sent } = dryDb();
    const repo = createEnforcementsRepository({ setHidden: async () => {} });
    for (const [type, data] of [
      ["enforcement.lifted", { from: "in_force", to: "lifted" }],
      ["enforcement.lifted", { from: "in_force", to: "lifted", endsAt: "tomorrow" }],
      ["enforcement.reversed", { from: "lifted", to: "reversed" }],
      ["enforcement.reversed", { from: "in_force", to: "reversed", by: "someone" }],
    ] as const) {
      await expect(
        repo.appendEnforcementEvents(db, [
          { enforcementId: "e1", type, actorUserId: null, at: "x", data: data as never },
        ]),
        `${type} ${JSON.stringify(data)}`,
      ).rejects.toThrow();
    }
    expect(sent).toEqual([]);
  });
});
