import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../../../test/app.ts";
import { availableDialects } from "../../../../test/databases.ts";
import { approvedRightsHolder, fileIpComplaint, replicaListings } from "../../../../test/ip.fixtures.ts";

const dialects = await availableDialects();

describe.each(dialects)("IP complaints with many links (%s)", (dialect) => {
  let t: TestApp;
  let urls: string[];
  beforeAll(async () => {
    t = await buildTestApp(dialect);
    urls = await replicaListings(t, 300, "it-bulk");
  });
  afterAll(() => t.close());

  const count = async () =>
    Number(
      (
        await t.db
          .selectFrom("report_targets")
          .select((eb) => eb.fn.countAll().as("n"))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it("refuses the whole complaint when some of 300 links are unknown, naming each, and creates nothing", async () => {
    const links = [...urls];
    links[17] = "http://localhost:3000/shop/item/does-not-exist";
    links[250] = "http://localhost:3000/shop/item/gone-too";
    const { res } = await fileIpComplaint(t, links);
    expect(res.statusCode).toBe(422);
    expect(Object.keys(res.json().error.fields).sort()).toEqual(["targetUrls.17", "targetUrls.250"]);
    expect(await count()).toBe(0);
    const { res: tooMany } = await fileIpComplaint(t, [...urls, "http://localhost:3000/shop/item/x"]);
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json().error.fields).toHaveProperty("targetUrls");
  });

  it("takes 300 links, each its own case and outcome, and shows how many are decided", async () => {
    const { res } = await fileIpComplaint(t, urls);
    expect(res.statusCode).toBe(201);
    expect(new Set(res.json().targets.map((x: { caseId: string }) => x.caseId)).size).toBe(300);
    const mod = await t.signUp("moderator", "Ivy", ["ip_protection"]);
    for (const target of res.json().targets.slice(0, 2)) {
      const seen = (
        await t.app.inject({
          method: "GET",
          url: `/api/v1/console/cases/${target.caseId}`,
          headers: { ...mod.headers },
        })
      ).json();
      await t.app.inject({
        method: "POST",
        url: `/api/v1/console/cases/${target.caseId}/decision`,
        headers: { ...mod.headers },
        payload: { outcome: "no_action", reason: "insufficient_evidence", seenEventCount: seen.eventCount },
      });
    }
    const { user } = await approvedRightsHolder(t);
    const detail = (
      await t.app.inject({
        method: "GET",
        url: `/api/v1/reports/${res.json().id}`,
        headers: { ...user.headers },
      })
    ).json();
    expect(detail.progress).toEqual({ decided: 2, total: 300 });
    expect(detail.targets.slice(0, 3).map((x: { outcome: string | null }) => x.outcome)).toEqual([
      "no_action",
      "no_action",
      null,
    ]);
    expect(detail.status).toBe("submitted");
  });
});
