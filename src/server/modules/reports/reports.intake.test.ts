import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../../../test/app.ts";
import { availableDialects } from "../../../../test/databases.ts";
import { approvedRightsHolder, fileIpComplaint } from "../../../../test/ip.fixtures.ts";
import { multipart, samples } from "../../../../test/multipart.ts";
import { ipReport, listingReport } from "../../../../test/reports.fixtures.ts";

const dialects = await availableDialects();

describe.each(dialects)("filing a report (%s)", (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(dialect);
  });
  afterAll(() => t.close());

  it("lets a guest file a report, answers with a reference and mails a receipt with the private link", async () => {
    const listing = await t.createListing();
    const res = await t.app.inject({
      method: "POST",
      url: "/api/v1/reports",
      payload: listingReport(listing.url),
    });
    expect(res.statusCode).toBe(201);
    const created = res.json();
    expect(created.reference).toMatch(/^R-[0-9A-HJKMNP-TV-Z]{8}$/);
    expect(created.status).toBe("submitted");
    expect(created.department).toBe("listing_compliance");
    expect(new Date(created.expectedDecisionBy).getTime() - t.clock.now().getTime()).toBe(48 * 3_600_000);
    expect(created.trackingUrl).toMatch(new RegExp(`/track/${created.id}\\?token=`));

    expect(await t.worker.drain()).toBe(1);
    const mailbox = await t.app.inject({ method: "GET", url: "/api/v1/dev/mailbox" });
    const receipt = mailbox.json().items.find((m: { to: string }) => m.to === "guest@example.test");
    expect(receipt.subject).toContain(created.reference);
    // The mail carries a private link of its own, minted as it is sent; both links open the report.
    const mailed = new RegExp(`http://localhost:3000/track/${created.id}\\?token=([\\w-]+)`).exec(
      receipt.text,
    );
    expect(mailed).not.toBeNull();
    const viaMail = await t.app.inject({
      method: "GET",
      url: `/api/v1/reports/${created.id}?token=${mailed![1]}`,
    });
    expect(viaMail.statusCode).toBe(200);

    const token = new URL(created.trackingUrl).searchParams.get("token");
    const mine = await t.app.inject({ method: "GET", url: `/api/v1/reports/${created.id}?token=${token}` });
    expect(mine.statusCode).toBe(200);
    expect(mine.json().timeline.map((e: { type: string }) => e.type)).toEqual(["report.submitted"]);
    expect(mine.json().descriptionLanguage).toBe("en");
    for (const url of [`/api/v1/reports/${created.id}`, `/api/v1/reports/${created.id}?token=wrong-token`]) {
      const denied = await t.app.inject({ method: "GET", url });
      expect(denied.statusCode).toBe(404);
    }
  });

  it("joins reports on the same target and department into one case, counting reporters", async () => {
    const listing = await t.createListing();
    const first = await t.app.inject({
      method: "POST",
      url: "/api/v1/reports",
      payload: listingReport(listing.url),
    });
    const second = await t.app.inject({
      method: "POST",
      url: "/api/v1/reports",
      payload: listingReport(listing.url, { contactEmail: "other@example.test" }),
    });
    const otherDepartment = await t.app.inject({
      method: "POST",
      url: "/api/v1/reports",
      payload: {
        ...listingReport(listing.url),
        type: "suspicious_behavior",
        details: { behavior: "stolen_photos" },
      },
    });
    expect([first.statusCode, second.statusCode, otherDepartment.statusCode]).toEqual([201, 201, 201]);
    expect(second.json().caseId).toBe(first.json().caseId);
    expect(otherDepartment.json().caseId).not.toBe(first.json().caseId);
    const row = await t.db
      .selectFrom("cases")
      .selectAll()
      .where("id", "=", first.json().caseId)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      department: "listing_compliance",
      report_count: 2,
      reporter_count: 2,
      status: "open",
    });
    expect(row.priority).toBeGreaterThan(200);
    const events = await t.db
      .selectFrom("case_events")
      .select("type")
      .where("case_id", "=", row.id)
      .orderBy("id")
      .execute();
    expect(events.map((e) => e.type)).toEqual(["case.opened", "report.attached", "report.attached"]);
  });

  it("stores evidence by its SHA-256 and serves it only to the reporter, as an attachment", async () => {
    const user = await t.signUp();
    const stranger = await t.signUp();
    const store = await t.createStore();
    const body = multipart(
      {
        ...listingReport(store.url),
        contactEmail: undefined,
        type: "suspicious_behavior",
        details: { behavior: "fake_store" },
      },
      [
        { fileName: "screenshot.png", contentType: "image/png", content: samples.png() },
        { fileName: "../../invoice.pdf", contentType: "application/pdf", content: samples.pdf() },
      ],
    );
    const res = await t.app.inject({
      method: "POST",
      url: "/api/v1/reports",
      headers: { ...body.headers, ...user.headers },
      payload: body.payload,
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().trackingUrl).toBeNull();
    const detail = await t.app.inject({
      method: "GET",
      url: `/api/v1/reports/${res.json().id}`,
      headers: { ...user.headers },
    });
    expect(detail.json().contactEmail).toBe(user.email);
    const evidence = detail.json().evidence;
    expect(evidence.map((e: { fileName: string; mimeType: string }) => [e.fileName, e.mimeType])).toEqual([
      ["screenshot.png", "image/png"],
      ["invoice.pdf", "application/pdf"],
    ]);
    const rows = await t.db
      .selectFrom("evidence_files")
      .selectAll()
      .where("report_id", "=", res.json().id)
      .execute();
    for (const row of rows) {
      expect(
        fs.existsSync(
          path.join(t.config.dataDir, "evidence", row.sha256.slice(0, 2), row.sha256.slice(2, 4), row.sha256),
        ),
      ).toBe(true);
    }
    const download = await t.app.inject({
      method: "GET",
      url: evidence[1].url,
      headers: { ...user.headers },
    });
    expect(download.statusCode).toBe(200);
    expect(download.headers["content-disposition"]).toBe('attachment; filename="invoice.pdf"');
    expect(download.headers["x-content-type-options"]).toBe("nosniff");
    expect(download.rawPayload.equals(samples.pdf())).toBe(true);
    const denied = await t.app.inject({
      method: "GET",
      url: evidence[1].url,
      headers: { ...stranger.headers },
    });
    expect(denied.statusCode).toBe(404);
    const anonymous = await t.app.inject({ method: "GET", url: evidence[1].url });
    expect(anonymous.statusCode).toBe(404);
  });

  it("answers a retried request with the same Idempotency-Key once, creating nothing new", async () => {
    const listing = await t.createListing();
    const send = (payload: Record<string, unknown>) =>
      t.app.inject({
        method: "POST",
        url: "/api/v1/reports",
        headers: { "idempotency-key": `k-${listing.id}` },
        payload,
      });
    const first = await send(listingReport(listing.url));
    const retry = await send(listingReport(listing.url));
    expect(retry.statusCode).toBe(201);
    expect(retry.json()).toEqual(first.json());
    const count = await t.db
      .selectFrom("report_targets")
      .select((eb) => eb.fn.countAll().as("n"))
      .where("target_id", "=", listing.id)
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(1);
    const misuse = await send(
      listingReport(listing.url, { description: "A different text for a different report entirely." }),
    );
    expect(misuse.statusCode).toBe(422);
    expect(misuse.json().error.code).toBe("idempotency_key_reused");
  });

  it("refuses an IP complaint without a verified right of the complainant", async () => {
    const listing = await t.createListing();
    const guest = await t.app.inject({
      method: "POST",
      url: "/api/v1/reports",
      payload: ipReport([listing.url]),
    });
    expect(guest.json().error.fields).toHaveProperty("details.rightId");
    const member = await t.signUp();
    const { rightId } = await approvedRightsHolder(t);
    const someoneElses = await t.app.inject({
      method: "POST",
      url: "/api/v1/reports",
      headers: { ...member.headers },
      payload: ipReport([listing.url], {
        contactEmail: undefined,
        details: { rightId, reasonCode: "counterfeit" },
      }),
    });
    expect(someoneElses.statusCode).toBe(400);
    expect(someoneElses.json().error.fields["details.rightId"]).toMatch(/verified rights/);
  });

  it("takes up to 300 links in one IP complaint, each routed to its own case", async () => {
    const store = await t.createStore();
    const listings = await Promise.all([1, 2, 3].map(() => t.createListing(store.id)));
    const { res } = await fileIpComplaint(t, [...listings.map((l) => l.url), store.url]);
    expect(res.statusCode).toBe(201);
    const targets = res.json().targets;
    expect(targets.map((x: { kind: string }) => x.kind)).toEqual(["listing", "listing", "listing", "store"]);
    expect(new Set(targets.map((x: { caseId: string }) => x.caseId)).size).toBe(4);
    expect(res.json().department).toBe("ip_protection");
  });

  it("lists the signed-in user's sent reports, newest first, page by page", async () => {
    const user = await t.signUp();
    for (let i = 0; i < 3; i++) {
      const listing = await t.createListing(undefined, `Listing ${i}`);
      const res = await t.app.inject({
        method: "POST",
        url: "/api/v1/reports",
        headers: { ...user.headers },
        payload: listingReport(listing.url, { contactEmail: undefined }),
      });
      expect(res.statusCode).toBe(201);
    }
    const page1 = await t.app.inject({
      method: "GET",
      url: "/api/v1/me/reports?box=sent&limit=2",
      headers: { ...user.headers },
    });
    expect(page1.json().items.map((r: { targetTitle: string }) => r.targetTitle)).toEqual([
      "Listing 2",
      "Listing 1",
    ]);
    const page2 = await t.app.inject({
      method: "GET",
      url: `/api/v1/me/reports?box=sent&limit=2&cursor=${page1.json().nextCursor}`,
      headers: { ...user.headers },
    });
    expect(page2.json().items.map((r: { targetTitle: string }) => r.targetTitle)).toEqual(["Listing 0"]);
    expect(page2.json().nextCursor).toBeNull();
    const other = await t.signUp();
    const empty = await t.app.inject({
      method: "GET",
      url: "/api/v1/me/reports?box=sent",
      headers: { ...other.headers },
    });
    expect(empty.json().items).toEqual([]);
    const anonymous = await t.app.inject({ method: "GET", url: "/api/v1/me/reports?box=sent" });
    expect(anonymous.statusCode).toBe(401);
  });

  it("lets only its reporter read a report: staff read it in the console, other members not at all", async () => {
    const reporter = await t.signUp();
    const moderator = await t.signUp("moderator");
    const member = await t.signUp();
    const listing = await t.createListing();
    const res = await t.app.inject({
      method: "POST",
      url: "/api/v1/reports",
      headers: { ...reporter.headers },
      payload: listingReport(listing.url, { contactEmail: undefined }),
    });
    const url = `/api/v1/reports/${res.json().id}`;
    expect((await t.app.inject({ method: "GET", url, headers: { ...reporter.headers } })).statusCode).toBe(
      200,
    );
    expect((await t.app.inject({ method: "GET", url, headers: { ...moderator.headers } })).statusCode).toBe(
      404,
    );
    expect((await t.app.inject({ method: "GET", url, headers: { ...member.headers } })).statusCode).toBe(404);
  });
});
