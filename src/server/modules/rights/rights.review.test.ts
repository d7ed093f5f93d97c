import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp, type TestUser } from "../../../../test/app.ts";
import { availableDialects } from "../../../../test/databases.ts";
import { samples } from "../../../../test/multipart.ts";
import {
  addRight,
  mailsTo,
  postRight,
  registerHolder,
  review,
  trademark,
} from "../../../../test/rights.fixtures.ts";

const dialects = await availableDialects();

describe.each(dialects)("verifying IP rights (%s)", (dialect) => {
  let t: TestApp;
  let holder: TestUser;
  let ipStaff: TestUser;
  let admin: TestUser;
  beforeAll(async () => {
    t = await buildTestApp(dialect);
    holder = await t.signUp("member", "Olga Orbis");
    await registerHolder(t, holder);
    ipStaff = await t.signUp("moderator", "Ida IP", ["ip_protection"]);
    admin = await t.signUp("admin", "Ada Admin");
  });
  afterAll(() => t.close());

  const get = (url: string, user?: TestUser) =>
    t.app.inject({ method: "GET", url, headers: user ? { ...user.headers } : {} });

  it("queues pending rights oldest first, a page at a time", async () => {
    const first = await addRight(t, holder);
    const second = await addRight(t, holder, trademark({ registrationNumber: "EU 018000002" }));
    const ids: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: { id: string }[]; nextCursor: string | null } = (
        await get(`/api/v1/console/rights?limit=1${cursor ? `&cursor=${cursor}` : ""}`, ipStaff)
      ).json();
      ids.push(...page.items.map((i) => i.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(ids.indexOf(first.id)).toBeLessThan(ids.indexOf(second.id));
    const item = (await get("/api/v1/console/rights", admin))
      .json()
      .items.find((i: { id: string }) => i.id === first.id);
    expect(item).toMatchObject({
      status: "pending",
      holder: { legalName: "Orbis Watches Ltd", kind: "company", country: "GB" },
      fileCount: 1,
    });
  });

  it("shows IP staff the holder, its documents and the right's files, downloadable as attachments only", async () => {
    const letter = samples.png();
    const res = await postRight(t, holder, trademark({ actsAsAgent: true }), [
      { name: "certificate", fileName: "cert.pdf", content: samples.pdf(7) },
      { name: "authorisation", fileName: "letter.png", content: letter },
    ]);
    const { id } = res.json();
    const page = (await get(`/api/v1/console/rights/${id}`, ipStaff)).json();
    expect(page.holder).toMatchObject({
      legalName: "Orbis Watches Ltd",
      address: "1 Clock Lane, London EC1 2AB",
    });
    expect(page.holder.documents).toHaveLength(1);
    expect(page.right.files.map((f: { kind: string }) => f.kind).sort()).toEqual([
      "authorisation",
      "certificate",
    ]);

    const letterUrl = page.right.files.find((f: { kind: string }) => f.kind === "authorisation").url;
    const download = await get(letterUrl, ipStaff);
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(letter)).toBe(true);
    expect(download.headers["content-type"]).toBe("image/png");
    expect(download.headers["content-disposition"]).toBe('attachment; filename="letter.png"');
    expect(download.headers["x-content-type-options"]).toBe("nosniff");
    expect(download.headers["content-security-policy"]).toContain("sandbox");
    const document = await get(page.holder.documents[0].url, admin);
    expect(document.statusCode).toBe(200);
    expect(document.headers["content-type"]).toBe("application/pdf");
    expect(document.headers["content-disposition"]).toMatch(/^attachment;/);
  });

  it("lets only IP staff and admins in: 401 for guests, 403 for members, the holder and other departments", async () => {
    const { id } = await addRight(t, holder);
    const page = (await get(`/api/v1/console/rights/${id}`, ipStaff)).json();
    const fraud = await t.signUp("moderator", "Fred Fraud", ["fraud_security", "listing_compliance"]);
    const member = await t.signUp();
    const urls = [
      "/api/v1/console/rights",
      `/api/v1/console/rights/${id}`,
      page.right.files[0].url,
      page.holder.documents[0].url,
    ];
    for (const url of urls) {
      expect((await get(url)).statusCode, url).toBe(401);
      for (const user of [member, holder, fraud]) expect((await get(url, user)).statusCode, url).toBe(403);
    }
    for (const user of [undefined, member, holder, fraud]) {
      const res = await review(t, user ?? ({ cookie: "", headers: {} } as unknown as TestUser), id, {
        decision: "approved",
      });
      expect(res.statusCode).toBe(user ? 403 : 401);
    }
    expect((await get(`/api/v1/rights/${id}`, holder)).json().status).toBe("pending");
    expect((await get(`/api/v1/console/rights/${id}/files/nope`, ipStaff)).statusCode).toBe(404);
    expect((await get(`/api/v1/console/rights/nope`, ipStaff)).statusCode).toBe(404);
  });

  it("approves a right once: event, status, reviewer, and a mail to the holder", async () => {
    const { id } = await addRight(t, holder, trademark({ registrationNumber: "EU 0180000AP" }));
    const res = await review(t, ipStaff, id, { decision: "approved" });
    expect(res.statusCode).toBe(200);
    expect(res.json().right).toMatchObject({ status: "approved", usable: true });
    expect(res.json().reviewedBy).toBe("Ida IP");
    const mine = (await get(`/api/v1/rights/${id}`, holder)).json();
    expect(mine.timeline.map((e: { type: string; status: string }) => [e.type, e.status])).toEqual([
      ["right.submitted", "pending"],
      ["right.approved", "approved"],
    ]);
    const again = await review(t, admin, id, { decision: "rejected", reason: "Changed my mind entirely." });
    expect(again.statusCode).toBe(409);
    expect((await get(`/api/v1/rights/${id}`, holder)).json().status).toBe("approved");
    const mails = await mailsTo(t, "legal@orbis.example");
    expect(mails.filter((m) => m.subject.includes("EU 0180000AP"))).toEqual([
      expect.objectContaining({ subject: "Your Trademark EU 0180000AP is verified" }),
    ]);
  });

  it("rejects only with a reason, which the holder reads in the vault and the mail", async () => {
    const { id } = await addRight(t, holder, trademark({ registrationNumber: "EU 0180000RJ" }));
    const bare = await review(t, ipStaff, id, { decision: "rejected" });
    expect(bare.statusCode).toBe(400);
    expect(bare.json().error.fields).toHaveProperty("reason");
    expect((await review(t, ipStaff, id, { decision: "maybe" })).statusCode).toBe(400);
    expect((await get(`/api/v1/rights/${id}`, holder)).json().status).toBe("pending");

    const reason = "The certificate belongs to another owner.";
    expect((await review(t, ipStaff, id, { decision: "rejected", reason })).statusCode).toBe(200);
    expect((await get(`/api/v1/rights/${id}`, holder)).json()).toMatchObject({
      status: "rejected",
      rejectionReason: reason,
      usable: false,
    });
    const mail = (await mailsTo(t, "legal@orbis.example")).find((m) => m.subject.includes("EU 0180000RJ"));
    expect(mail?.text).toContain(reason);
    const rejected = (await get("/api/v1/console/rights?status=rejected", ipStaff)).json();
    expect(rejected.items.map((i: { id: string }) => i.id)).toContain(id);
  });
});
