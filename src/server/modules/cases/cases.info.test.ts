import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp, type TestUser } from "../../../../test/app.ts";
import { reportedListing } from "../../../../test/console.fixtures.ts";
import { availableDialects } from "../../../../test/databases.ts";

const dialects = await availableDialects();

describe.each(dialects)("asking the reporter for more information (%s)", (dialect) => {
  let t: TestApp;
  let mod: TestUser;
  beforeAll(async () => {
    t = await buildTestApp(dialect);
    mod = await t.signUp("moderator", "Mia Mod", ["listing_compliance"]);
  });
  afterAll(() => t.close());

  it("makes the case wait with its SLA clock stopped, and resumes it when the reporter answers", async () => {
    const { caseId, report } = await reportedListing(t, "asked@example.test");
    const token = new URL(report.trackingUrl).searchParams.get("token");
    const before = (
      await t.app.inject({
        method: "GET",
        url: `/api/v1/console/cases/${caseId}`,
        headers: { ...mod.headers },
      })
    ).json();
    const asked = await t.app.inject({
      method: "POST",
      url: `/api/v1/console/cases/${caseId}/request-info`,
      headers: { ...mod.headers },
      payload: { message: "Can you send the page where the seller asked for payment?", days: 5 },
    });
    expect(asked.statusCode).toBe(200);
    expect(asked.json().status).toBe("needs_info");
    const mine = (
      await t.app.inject({ method: "GET", url: `/api/v1/reports/${report.id}?token=${token}` })
    ).json();
    expect(mine.status).toBe("needs_info");
    expect(mine.infoRequest.message).toContain("where the seller asked for payment");
    await t.worker.drain();
    const mails = (await t.app.inject({ method: "GET", url: "/api/v1/dev/mailbox" })).json().items;
    expect(
      mails.some(
        (m: { to: string; subject: string }) =>
          m.to === "asked@example.test" && m.subject.includes("more information"),
      ),
    ).toBe(true);

    const stranger = await t.app.inject({
      method: "POST",
      url: `/api/v1/reports/${report.id}/info`,
      payload: { message: "I am not the reporter at all." },
    });
    expect(stranger.statusCode).toBe(404);

    t.clock.advanceHours(10);
    const answer = await t.app.inject({
      method: "POST",
      url: `/api/v1/reports/${report.id}/info?token=${token}`,
      payload: { message: "Here is the text of the message: pay by bank transfer." },
    });
    expect(answer.statusCode).toBe(204);
    const after = (
      await t.app.inject({
        method: "GET",
        url: `/api/v1/console/cases/${caseId}`,
        headers: { ...mod.headers },
      })
    ).json();
    expect(after.status).toBe("open");
    expect(new Date(after.slaDueAt).getTime() - new Date(before.slaDueAt).getTime()).toBe(10 * 3_600_000);
    expect(after.events.at(-1)).toMatchObject({
      type: "case.info_provided",
      data: { message: "Here is the text of the message: pay by bank transfer." },
    });
    const again = await t.app.inject({
      method: "POST",
      url: `/api/v1/reports/${report.id}/info?token=${token}`,
      payload: { message: "And one more thing to add here." },
    });
    expect(again.statusCode).toBe(409);
  });
});

describe.each(dialects)("moving a case to the right department (%s)", (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(dialect);
  });
  afterAll(() => t.close());

  it("moves the case, tells the reporter, and joins an open case there on the same target", async () => {
    const mod = await t.signUp("moderator", "Mia Mod", ["listing_compliance", "fraud_security"]);
    const { caseId, listing, report } = await reportedListing(t, "moved@example.test");
    const fraud = await t.app.inject({
      method: "POST",
      url: "/api/v1/reports",
      payload: {
        type: "suspicious_behavior",
        targetUrls: [listing.url],
        description: "This seller uses photos stolen from my own shop.",
        contactEmail: "other@example.test",
        agreement: true,
        details: { behavior: "stolen_photos" },
      },
    });
    const moved = await t.app.inject({
      method: "POST",
      url: `/api/v1/console/cases/${caseId}/reroute`,
      headers: { ...mod.headers },
      payload: { department: "fraud_security" },
    });
    expect(moved.statusCode).toBe(200);
    expect(moved.json()).toEqual({ caseId: fraud.json().caseId, department: "fraud_security" });
    const merged = (
      await t.app.inject({
        method: "GET",
        url: `/api/v1/console/cases/${fraud.json().caseId}`,
        headers: { ...mod.headers },
      })
    ).json();
    expect(merged).toMatchObject({ reportCount: 2, reporterCount: 2 });
    const old = (
      await t.app.inject({
        method: "GET",
        url: `/api/v1/console/cases/${caseId}`,
        headers: { ...mod.headers },
      })
    ).json();
    expect(old.status).toBe("closed");
    const token = new URL(report.trackingUrl).searchParams.get("token");
    const mine = (
      await t.app.inject({ method: "GET", url: `/api/v1/reports/${report.id}?token=${token}` })
    ).json();
    expect(mine.department).toBe("fraud_security");
    expect(mine.timeline.map((e: { type: string }) => e.type)).toContain("report.rerouted");
  });
});

describe.each(dialects)("moving a case that waits for the reporter (%s)", (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(dialect);
  });
  afterAll(() => t.close());

  it("keeps the report waiting, so that the reporter can still answer", async () => {
    const mod = await t.signUp("moderator", "Mia Mod", ["listing_compliance", "fraud_security"]);
    const { caseId, report } = await reportedListing(t);
    const token = new URL(report.trackingUrl).searchParams.get("token");
    await t.app.inject({
      method: "POST",
      url: `/api/v1/console/cases/${caseId}/request-info`,
      headers: { ...mod.headers },
      payload: { message: "Which page did the seller send you to?" },
    });
    await t.app.inject({
      method: "POST",
      url: `/api/v1/console/cases/${caseId}/reroute`,
      headers: { ...mod.headers },
      payload: { department: "fraud_security" },
    });
    expect(
      (await t.app.inject({ method: "GET", url: `/api/v1/reports/${report.id}?token=${token}` })).json()
        .status,
    ).toBe("needs_info");
    const answer = await t.app.inject({
      method: "POST",
      url: `/api/v1/reports/${report.id}/info?token=${token}`,
      payload: { message: "It was a fake login page of the marketplace." },
    });
    expect(answer.statusCode).toBe(204);
    const after = (
      await t.app.inject({
        method: "GET",
        url: `/api/v1/console/cases/${caseId}`,
        headers: { ...mod.headers },
      })
    ).json();
    expect(after).toMatchObject({ status: "open", department: "fraud_security" });
  });
});
