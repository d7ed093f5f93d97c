// The security suite: what an attacker or a curious user tries from outside, over HTTP, on both databases.
// Every new route joins this file with its 401 / 403 / someone else's data / another department checks.
import fs from "node:fs";
import type { AddressInfo } from "node:net";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../src/server/app.ts";
import { start } from "../src/server/main.ts";
import { loadConfig, startupCheck } from "../src/server/platform/config.ts";
import { openDatabase } from "../src/server/platform/db/database.ts";
import { createMailer, readDevMailbox } from "../src/server/platform/mail/mailer.ts";
import { buildTestApp, type FastifyInstance, PUBLIC_URL, type TestApp, type TestUser } from "./app.ts";
import { reportedListing } from "./console.fixtures.ts";
import { availableDialects } from "./databases.ts";
import { createOrder, disputeBody } from "./disputes.fixtures.ts";
import { threadWithScam } from "./messages.fixtures.ts";
import { multipart, samples } from "./multipart.ts";
import { listingReport } from "./reports.fixtures.ts";

const dialects = await availableDialects();

describe.each(dialects)("security: the basics (%s)", (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(dialect);
  });
  afterAll(() => t.close());

  it("answers 401 to an anonymous visitor on a member's own pages", async () => {
    const res = await t.app.inject({ method: "GET", url: "/api/v1/me/reports" });
    expect(res.statusCode).toBe(401);
  });
});

// ── platform: sign-in, mail, origins, limits, headers ──
describe.each(dialects)("security: platform — the dev mailbox (%s)", (dialect) => {
  let t: TestApp;
  let admin: TestUser;
  const REMOTE = "203.0.113.7";
  beforeAll(async () => {
    t = await buildTestApp(dialect);
    admin = await t.signUp("admin", "Ada Admin");
  });
  afterAll(() => t.close());

  const mailbox = (options: { remoteAddress?: string; headers?: Record<string, string> } = {}) =>
    t.app.inject({ method: "GET", url: "/api/v1/dev/mailbox", ...options });
  const requestReset = (email: string) =>
    t.app.inject({
      method: "POST",
      url: "/api/auth/request-password-reset",
      headers: { origin: PUBLIC_URL, "content-type": "application/json" },
      payload: { email, redirectTo: "/reset-password" },
    });

  it("answers 403 to anyone off this machine who is not an admin, whatever X-Forwarded-For says", async () => {
    const anonymous = await mailbox({ remoteAddress: REMOTE, headers: { "x-forwarded-for": "127.0.0.1" } });
    expect(anonymous.statusCode).toBe(403);
    expect(anonymous.json().error.code).toBe("dev_mailbox_local_only");
    const member = await t.signUp();
    expect((await mailbox({ remoteAddress: REMOTE, headers: { ...member.headers } })).statusCode).toBe(403);
    expect((await mailbox({ remoteAddress: REMOTE, headers: { ...admin.headers } })).statusCode).toBe(200);
  });

  it("does not open through a reverse proxy on this machine either", async () => {
    const proxied = await mailbox({ headers: { "x-forwarded-for": "203.0.113.8" } });
    expect(proxied.statusCode).toBe(403);
    expect((await mailbox({ headers: { forwarded: "for=203.0.113.8" } })).statusCode).toBe(403);
    expect((await mailbox()).statusCode).toBe(200);
  });

  it("hides a password-reset link from everyone but admins and its signed-in recipient", async () => {
    expect((await requestReset(admin.email)).statusCode).toBe(200);
    await t.worker.drain();
    const resetMail = (items: { to: string; subject: string; text: string; linksHidden: boolean }[]) =>
      items.find((m) => m.to === admin.email && /Reset your Redress password/.test(m.subject));

    const local = resetMail((await mailbox()).json().items);
    expect(local?.text).not.toMatch(/reset-password/);
    expect(local?.text).toMatch(/link hidden/);
    expect(local?.linksHidden).toBe(true);
    const member = await t.signUp();
    const asMember = resetMail((await mailbox({ headers: { ...member.headers } })).json().items);
    expect(asMember?.text).not.toMatch(/reset-password/);

    const asAdmin = resetMail(
      (await mailbox({ remoteAddress: REMOTE, headers: { ...admin.headers } })).json().items,
    );
    expect(asAdmin?.text).toMatch(/\/api\/auth\/reset-password\/\S+/);
    expect(asAdmin?.linksHidden).toBe(false);
  });

  it("hides email-confirmation links too (they sign in), but not a guest's report receipt on this machine", async () => {
    const listing = await t.createListing();
    const filed = await t.app.inject({
      method: "POST",
      url: "/api/v1/reports",
      payload: listingReport(listing.url),
    });
    expect(filed.statusCode).toBe(201);
    await t.worker.drain();
    const items = (await mailbox()).json().items as { subject: string; text: string }[];
    expect(items.some((m) => /verify-email/.test(m.text))).toBe(false);
    expect(items.some((m) => /Confirm your email/.test(m.subject) && /link hidden/.test(m.text))).toBe(true);
    expect(items.some((m) => /We received your report/.test(m.subject) && /https?:\/\//.test(m.text))).toBe(
      true,
    );
  });

  it("is not there at all outside development mode", async () => {
    const sending = await buildTestApp(dialect, { devMailbox: false, smtpUrl: "smtp://127.0.0.1:9" });
    try {
      expect((await sending.app.inject({ method: "GET", url: "/api/v1/dev/mailbox" })).statusCode).toBe(404);
    } finally {
      await sending.close();
    }
  });

  it("cannot be on in production, and production without SMTP refuses to start", async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "redress-config-"));
    try {
      const production = loadConfig({ NODE_ENV: "production", DATA_DIR: dataDir });
      expect(production.devMailbox).toBe(false);
      expect(startupCheck(production).errors.join(" ")).toMatch(/set SMTP_URL/);
      await expect(start(production)).rejects.toThrow(/Redress cannot start[\s\S]*SMTP_URL/);
      const forced = loadConfig({ NODE_ENV: "production", DEV_MAILBOX: "1", DATA_DIR: dataDir });
      expect(startupCheck(forced).errors.join(" ")).toMatch(
        /DEV_MAILBOX cannot be on with NODE_ENV=production/,
      );
      const mailing = loadConfig({ NODE_ENV: "production", SMTP_URL: "smtp://mail:587", DATA_DIR: dataDir });
      expect(mailing.devMailbox).toBe(false);
      expect(startupCheck(mailing)).toEqual({ errors: [], warnings: [] });
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it("is on in development only by choice or by default without SMTP, and says so loudly", async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "redress-config-"));
    try {
      const dev = loadConfig({ DATA_DIR: dataDir });
      expect(dev.devMailbox).toBe(true);
      expect(startupCheck(dev).errors).toEqual([]);
      expect(startupCheck(dev).warnings.join(" ")).toMatch(/DEVELOPMENT MAILBOX IS ON/);
      const off = loadConfig({ DATA_DIR: dataDir, DEV_MAILBOX: "0" });
      expect(startupCheck(off).errors.join(" ")).toMatch(/No way to send mail/);
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe.each(dialects)("security: platform — sign-in, sign-up and reset limits (%s)", (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(dialect, { authAttemptsPerAccount: 3, authAttemptsPerAddress: 6 });
  });
  afterAll(() => t.close());

  const auth = (
    app: FastifyInstance,
    url: string,
    payload: object,
    remoteAddress = "198.51.100.1",
    more = {},
  ) =>
    app.inject({
      method: "POST",
      url,
      remoteAddress,
      headers: { origin: PUBLIC_URL, "content-type": "application/json", ...more },
      payload,
    });
  const signIn = (email: string, remoteAddress?: string, app = t.app) =>
    auth(app, "/api/auth/sign-in/email", { email, password: "wrong-password-1" }, remoteAddress);

  it("refuses the fourth sign-in to one account from any address with 429 and Retry-After, until the window ends", async () => {
    const user = await t.signUp();
    for (const address of ["198.51.100.1", "198.51.100.2", "198.51.100.3"])
      expect((await signIn(user.email, address)).statusCode).toBe(401);
    const refused = await signIn(user.email.toUpperCase(), "198.51.100.4");
    expect(refused.statusCode).toBe(429);
    expect(refused.json().error).toMatchObject({ code: "rate_limited" });
    expect(refused.json().error.message).toMatch(/Too many sign-in attempts.*try again/);
    expect(Number(refused.headers["retry-after"])).toBeGreaterThan(0);
    expect(Number(refused.headers["retry-after"])).toBeLessThanOrEqual(15 * 60);
    t.clock.advanceHours(0.3);
    expect((await signIn(user.email, "198.51.100.4")).statusCode).toBe(401);
  });

  it("refuses many attempts from one address, and X-Forwarded-For does not give a fresh one", async () => {
    const address = "198.51.100.50";
    for (let i = 0; i < 6; i++)
      expect(
        (
          await auth(
            t.app,
            "/api/auth/sign-in/email",
            { email: `nobody${i}@example.test`, password: "wrong-password-1" },
            address,
            { "x-forwarded-for": `10.0.0.${i}` },
          )
        ).statusCode,
      ).toBe(401);
    const refused = await auth(
      t.app,
      "/api/auth/sign-in/email",
      { email: "another@example.test", password: "x-x-x-x-x-x" },
      address,
      { "x-forwarded-for": "10.9.9.9" },
    );
    expect(refused.statusCode).toBe(429);
    expect(refused.headers["retry-after"]).toBeDefined();
  });

  it("limits sign-ups and password-reset requests per account too", async () => {
    const user = await t.signUp();
    const reset = (address: string) =>
      auth(t.app, "/api/auth/request-password-reset", { email: user.email, redirectTo: "/" }, address);
    for (const a of ["198.51.100.71", "198.51.100.72", "198.51.100.73"])
      expect((await reset(a)).statusCode).toBe(200);
    expect((await reset("198.51.100.74")).statusCode).toBe(429);
    const signUp = (address: string) =>
      auth(
        t.app,
        "/api/auth/sign-up/email",
        { name: "Sam", email: "sam-limit@example.test", password: "long-enough-pw" },
        address,
      );
    for (const a of ["198.51.100.81", "198.51.100.82", "198.51.100.83"])
      expect((await signUp(a)).statusCode).toBe(200);
    const refused = await signUp("198.51.100.84");
    expect(refused.statusCode).toBe(429);
    expect(refused.json().error.message).toMatch(/Too many sign-up attempts/);
  });

  it("holds the limit across two app instances on one database", async () => {
    const user = await t.signUp();
    const database = openDatabase(t.config.databaseUrl);
    const second = await buildApp({
      config: t.config,
      database,
      clock: t.clock,
      mailer: createMailer(t.config),
    });
    try {
      expect((await signIn(user.email, "198.51.100.91", t.app)).statusCode).toBe(401);
      expect((await signIn(user.email, "198.51.100.92", second.app)).statusCode).toBe(401);
      expect((await signIn(user.email, "198.51.100.93", t.app)).statusCode).toBe(401);
      expect((await signIn(user.email, "198.51.100.94", second.app)).statusCode).toBe(429);
    } finally {
      await second.app.close();
      await database.destroy();
    }
  });

  it("believes X-Forwarded-For only from a proxy named in TRUST_PROXY", async () => {
    const proxied = await buildTestApp(dialect, {
      authAttemptsPerAddress: 2,
      trustProxy: ["198.51.100.200"],
    });
    try {
      const via = (proxy: string, client: string, email: string) =>
        auth(proxied.app, "/api/auth/sign-in/email", { email, password: "wrong-password-1" }, proxy, {
          "x-forwarded-for": client,
        });
      for (let i = 0; i < 4; i++)
        expect((await via("198.51.100.200", `192.0.2.${i}`, `p${i}@example.test`)).statusCode).toBe(401);
      expect((await via("198.51.100.201", "192.0.2.10", "q1@example.test")).statusCode).toBe(401);
      expect((await via("198.51.100.201", "192.0.2.11", "q2@example.test")).statusCode).toBe(401);
      expect((await via("198.51.100.201", "192.0.2.12", "q3@example.test")).statusCode).toBe(429);
    } finally {
      await proxied.close();
    }
  });

  it("does not let X-Forwarded-For move the address of the per-address report limit", async () => {
    const limited = await buildTestApp(dialect, { reportsPerHour: 1 });
    try {
      const send = (i: number) =>
        limited.app.inject({
          method: "POST",
          url: "/api/v1/reports",
          remoteAddress: "198.51.100.120",
          headers: { "x-forwarded-for": `10.1.1.${i}` },
          payload: { type: "listing_violation" },
        });
      for (let i = 0; i < 5; i++) expect((await send(i)).statusCode).toBe(400);
      const refused = await send(99);
      expect(refused.statusCode).toBe(429);
      expect(refused.json().error.code).toBe("rate_limited");
    } finally {
      await limited.close();
    }
  });

  it("holds the per-address report limit across two app instances on one database", async () => {
    const limited = await buildTestApp(dialect, { reportsPerHour: 1 });
    const database = openDatabase(limited.config.databaseUrl);
    const second = await buildApp({
      config: limited.config,
      database,
      clock: limited.clock,
      mailer: createMailer(limited.config),
    });
    try {
      const send = (app: FastifyInstance) =>
        app.inject({
          method: "POST",
          url: "/api/v1/reports",
          remoteAddress: "198.51.100.130",
          payload: { type: "listing_violation" },
        });
      // Five attempts an hour per address (five times the reports per hour), whichever instance answers.
      for (const app of [limited.app, second.app, limited.app, second.app, limited.app])
        expect((await send(app)).statusCode).toBe(400);
      const refused = await send(second.app);
      expect(refused.statusCode).toBe(429);
      expect(refused.json()).toEqual({ error: { code: "rate_limited", message: expect.any(String) } });
      expect(refused.json().error.message).toMatch(/retry in/);
      expect(Number(refused.headers["retry-after"])).toBeGreaterThan(0);
      expect(Number(refused.headers["retry-after"])).toBeLessThanOrEqual(3600);
      expect((await send(limited.app)).statusCode).toBe(429);
      limited.clock.advanceHours(1);
      expect((await send(second.app)).statusCode).toBe(400);
    } finally {
      await second.app.close();
      await database.destroy();
      await limited.close();
    }
  });
});

describe.each(dialects)("security: platform — writes from other sites (%s)", (dialect) => {
  let t: TestApp;
  let member: TestUser;
  let mod: TestUser;
  const FOREIGN = "http://localhost:4000";
  beforeAll(async () => {
    t = await buildTestApp(dialect);
    member = await t.signUp();
    mod = await t.signUp("moderator", "Mo Mod", ["listing_compliance"]);
  });
  afterAll(() => t.close());

  const reportCount = async () =>
    Number(
      (
        await t.db
          .selectFrom("reports")
          .select((eb) => eb.fn.countAll().as("n"))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const badOrigins: [string, Record<string, string>][] = [
    ["another port of the same host", { origin: FOREIGN }],
    ["no Origin at all", {}],
    ["Origin: null", { origin: "null" }],
    ["a foreign Referer and no Origin", { referer: `${FOREIGN}/attack.html` }],
  ];

  it.each(badOrigins)(
    "refuses cookie writes from %s: JSON, multipart, text/plain and body-less, changing nothing",
    async (_name, origin) => {
      const listing = await t.createListing();
      const before = await reportCount();
      const { caseId } = await reportedListing(t);
      const claimBefore = await t.db
        .selectFrom("cases")
        .select("claimed_by")
        .where("id", "=", caseId)
        .executeTakeFirstOrThrow();
      const headers = { cookie: member.cookie, ...origin };
      const form = multipart(listingReport(listing.url));
      const attempts = [
        t.app.inject({
          method: "POST",
          url: "/api/v1/reports",
          headers,
          payload: listingReport(listing.url),
        }),
        t.app.inject({
          method: "POST",
          url: "/api/v1/reports",
          headers: { ...headers, ...form.headers },
          payload: form.payload,
        }),
        t.app.inject({
          method: "POST",
          url: "/api/v1/reports",
          headers: { ...headers, "content-type": "text/plain" },
          payload: JSON.stringify(listingReport(listing.url)),
        }),
        t.app.inject({
          method: "POST",
          url: `/api/v1/console/cases/${caseId}/claim`,
          headers: { cookie: mod.cookie, ...origin },
        }),
      ];
      for (const res of await Promise.all(attempts)) {
        expect(res.statusCode).toBe(403);
        expect(res.json().error.code).toBe("bad_origin");
      }
      expect(await reportCount()).toBe(before + 1);
      const claimAfter = await t.db
        .selectFrom("cases")
        .select("claimed_by")
        .where("id", "=", caseId)
        .executeTakeFirstOrThrow();
      expect(claimAfter).toEqual(claimBefore);
    },
  );

  it("lets the app's own pages write, by Origin or by Referer, on localhost and 127.0.0.1", async () => {
    const { caseId } = await reportedListing(t);
    const claim = (headers: Record<string, string>) =>
      t.app.inject({
        method: "POST",
        url: `/api/v1/console/cases/${caseId}/claim`,
        headers: { cookie: mod.cookie, ...headers },
      });
    expect((await claim({ origin: PUBLIC_URL })).statusCode).toBe(200);
    expect((await claim({ origin: "http://127.0.0.1:3000" })).statusCode).toBe(200);
    expect((await claim({ referer: `${PUBLIC_URL}/console/cases/${caseId}` })).statusCode).toBe(200);
    const listing = await t.createListing();
    const filed = await t.app.inject({
      method: "POST",
      url: "/api/v1/reports",
      headers: { ...member.headers },
      payload: listingReport(listing.url),
    });
    expect(filed.statusCode).toBe(201);
  });

  it("leaves requests without a cookie alone", async () => {
    const listing = await t.createListing();
    const guest = await t.app.inject({
      method: "POST",
      url: "/api/v1/reports",
      headers: { origin: FOREIGN },
      payload: listingReport(listing.url, { contactEmail: "guest2@example.test" }),
    });
    expect(guest.statusCode).toBe(201);
  });

  it("refuses sign-in and sign-out from another site on /api/auth too", async () => {
    const signIn = await t.app.inject({
      method: "POST",
      url: "/api/auth/sign-in/email",
      headers: { origin: FOREIGN, "content-type": "application/json" },
      payload: { email: member.email, password: "correct-horse-battery" },
    });
    expect(signIn.statusCode).toBe(403);
    expect(signIn.json().error.code).toBe("bad_origin");
    expect(signIn.headers["set-cookie"]).toBeUndefined();
    const signOut = await t.app.inject({
      method: "POST",
      url: "/api/auth/sign-out",
      headers: { cookie: member.cookie, origin: FOREIGN },
    });
    expect(signOut.statusCode).toBe(403);
    const noOrigin = await t.app.inject({
      method: "POST",
      url: "/api/auth/sign-out",
      headers: { cookie: member.cookie },
    });
    expect(noOrigin.statusCode).toBe(403);
    const session = await t.app.inject({
      method: "GET",
      url: "/api/auth/get-session",
      headers: { cookie: member.cookie },
    });
    expect(session.json()?.user?.id).toBe(member.id);
  });
});

describe.each(dialects)("security: platform — NUL characters (%s)", (dialect) => {
  let t: TestApp;
  let member: TestUser;
  beforeAll(async () => {
    t = await buildTestApp(dialect);
    member = await t.signUp();
  });
  afterAll(() => t.close());

  const nulField = (
    res: { statusCode: number; json: () => { error: { code: string; fields: Record<string, string> } } },
    field: string,
  ) => {
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe("invalid_input");
    expect(res.json().error.fields[field]).toMatch(/NUL/);
  };

  it("answers 400 naming the field for a NUL in a JSON body, nothing stored", async () => {
    const listing = await t.createListing();
    const res = await t.app.inject({
      method: "POST",
      url: "/api/v1/reports",
      headers: { ...member.headers },
      payload: listingReport(listing.url, {
        description: "A long enough description\u0000 with a NUL in it.",
      }),
    });
    nulField(res, "description");
    const deep = await t.app.inject({
      method: "POST",
      url: "/api/v1/reports",
      headers: { ...member.headers },
      payload: listingReport(listing.url, { targetUrls: [`${listing.url}\u0000`] }),
    });
    nulField(deep, "targetUrls.0");
    expect(await t.db.selectFrom("reports").select("id").execute()).toEqual([]);
  });

  it("walks a body nested 10,000 levels deep on any route without failing, and still finds a NUL in it", async () => {
    // Written as text: JSON.stringify itself would overflow on such an object.
    const nested = (leaf: string) => `${'{"d":'.repeat(10_000)}${leaf}${"}".repeat(10_000)}`;
    const send = (extra: string) =>
      t.app.inject({
        method: "POST",
        url: "/api/v1/console/macros",
        headers: { ...member.headers, "content-type": "application/json" },
        payload: `{"name":"A macro","decision":{"outcome":"no_action","reason":"not_violation"},"extra":${extra}}`,
      });
    const deep = nested('"plain"');
    const deepWithNul = nested('"bad\\u0000"');
    expect((await send(deep)).statusCode).toBe(403);
    const refused = await send(deepWithNul);
    expect(refused.statusCode).toBe(400);
    expect(Object.keys(refused.json().error.fields)[0]).toMatch(/^extra(\.d)+$/);
  });

  it("answers 400 for a NUL in a query value, a route parameter and a multipart text field", async () => {
    nulField(await t.app.inject({ method: "GET", url: "/api/v1/catalog/listings?cursor=%00" }), "cursor");
    nulField(await t.app.inject({ method: "GET", url: "/api/v1/catalog/listings/it-%00abc" }), "id");
    const listing = await t.createListing();
    const form = multipart(
      listingReport(listing.url, { description: "Evidence attached \u0000 here, long enough." }),
      [{ fileName: "a.pdf", contentType: "application/pdf", content: samples.pdf() }],
    );
    const res = await t.app.inject({
      method: "POST",
      url: "/api/v1/reports",
      headers: { ...member.headers, ...form.headers },
      payload: form.payload,
    });
    nulField(res, "report.description");
    const staging = path.join(t.config.dataDir, "staging");
    expect(fs.existsSync(staging) ? fs.readdirSync(staging) : []).toEqual([]);
  });

  it("answers 400 for a NUL in a sign-up field", async () => {
    const res = await t.app.inject({
      method: "POST",
      url: "/api/auth/sign-up/email",
      headers: { origin: PUBLIC_URL, "content-type": "application/json" },
      payload: { name: "Nul\u0000Name", email: "nul@example.test", password: "long-enough-pw" },
    });
    nulField(res, "name");
    expect(
      await t.db.selectFrom("user").select("id").where("email", "=", "nul@example.test").execute(),
    ).toEqual([]);
  });
});

describe.each(dialects)("security: platform — slow clients, logs and metrics (%s)", (dialect) => {
  it("cuts off an upload that trickles in, and leaves no staging file behind", async () => {
    const t = await buildTestApp(dialect, { requestTimeoutSeconds: 1, headersTimeoutSeconds: 1 });
    try {
      await t.app.listen({ port: 0, host: "127.0.0.1" });
      const { port } = t.app.server.address() as AddressInfo;
      const boundary = "----redresstrickle";
      const head =
        `POST /api/v1/reports HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: multipart/form-data; boundary=${boundary}\r\n` +
        `Content-Length: 1000000\r\n\r\n--${boundary}\r\nContent-Disposition: form-data; name="evidence"; filename="slow.pdf"\r\n` +
        `Content-Type: application/pdf\r\n\r\n%PDF-1.4\n`;
      const socket = net.connect(port, "127.0.0.1");
      const started = Date.now();
      const staging = path.join(t.config.dataDir, "staging");
      let sawStagingFile = false;
      const closed = new Promise<string>((resolve) => {
        let answer = "";
        socket.on("data", (chunk) => {
          answer += chunk.toString();
        });
        socket.on("close", () => resolve(answer));
        socket.on("error", () => undefined);
      });
      socket.write(head);
      const drip = setInterval(() => {
        if (fs.existsSync(staging) && fs.readdirSync(staging).length > 0) sawStagingFile = true;
        if (!socket.destroyed) socket.write("x");
      }, 200);
      const answer = await closed;
      clearInterval(drip);
      expect(Date.now() - started).toBeLessThan(8000);
      expect(answer === "" || /^HTTP\/1\.1 (408|400)/.test(answer)).toBe(true);
      expect(sawStagingFile).toBe(true);
      await new Promise((r) => setTimeout(r, 300));
      expect(fs.readdirSync(staging)).toEqual([]);
    } finally {
      await t.close();
    }
  }, 20_000);

  it("keeps guest tokens and reset tokens out of the request log", async () => {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk, _enc, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const t = await buildTestApp(dialect, {}, { logger: { level: "info", stream } });
    try {
      await t.app.inject({
        method: "GET",
        url: "/api/v1/reports/track?token=guest-secret-123&x=1",
        headers: { "x-report-token": "header-secret-456" },
      });
      await t.app.inject({ method: "GET", url: "/api/auth/reset-password/reset-secret-789?callbackURL=%2F" });
      const log = lines.join("");
      expect(log).toMatch(/token=\[redacted\]&x=1/);
      expect(log).toMatch(/reset-password\/\[redacted\]/);
      for (const secret of ["guest-secret-123", "header-secret-456", "reset-secret-789"])
        expect(log).not.toContain(secret);
    } finally {
      await t.close();
    }
  });

  it("serves /metrics only on this machine without METRICS_TOKEN", async () => {
    const t = await buildTestApp(dialect);
    try {
      expect(
        (await t.app.inject({ method: "GET", url: "/metrics", remoteAddress: "203.0.113.9" })).statusCode,
      ).toBe(401);
      const forwarded = await t.app.inject({
        method: "GET",
        url: "/metrics",
        remoteAddress: "203.0.113.9",
        headers: { "x-forwarded-for": "127.0.0.1" },
      });
      expect(forwarded.statusCode).toBe(401);
      const local = await t.app.inject({ method: "GET", url: "/metrics" });
      expect(local.statusCode).toBe(200);
      expect(local.body).toContain("redress_http_requests_total");
    } finally {
      await t.close();
    }
  });

  it("serves /metrics with METRICS_TOKEN only to its bearer, from anywhere", async () => {
    const t = await buildTestApp(dialect, { metricsToken: "metrics-secret" });
    try {
      const metrics = (authorization?: string, remoteAddress = "203.0.113.9") =>
        t.app.inject({
          method: "GET",
          url: "/metrics",
          remoteAddress,
          headers: authorization ? { authorization } : {},
        });
      expect((await metrics()).statusCode).toBe(401);
      expect((await metrics(undefined, "127.0.0.1")).statusCode).toBe(401);
      expect((await metrics("Bearer wrong")).statusCode).toBe(401);
      expect((await metrics("Bearer metrics-secret")).statusCode).toBe(200);
    } finally {
      await t.close();
    }
  });
});

describe.each(dialects)("security: platform — sign-up does not tell who has an account (%s)", (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(dialect);
  });
  afterAll(() => t.close());

  const signUp = (email: string, name: string, password: string) =>
    t.app.inject({
      method: "POST",
      url: "/api/auth/sign-up/email",
      headers: { origin: PUBLIC_URL, "content-type": "application/json" },
      payload: { name, email, password },
    });
  const shape = (res: {
    statusCode: number;
    json: () => { token: unknown; user: Record<string, unknown> };
    headers: Record<string, unknown>;
  }) => ({
    status: res.statusCode,
    userKeys: Object.keys(res.json().user),
    tokenType: typeof res.json().token,
    cookie: String([res.headers["set-cookie"]].flat()[0]).replace(/=[^;]*/, "=…"),
  });

  it("answers a sign-up for an existing email as for a new one, changes nothing and mails the owner", async () => {
    const fresh = await signUp("newcomer@example.test", "New Comer", "long-enough-pw");
    const existing = await t.signUp("member", "Olga Owner");
    const again = await signUp(existing.email.toUpperCase(), "Someone Else", "another-password");
    expect(shape(again)).toEqual(shape(fresh));
    expect(again.json().user.email).toBe(existing.email);
    const users = await t.db
      .selectFrom("user")
      .select(["name"])
      .where("email", "=", existing.email)
      .execute();
    expect(users).toEqual([{ name: "Olga Owner" }]);
    const oldPassword = await t.app.inject({
      method: "POST",
      url: "/api/auth/sign-in/email",
      headers: { origin: PUBLIC_URL, "content-type": "application/json" },
      payload: { email: existing.email, password: "correct-horse-battery" },
    });
    expect(oldPassword.statusCode).toBe(200);
    await t.worker.drain();
    const mails = (await t.app.inject({ method: "GET", url: "/api/v1/dev/mailbox" })).json().items as {
      to: string;
      subject: string;
    }[];
    expect(
      mails.some((m) => m.to === existing.email && /already have a Redress account/.test(m.subject)),
    ).toBe(true);
  });
});

// ── reports and cases: who reads what, duplicates, downloads, assignment ──
describe.each(dialects)("security: reports — only the reporter reads its report (%s)", (dialect) => {
  let t: TestApp;
  let mia: TestUser;
  let oscar: TestUser;
  beforeAll(async () => {
    t = await buildTestApp(dialect);
    mia = await t.signUp("moderator", "Mia Mod", ["listing_compliance"]);
    oscar = await t.signUp("moderator", "Oscar Other", ["fraud_security"]);
  });
  afterAll(() => t.close());

  const get = (url: string, user?: TestUser) =>
    t.app.inject({ method: "GET", url, headers: user ? { ...user.headers } : {} });

  /** A guest's report with one evidence file, and the moderators' view of its case. */
  async function guestReportWithEvidence(email: string, fileName = "invoice.pdf") {
    const seller = await t.signUp("member", "Sally Seller");
    const store = await t.createStore({ sellerUserId: seller.id });
    const listing = await t.createListing(store.id, "Painkillers");
    const body = multipart(listingReport(listing.url, { contactEmail: email }), [
      { fileName, contentType: "application/pdf", content: samples.pdf() },
    ]);
    const res = await t.app.inject({ method: "POST", url: "/api/v1/reports", ...body });
    expect(res.statusCode).toBe(201);
    const created = res.json();
    const token = new URL(created.trackingUrl).searchParams.get("token")!;
    const mine = (await get(`/api/v1/reports/${created.id}?token=${token}`)).json();
    return { created, token, evidenceId: mine.evidence[0].id as string, caseId: created.caseId as string };
  }

  it("answers 404 to staff of any department on the reporter's pages, its evidence and its answer", async () => {
    const { created, evidenceId, caseId } = await guestReportWithEvidence("quiet@example.test");
    const reportUrl = `/api/v1/reports/${created.id}`;
    for (const staff of [mia, oscar]) {
      const read = await get(reportUrl, staff);
      expect(read.statusCode).toBe(404);
      expect(read.body).not.toContain("quiet@example.test");
      expect((await get(`${reportUrl}/evidence/${evidenceId}`, staff)).statusCode).toBe(404);
      expect((await get(`${reportUrl}/appeals`, staff)).statusCode).toBe(404);
    }
    await t.app.inject({
      method: "POST",
      url: `/api/v1/console/cases/${caseId}/request-info`,
      headers: { ...mia.headers },
      payload: { message: "Please send the page where the seller asked for payment.", days: 5 },
    });
    const waiting = await t.db
      .selectFrom("cases")
      .selectAll()
      .where("id", "=", caseId)
      .executeTakeFirstOrThrow();
    t.clock.advanceHours(3);
    for (const staff of [mia, oscar]) {
      const answer = await t.app.inject({
        method: "POST",
        url: `${reportUrl}/info`,
        headers: { ...staff.headers },
        payload: { message: "Answering in the reporter's place." },
      });
      expect(answer.statusCode).toBe(404);
    }
    const after = await t.db
      .selectFrom("cases")
      .selectAll()
      .where("id", "=", caseId)
      .executeTakeFirstOrThrow();
    expect([after.status, after.sla_due_at, after.sla_paused_at]).toEqual([
      "needs_info",
      waiting.sla_due_at,
      waiting.sla_paused_at,
    ]);
    const report = await t.db
      .selectFrom("reports")
      .select("status")
      .where("id", "=", created.id)
      .executeTakeFirst();
    expect(report?.status).toBe("needs_info");
  });

  it("serves the report and its evidence in the console to its department only", async () => {
    const { evidenceId, caseId, created } = await guestReportWithEvidence("console@example.test");
    const page = await get(`/api/v1/console/cases/${caseId}`, mia);
    expect(page.statusCode).toBe(200);
    const url = page.json().reports[0].evidence[0].url as string;
    expect(url).toBe(`/api/v1/console/reports/${created.id}/evidence/${evidenceId}`);
    const download = await get(url, mia);
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(samples.pdf())).toBe(true);
    expect((await get(`${url}?inline=1`, mia)).headers["content-disposition"]).toMatch(/^inline;/);
    expect((await get(`/api/v1/console/cases/${caseId}`, oscar)).statusCode).toBe(403);
    expect((await get(url, oscar)).statusCode).toBe(403);
    expect((await get(`/api/v1/console/reports/${created.id}/evidence/nope`, mia)).statusCode).toBe(404);
    expect((await get(`/api/v1/console/reports/nope/evidence/${evidenceId}`, mia)).statusCode).toBe(404);
    expect((await get(url)).statusCode).toBe(401);
  });

  it("downloads evidence named in Cyrillic and Chinese, the name intact in filename*", async () => {
    const name = "отчёт 报告.pdf";
    const { created, token, evidenceId } = await guestReportWithEvidence("cyrillic@example.test", name);
    for (const [url, user] of [
      [`/api/v1/reports/${created.id}/evidence/${evidenceId}?token=${token}`, undefined],
      [`/api/v1/console/reports/${created.id}/evidence/${evidenceId}`, mia],
    ] as const) {
      const res = await get(url, user);
      expect(res.statusCode).toBe(200);
      const disposition = String(res.headers["content-disposition"]);
      expect(disposition).toMatch(/^attachment; filename="[\x20-\x7e]+"; filename\*=UTF-8''/);
      expect(decodeURIComponent(disposition.split("filename*=UTF-8''")[1]!)).toBe(name);
      expect(res.rawPayload.equals(samples.pdf())).toBe(true);
    }
  });

  it("lets a senior moderator assign a case only to staff of its department", async () => {
    const senior = await t.signUp("senior_moderator", "Sam Senior", ["listing_compliance"]);
    const admin = await t.signUp("admin", "Ada Admin");
    const buyer = await t.signUp("member", "Bea Buyer");
    const { caseId } = await reportedListing(t, "assign@example.test");
    const assign = (assigneeId: string) =>
      t.app.inject({
        method: "POST",
        url: `/api/v1/console/cases/${caseId}/assign`,
        headers: { ...senior.headers },
        payload: { assigneeId },
      });
    for (const wrong of [buyer.id, "no-such-user", oscar.id]) {
      const res = await assign(wrong);
      expect(res.statusCode, wrong).toBe(400);
      expect(res.json().error.fields.assigneeId).toBeTruthy();
    }
    const row = await t.db
      .selectFrom("cases")
      .select("claimed_by")
      .where("id", "=", caseId)
      .executeTakeFirst();
    expect(row?.claimed_by).toBeNull();
    expect((await assign(admin.id)).statusCode).toBe(200);
    const toMia = await assign(mia.id);
    expect(toMia.statusCode).toBe(200);
    const claimed = await t.db
      .selectFrom("cases")
      .select("claimed_by")
      .where("id", "=", caseId)
      .executeTakeFirst();
    expect(claimed?.claimed_by).toBe(mia.id);
  });
});

describe.each(dialects)("security: reports — duplicates and limits tell nothing (%s)", (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(dialect, { reportsPerHour: 3 });
  });
  afterAll(() => t.close());

  const file = (payload: Record<string, unknown>, headers: Record<string, string> = {}) =>
    t.app.inject({ method: "POST", url: "/api/v1/reports", payload, headers });
  const mailsTo = async (to: string) => {
    await t.worker.drain();
    return (await readDevMailbox(t.config.dataDir, 500)).filter((m) => m.to === to);
  };
  const privateLink = (text: string, reportId: string) =>
    new RegExp(`http://localhost:3000/track/${reportId}\\?token=([\\w-]+)`).exec(text)?.[1];

  it("answers a guest's duplicate like a fresh report, and tells only the first report's mailbox", async () => {
    const listing = await t.createListing();
    const first = await file(listingReport(listing.url, { contactEmail: "anna.b@gmail.com" }));
    expect(first.statusCode).toBe(201);
    // The seller tries the suspect's address (in another spelling) on its own listing, and a fresh one.
    const probe = await file(listingReport(listing.url, { contactEmail: "Anna.B+probe@gmail.com" }));
    const fresh = await file(listingReport(listing.url, { contactEmail: "nobody-else@example.test" }));
    expect(probe.statusCode).toBe(fresh.statusCode);
    expect(Object.keys(probe.json()).sort()).toEqual(Object.keys(fresh.json()).sort());
    const { id, reference, createdAt, trackingUrl, ...rest } = probe.json();
    const { id: _i, reference: _r, createdAt: _c, trackingUrl: _t, ...freshRest } = fresh.json();
    expect(rest).toEqual(freshRest);
    expect(probe.body).not.toContain(first.json().reference);
    expect(reference).not.toBe(first.json().reference);
    // Its link shows a report just received, like any other.
    const probeToken = new URL(trackingUrl).searchParams.get("token");
    const seen = await t.app.inject({ method: "GET", url: `/api/v1/reports/${id}?token=${probeToken}` });
    expect(seen.statusCode).toBe(200);
    expect(seen.json().status).toBe("submitted");
    expect(seen.body).not.toContain(first.json().reference);

    const mails = await mailsTo("anna.b@gmail.com");
    const notice = mails.find((m) => m.subject.includes("already reported"));
    expect(notice?.text).toContain(first.json().reference);
    expect(notice?.text).toContain(reference);
    const token = privateLink(notice!.text, first.json().id);
    const opened = await t.app.inject({
      method: "GET",
      url: `/api/v1/reports/${first.json().id}?token=${token}`,
    });
    expect(opened.statusCode).toBe(200);
    expect(opened.json().reference).toBe(first.json().reference);
    expect(await mailsTo("anna.b+probe@gmail.com")).toEqual([]);
    // Kept, closed as a duplicate, and not counted on the case.
    const row = await t.db
      .selectFrom("reports")
      .select(["status", "reporter_key"])
      .where("id", "=", id)
      .executeTakeFirst();
    expect(row).toEqual({ status: "closed", reporter_key: "email:annab@gmail.com" });
    const kase = await t.db
      .selectFrom("cases")
      .select("reporter_count")
      .where("id", "=", first.json().caseId)
      .executeTakeFirst();
    expect(kase?.reporter_count).toBe(2);
  });

  it("counts one mailbox once against the hourly limit, however its address is spelt", async () => {
    const spellings = ["limit.me@gmail.com", "limitme+1@gmail.com", "LimitMe+2@googlemail.com"];
    for (const email of spellings) {
      const listing = await t.createListing();
      expect((await file(listingReport(listing.url, { contactEmail: email }))).statusCode).toBe(201);
    }
    const listing = await t.createListing();
    const fourth = await file(listingReport(listing.url, { contactEmail: "limitme+again@gmail.com" }));
    expect(fourth.statusCode).toBe(429);
  });

  it("answers 400 or ignores a 10,000-deep ignored field, never 500", async () => {
    // Written out by hand: JSON.stringify itself cannot go this deep.
    const deep = `${'{"a":'.repeat(10_000)}{}${"}".repeat(10_000)}`;
    const listing = await t.createListing();
    const body = JSON.stringify({
      ...listingReport(listing.url, { contactEmail: "deep@example.test" }),
      extra: "X",
    });
    const payload = body.replace('"extra":"X"', `"extra":${deep}`);
    const res = await t.app.inject({
      method: "POST",
      url: "/api/v1/reports",
      headers: { "content-type": "application/json", "idempotency-key": "deep-1" },
      payload,
    });
    expect([201, 400]).toContain(res.statusCode);
    const inDetails = await t.app.inject({
      method: "POST",
      url: "/api/v1/reports",
      headers: { "content-type": "application/json" },
      payload: payload.replace('"details":{', `"details":{"deep":${deep},`),
    });
    expect([201, 400]).toContain(inDetails.statusCode);
  });

  it("keeps a member's 409 with the link to its first report, and warns the form of it; guests get 401", async () => {
    const member = await t.signUp();
    const listing = await t.createListing();
    const check = (user?: TestUser, link = listing.url) =>
      t.app.inject({
        method: "GET",
        url: `/api/v1/me/duplicate-report?type=listing_violation&link=${encodeURIComponent(link)}`,
        headers: user ? { ...user.headers } : {},
      });
    expect((await check()).statusCode).toBe(401);
    expect((await check(member)).json()).toEqual({ duplicate: null });
    const first = await file(listingReport(listing.url, { contactEmail: undefined }), { ...member.headers });
    const again = await file(listingReport(listing.url, { contactEmail: undefined }), { ...member.headers });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.existing.reference).toBe(first.json().reference);
    expect((await check(member)).json()).toEqual({ duplicate: again.json().error.existing });
    expect((await check(await t.signUp())).json()).toEqual({ duplicate: null });
    const bad = await check(member, "not a link");
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields.link).toBeTruthy();
  });

  it("mails a lost link only to the address the report was filed with, answering alike", async () => {
    const listing = await t.createListing();
    const report = (await file(listingReport(listing.url, { contactEmail: "lost@example.test" }))).json();
    await mailsTo("lost@example.test");
    const ask = (reference: string, email: string) =>
      t.app.inject({ method: "POST", url: "/api/v1/reports/find-link", payload: { reference, email } });
    const answers = [
      await ask(report.reference, "lost@example.test"),
      await ask(report.reference, "someone@example.test"),
      await ask("R-00000000", "lost@example.test"),
    ];
    for (const a of answers) {
      expect(a.statusCode).toBe(202);
      expect(a.body).toBe(answers[0]!.body);
    }
    expect(await mailsTo("someone@example.test")).toEqual([]);
    const linkMails = (await mailsTo("lost@example.test")).filter((m) =>
      m.subject.includes("link to your report"),
    );
    expect(linkMails).toHaveLength(1);
    const token = privateLink(linkMails[0]!.text, report.id);
    const opened = await t.app.inject({ method: "GET", url: `/api/v1/reports/${report.id}?token=${token}` });
    expect(opened.statusCode).toBe(200);
    for (let i = 0; i < 5; i++)
      expect((await ask(report.reference.toLowerCase(), "LOST@example.test")).statusCode).toBe(202);
    expect(
      (await mailsTo("lost@example.test")).filter((m) => m.subject.includes("link to your report")),
    ).toHaveLength(3);
  });
});

describe.each(dialects)("security: reports — a guest's mails carry its private link (%s)", (dialect) => {
  let t: TestApp;
  let mia: TestUser;
  let sam: TestUser;
  beforeAll(async () => {
    t = await buildTestApp(dialect);
    mia = await t.signUp("moderator", "Mia Mod", ["listing_compliance", "fraud_security"]);
    sam = await t.signUp("senior_moderator", "Sam Senior", ["listing_compliance", "fraud_security"]);
  });
  afterAll(() => t.close());

  const as = (user: TestUser) => ({ ...user.headers });
  const drainMails = async (to: string) => {
    await t.worker.drain();
    return (await readDevMailbox(t.config.dataDir, 500)).filter((m) => m.to === to);
  };
  const tokenIn = (text: string, reportId: string) =>
    new RegExp(`http://localhost:3000/track/${reportId}\\?token=([\\w-]+)`).exec(text)?.[1];
  const seen = async (caseId: string, user = mia) =>
    (await t.app.inject({ method: "GET", url: `/api/v1/console/cases/${caseId}`, headers: as(user) })).json()
      .eventCount as number;

  it("links every mail to the guest to a private page that opens, and takes its answer and appeal", async () => {
    const email = "guest.mails@example.test";
    const { report, caseId } = await reportedListing(t, email);
    const post = (url: string, payload: unknown, user = mia) =>
      t.app.inject({ method: "POST", url, headers: as(user), payload: payload as Record<string, unknown> });
    await post(`/api/v1/console/cases/${caseId}/request-info`, {
      message: "Which page asked for payment?",
      days: 5,
    });
    let mails = await drainMails(email);
    const infoMail = mails.find((m) => m.subject.includes("more information"))!;
    const infoToken = tokenIn(infoMail.text, report.id)!;
    const answer = await t.app.inject({
      method: "POST",
      url: `/api/v1/reports/${report.id}/info`,
      headers: { "x-report-token": infoToken },
      payload: { message: "The checkout page asked for a bank transfer." },
    });
    expect(answer.statusCode).toBe(204);
    const moved = await post(`/api/v1/console/cases/${caseId}/reroute`, { department: "fraud_security" });
    expect(moved.statusCode).toBe(200);
    const decided = await post(`/api/v1/console/cases/${moved.json().caseId}/decision`, {
      outcome: "no_action",
      reason: "not_violation",
      seenEventCount: await seen(moved.json().caseId),
    });
    expect(decided.statusCode).toBe(200);
    mails = await drainMails(email);
    const decisionMail = mails.find((m) => m.subject.startsWith("Decision on your report"))!;
    const appeal = await t.app.inject({
      method: "POST",
      url: `/api/v1/reports/${report.id}/appeal?token=${tokenIn(decisionMail.text, report.id)}`,
      payload: { statement: "The listing clearly sells prescription drugs, see the photos." },
    });
    expect(appeal.statusCode).toBe(201);
    const review = await post(
      `/api/v1/console/appeals/${appeal.json().id}/decision`,
      { outcome: "upheld", reason: "The listing shows no prescription medicine." },
      sam,
    );
    expect(review.statusCode).toBe(200);
    mails = await drainMails(email);
    const subjects = [
      "We received your report",
      "more information",
      "moved to the right team",
      "Decision on your report",
      "We received your appeal",
      "Your appeal was not successful",
    ];
    for (const subject of subjects) {
      const mail = mails.find((m) => m.subject.includes(subject));
      expect(mail, subject).toBeDefined();
      const token = tokenIn(mail!.text, report.id);
      expect(token, subject).toBeTruthy();
      expect(mail!.html).toContain(`/track/${report.id}?token=${token}`);
      const opened = await t.app.inject({
        method: "GET",
        url: `/api/v1/reports/${report.id}?token=${token}`,
      });
      expect(opened.statusCode, subject).toBe(200);
      expect(mail!.text).not.toContain("/my/reports");
    }
    const outbox = await t.db.selectFrom("outbox").select("payload_json").execute();
    for (const token of mails.map((m) => tokenIn(m.text, report.id)).filter(Boolean))
      expect(outbox.some((o) => o.payload_json.includes(token!))).toBe(false);
  });
});

// ── decisions and statements ──
describe.each(dialects)("security: decisions — a report's links and their appeals (%s)", (dialect) => {
  let t: TestApp;
  let mod: TestUser;
  beforeAll(async () => {
    t = await buildTestApp(dialect);
    mod = await t.signUp("moderator", "Mia Mod", ["listing_compliance"]);
  });
  afterAll(() => t.close());

  const decideNoAction = async (caseId: string) => {
    const seen = (
      await t.app.inject({
        method: "GET",
        url: `/api/v1/console/cases/${caseId}`,
        headers: { ...mod.headers },
      })
    ).json();
    const res = await t.app.inject({
      method: "POST",
      url: `/api/v1/console/cases/${caseId}/decision`,
      headers: { ...mod.headers },
      payload: { outcome: "no_action", seenEventCount: seen.eventCount, reason: "not_violation" },
    });
    expect(res.statusCode).toBe(200);
  };

  it("shows a report's links and appeals to its reporter only", async () => {
    const { caseId, report, seller } = await reportedListing(t, "links-reporter@example.test");
    await decideNoAction(caseId);
    const token = new URL(report.trackingUrl).searchParams.get("token");
    const url = `/api/v1/reports/${report.id}/appeals`;
    expect((await t.app.inject({ method: "GET", url: `${url}?token=${token}` })).statusCode).toBe(200);
    expect((await t.app.inject({ method: "GET", url })).statusCode).toBe(404);
    expect((await t.app.inject({ method: "GET", url: `${url}?token=not-the-token` })).statusCode).toBe(404);
    const stranger = await t.signUp();
    for (const user of [stranger, seller, mod]) {
      const res = await t.app.inject({ method: "GET", url, headers: { ...user.headers } });
      expect(res.statusCode).toBe(404);
    }
  });

  it("refuses an appeal that names another report's link, storing nothing", async () => {
    const mine = await reportedListing(t, "mine@example.test");
    const theirs = await reportedListing(t, "theirs@example.test");
    await decideNoAction(mine.caseId);
    await decideNoAction(theirs.caseId);
    const token = new URL(mine.report.trackingUrl).searchParams.get("token");
    const res = await t.app.inject({
      method: "POST",
      url: `/api/v1/reports/${mine.report.id}/appeal?token=${token}`,
      payload: { statement: "The decision on this other link is wrong too.", caseId: theirs.caseId },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toHaveProperty("caseId");
    const appeals = await t.db.selectFrom("appeals").select("id").execute();
    expect(appeals).toEqual([]);
  });
});

// ── admin: staff and trusted flaggers ──
describe.each(dialects)("security: admin — staff and trusted-flagger histories (%s)", (dialect) => {
  let t: TestApp;
  let admin: TestUser;
  let senior: TestUser;
  let member: TestUser;
  beforeAll(async () => {
    t = await buildTestApp(dialect);
    admin = await t.signUp("admin", "Ada Admin");
    senior = await t.signUp("senior_moderator", "Sam Senior", ["listing_compliance"]);
    member = await t.signUp("member", "Consumer Watch");
    await t.app.inject({
      method: "PUT",
      url: "/api/v1/admin/trusted-flaggers",
      headers: { ...admin.headers },
      payload: { email: member.email, organisation: "Consumer Watch" },
    });
  });
  afterAll(() => t.close());

  const histories = (userId: string) => [
    `/api/v1/admin/staff/${userId}/history`,
    `/api/v1/admin/trusted-flaggers/${userId}/history`,
  ];

  it("answers 401 to guests and 403 to everyone but admins, even about themselves", async () => {
    for (const url of histories(member.id)) {
      expect((await t.app.inject({ method: "GET", url })).statusCode, url).toBe(401);
      for (const user of [member, senior]) {
        const res = await t.app.inject({ method: "GET", url, headers: { ...user.headers } });
        expect(res.statusCode, url).toBe(403);
        expect(res.body).not.toContain("Consumer Watch");
      }
    }
    const own = await t.app.inject({
      method: "GET",
      url: `/api/v1/admin/trusted-flaggers/${member.id}/history`,
      headers: { ...admin.headers },
    });
    expect(own.json().items.map((c: { type: string }) => c.type)).toEqual(["trusted_flagger.designated"]);
  });

  it("answers an admin asking about an unknown account with an empty history", async () => {
    for (const url of histories("no-such-account")) {
      const res = await t.app.inject({ method: "GET", url, headers: { ...admin.headers } });
      expect(res.statusCode, url).toBe(200);
      expect(res.json(), url).toEqual({ items: [] });
    }
  });
});

// ── catalog: what a pasted link resolves to ──
describe.each(dialects)("security: catalog — the link resolver (%s)", (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(dialect);
  });
  afterAll(() => t.close());

  it("shows what the shop shows, nothing of the seller's account", async () => {
    const seller = await t.signUp("member", "Private Seller Name");
    const store = await t.createStore({ sellerUserId: seller.id, name: "Public store name" });
    const listing = await t.createListing(store.id);
    for (const url of [listing.url, store.url]) {
      const res = await t.app.inject({
        method: "GET",
        url: `/api/v1/catalog/resolve?url=${encodeURIComponent(url)}`,
      });
      expect(res.statusCode).toBe(200);
      expect(res.body).not.toContain(seller.id);
      expect(res.body).not.toContain(seller.email);
      expect(res.body).not.toContain("Private Seller Name");
      expect(res.body).not.toMatch(/seller_?user/i);
    }
  });

  it("never goes to the address it is given: another host is refused at once", async () => {
    const res = await t.app.inject({
      method: "GET",
      url: `/api/v1/catalog/resolve?url=${encodeURIComponent("http://169.254.169.254/latest/meta-data/")}`,
    });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe("target_foreign_site");
  });
});

// ── disputes ──
describe.each(dialects)("security: disputes — only the buyer and the seller of an order (%s)", (dialect) => {
  let t: TestApp;
  let buyer: TestUser;
  let seller: TestUser;
  let order: Awaited<ReturnType<typeof createOrder>>;
  let disputeId: string;
  beforeAll(async () => {
    t = await buildTestApp(dialect);
    buyer = await t.signUp("member", "Order Buyer");
    seller = await t.signUp("member", "Order Seller");
    order = await createOrder(t, buyer, seller);
    const opened = await t.app.inject({
      method: "POST",
      url: "/api/v1/disputes",
      headers: { ...buyer.headers },
      payload: disputeBody(order.id, order.itemIds[0]!),
    });
    expect(opened.statusCode).toBe(201);
    disputeId = opened.json().id;
  });
  afterAll(() => t.close());

  const routes = () => [
    { method: "GET" as const, url: "/api/v1/me/orders" },
    { method: "GET" as const, url: `/api/v1/me/orders/${order.id}` },
    { method: "GET" as const, url: "/api/v1/me/disputes?role=seller" },
    { method: "POST" as const, url: "/api/v1/disputes", payload: disputeBody(order.id, order.itemIds[1]!) },
    { method: "GET" as const, url: `/api/v1/disputes/${disputeId}` },
    { method: "GET" as const, url: `/api/v1/disputes/${disputeId}/files/any-file` },
    { method: "POST" as const, url: `/api/v1/disputes/${disputeId}/proposals`, payload: { kind: "refund" } },
    { method: "POST" as const, url: `/api/v1/disputes/${disputeId}/messages`, payload: { text: "Hello" } },
    { method: "POST" as const, url: `/api/v1/disputes/${disputeId}/evidence`, payload: { message: "Here" } },
    {
      method: "POST" as const,
      url: `/api/v1/disputes/${disputeId}/return-shipment`,
      payload: { carrier: "DHL", trackingNumber: "JD0001" },
    },
    {
      method: "POST" as const,
      url: `/api/v1/disputes/${disputeId}/appeal`,
      payload: { reason: "The ruling overlooked the photos I sent." },
    },
    ...["accept", "escalate", "withdraw", "reopen", "return-received"].map((step) => ({
      method: "POST" as const,
      url: `/api/v1/disputes/${disputeId}/${step}`,
      payload: {},
    })),
  ];

  it("answers 401 to an anonymous visitor on every dispute route", async () => {
    for (const route of routes()) {
      const res = await t.app.inject(route);
      expect(res.statusCode, `${route.method} ${route.url}`).toBe(401);
    }
  });

  it("answers 404 to another member, another seller and staff on someone else's order and dispute", async () => {
    const otherSeller = await t.signUp("member", "Another Seller");
    await createOrder(t, buyer, otherSeller);
    const strangers = [
      await t.signUp("member", "Curious Member"),
      otherSeller,
      await t.signUp("moderator", "Dispute Mediator", ["disputes"]),
      await t.signUp("admin", "Any Admin"),
    ];
    for (const stranger of strangers) {
      for (const route of routes().filter((r) => r.url.includes(disputeId) || r.url.includes(order.id))) {
        const res = await t.app.inject({ ...route, headers: { ...stranger.headers } });
        expect(res.statusCode, `${stranger.email} ${route.method} ${route.url}`).toBe(404);
      }
      const mine = await t.app.inject({
        method: "GET",
        url: "/api/v1/me/orders",
        headers: { ...stranger.headers },
      });
      expect(mine.json().items.map((o: { id: string }) => o.id)).not.toContain(order.id);
      const theirs = await t.app.inject({
        method: "GET",
        url: "/api/v1/me/disputes?role=seller",
        headers: { ...stranger.headers },
      });
      expect(theirs.json().items).toEqual([]);
    }
  });

  it("keeps the mediators' console to the Disputes department: 401 to guests, 403 to members and other departments", async () => {
    const consoleRoutes = [
      { method: "GET" as const, url: "/api/v1/console/disputes" },
      { method: "GET" as const, url: `/api/v1/console/disputes/${disputeId}` },
      { method: "GET" as const, url: `/api/v1/console/disputes/${disputeId}/files/any-file` },
      {
        method: "POST" as const,
        url: `/api/v1/console/disputes/${disputeId}/request-evidence`,
        payload: { from: "seller", message: "Send the invoice, please.", days: 2 },
      },
      {
        method: "POST" as const,
        url: `/api/v1/console/disputes/${disputeId}/ruling`,
        payload: { outcome: "rejected", reasons: "x".repeat(40), evidenceConsidered: ["a"] },
      },
    ];
    const ipModerator = await t.signUp("moderator", "IP Moderator", ["ip_protection"]);
    for (const route of consoleRoutes) {
      expect((await t.app.inject(route)).statusCode, route.url).toBe(401);
      for (const user of [buyer, seller, ipModerator]) {
        const res = await t.app.inject({ ...route, headers: { ...user.headers } });
        expect(res.statusCode, `${user.email} ${route.url}`).toBe(403);
      }
    }
  });

  it("does not let the seller open a dispute on its own buyer's order", async () => {
    const res = await t.app.inject({
      method: "POST",
      url: "/api/v1/disputes",
      headers: { ...seller.headers },
      payload: disputeBody(order.id, order.itemIds[1]!),
    });
    expect(res.statusCode).toBe(404);
  });

  it("shows the seller the dispute on its store, never the buyer's other orders", async () => {
    expect(
      (
        await t.app.inject({
          method: "GET",
          url: `/api/v1/disputes/${disputeId}`,
          headers: { ...seller.headers },
        })
      ).json().role,
    ).toBe("seller");
    const orders = await t.app.inject({
      method: "GET",
      url: `/api/v1/me/orders/${order.id}`,
      headers: { ...seller.headers },
    });
    expect(orders.statusCode).toBe(404);
  });
});

// ── feedback ──
describe.each(dialects)(
  "security: feedback — the buyer rates its order, the store's seller replies (%s)",
  (dialect) => {
    let t: TestApp;
    let buyer: TestUser;
    let seller: TestUser;
    let order: Awaited<ReturnType<typeof createOrder>>;
    let feedbackId: string;
    const rating = (itemId: string) => ({
      items: [{ orderItemId: itemId, stars: 4 }],
      store: { asDescribed: 4, communication: 4, shippingSpeed: 4 },
    });
    beforeAll(async () => {
      t = await buildTestApp(dialect);
      buyer = await t.signUp("member", "Rating Buyer");
      seller = await t.signUp("member", "Rated Seller");
      order = await createOrder(t, buyer, seller);
      // The seller's feedback on the buyer first: the rating is shown (double-blind) as it is given.
      const onBuyer = await t.app.inject({
        method: "POST",
        url: `/api/v1/orders/${order.id}/buyer-feedback`,
        headers: { ...seller.headers },
        payload: { experience: "positive" },
      });
      expect(onBuyer.statusCode, onBuyer.body).toBe(201);
      const rated = await t.app.inject({
        method: "POST",
        url: `/api/v1/me/orders/${order.id}/feedback`,
        headers: { ...buyer.headers },
        payload: rating(order.itemIds[0]!),
      });
      expect(rated.statusCode, rated.body).toBe(201);
      feedbackId = rated.json().items[0].id;
    });
    afterAll(() => t.close());

    const routes = () => [
      { method: "GET" as const, url: `/api/v1/me/orders/${order.id}/feedback` },
      {
        method: "POST" as const,
        url: `/api/v1/me/orders/${order.id}/feedback`,
        payload: rating(order.itemIds[1]!),
      },
      { method: "PATCH" as const, url: `/api/v1/feedback/${feedbackId}`, payload: { stars: 1 } },
      { method: "POST" as const, url: `/api/v1/feedback/${feedbackId}/reply`, payload: { text: "Thanks." } },
      { method: "GET" as const, url: `/api/v1/stores/${order.storeId}/orders-to-rate` },
      {
        method: "POST" as const,
        url: `/api/v1/orders/${order.id}/buyer-feedback`,
        payload: { experience: "negative" },
      },
      {
        method: "POST" as const,
        url: `/api/v1/feedback/${feedbackId}/abuse-reports`,
        payload: { reason: "insulting" },
      },
    ];

    it("answers 401 to an anonymous visitor on every route that writes or reads one's own ratings", async () => {
      for (const route of routes()) {
        const res = await t.app.inject(route);
        expect(res.statusCode, `${route.method} ${route.url}`).toBe(401);
      }
    });

    it("keeps other people, the seller and staff from rating, reading or editing the buyer's ratings", async () => {
      const strangers = [
        seller,
        await t.signUp("member", "Curious Member"),
        await t.signUp("moderator", "Any Moderator", ["marketplace_integrity"]),
        await t.signUp("admin", "Any Admin"),
      ];
      for (const stranger of strangers) {
        const [read, rate, edit] = routes();
        const headers = { ...stranger.headers };
        expect((await t.app.inject({ ...read!, headers })).statusCode, stranger.email).toBe(404);
        // Never a party to the order: 403, as the rules say.
        expect((await t.app.inject({ ...rate!, headers })).statusCode, stranger.email).toBe(403);
        expect((await t.app.inject({ ...edit!, headers })).statusCode, stranger.email).toBe(404);
      }
    });

    it("lets only the store's seller reply: the buyer, other sellers and staff get 403", async () => {
      const otherSeller = await t.signUp("member", "Another Seller");
      await createOrder(t, buyer, otherSeller);
      for (const user of [buyer, otherSeller, await t.signUp("admin", "Replying Admin")]) {
        const res = await t.app.inject({ ...routes()[3]!, headers: { ...user.headers } });
        expect(res.statusCode, user.email).toBe(403);
      }
    });

    it("lets only the store's seller list its orders to rate and give feedback on their buyers", async () => {
      const [, , , , toRate, onBuyer] = routes();
      const otherSeller = await t.signUp("member", "Third Seller");
      await createOrder(t, buyer, otherSeller);
      const outsiders = [buyer, otherSeller, await t.signUp("admin", "Rating Admin")];
      for (const user of outsiders) {
        const headers = { ...user.headers };
        expect((await t.app.inject({ ...toRate!, headers })).statusCode, user.email).toBe(403);
        expect((await t.app.inject({ ...onBuyer!, headers })).statusCode, user.email).toBe(403);
      }
    });

    it("keeps an abuse report of a rating from its author, other departments and the seller's Received box", async () => {
      const report = routes()[6]!;
      const own = await t.app.inject({ ...report, headers: { ...buyer.headers } });
      expect(own.statusCode).toBe(403);
      const filed = await t.app.inject({ ...report, headers: { ...seller.headers } });
      expect(filed.statusCode, filed.body).toBe(201);
      const caseId = filed.json().caseId as string;
      const elsewhere = await t.signUp("moderator", "Listing Moderator", ["listing_compliance"]);
      const page = `/api/v1/console/cases/${caseId}`;
      expect(
        (await t.app.inject({ method: "GET", url: page, headers: { ...elsewhere.headers } })).statusCode,
      ).toBe(403);
      const integrity = await t.signUp("moderator", "Integrity Moderator", ["marketplace_integrity"]);
      expect(
        (await t.app.inject({ method: "GET", url: page, headers: { ...integrity.headers } })).statusCode,
      ).toBe(200);
      // The rating's buyer, whose content it is, never learns who reported it; the seller does not receive it.
      const received = `/api/v1/me/received/${caseId}`;
      const authorView = await t.app.inject({ method: "GET", url: received, headers: { ...buyer.headers } });
      expect(authorView.statusCode, authorView.body).toBe(200);
      expect(authorView.body).not.toContain(seller.email);
      expect(authorView.body).not.toContain(seller.id);
      expect(
        (await t.app.inject({ method: "GET", url: received, headers: { ...seller.headers } })).statusCode,
      ).toBe(404);
    });

    it("shows the public a buyer's short name, never its email or user id", async () => {
      const list = await t.app.inject({ method: "GET", url: `/api/v1/stores/${order.storeId}/feedback` });
      expect(list.statusCode).toBe(200);
      expect(list.body).not.toContain(buyer.email);
      expect(list.body).not.toContain(buyer.id);
      expect(list.json().items[0].buyerName).toBe("Rating B.");
    });
  },
);

// ── help center: articles are admins' to write; drafts stay hidden ──
describe.each(dialects)("security: help — articles and the assistant (%s)", (dialect) => {
  let t: TestApp;
  let admin: TestUser;
  let member: TestUser;
  let moderator: TestUser;
  let draftId: string;
  const article = {
    title: "A draft nobody may read yet",
    slug: "security-draft",
    section: "how_to_report",
    summary: "Hidden from the public until published.",
    body: "The draft's text carries the word quillwhisper, which no published article has. ".repeat(2),
    status: "draft",
  };
  beforeAll(async () => {
    t = await buildTestApp(dialect);
    admin = await t.signUp("admin", "Ada Admin");
    member = await t.signUp("member", "Mo Member");
    moderator = await t.signUp("senior_moderator", "Sue Senior", ["listing_compliance"]);
    const created = await t.app.inject({
      method: "POST",
      url: "/api/v1/admin/help/articles",
      headers: { ...admin.headers },
      payload: article,
    });
    draftId = created.json().id;
  });
  afterAll(() => t.close());

  const adminRoutes = () => [
    { method: "GET" as const, url: "/api/v1/admin/help/articles" },
    { method: "GET" as const, url: `/api/v1/admin/help/articles/${draftId}` },
    {
      method: "POST" as const,
      url: "/api/v1/admin/help/articles",
      payload: { ...article, slug: "other-slug" },
    },
    {
      method: "PUT" as const,
      url: `/api/v1/admin/help/articles/${draftId}`,
      payload: { ...article, version: 1 },
    },
  ];

  it("answers 401 to anonymous visitors and 403 to members and moderators on every admin route", async () => {
    for (const route of adminRoutes()) {
      expect((await t.app.inject(route)).statusCode, route.url).toBe(401);
      for (const user of [member, moderator]) {
        const res = await t.app.inject({ ...route, headers: { ...user.headers } });
        expect(res.statusCode, `${route.method} ${route.url} as ${user.email}`).toBe(403);
      }
    }
    const row = await t.db
      .selectFrom("help_articles")
      .selectAll()
      .where("id", "=", draftId)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ version: 1, status: "draft" });
    expect(
      await t.db.selectFrom("help_articles").select("id").where("slug", "=", "other-slug").execute(),
    ).toEqual([]);
  });

  it("keeps a draft out of the public help center, its search and its address, even for the admin who wrote it", async () => {
    for (const user of [null, member, admin]) {
      const headers = user ? { ...user.headers } : {};
      const read = await t.app.inject({
        method: "GET",
        url: "/api/v1/help/articles/security-draft",
        headers,
      });
      expect(read.statusCode).toBe(404);
      const found = await t.app.inject({ method: "GET", url: "/api/v1/help/search?q=quillwhisper", headers });
      expect(found.json().items).toEqual([]);
      const center = await t.app.inject({ method: "GET", url: "/api/v1/help", headers });
      expect(center.body).not.toContain("security-draft");
    }
  });

  it("limits the assistant per address, as other public endpoints are", async () => {
    const ask = () =>
      t.app.inject({
        method: "POST",
        url: "/api/v1/help/route",
        remoteAddress: "198.51.100.23",
        payload: { text: "the parcel never arrived" },
      });
    const answers = [];
    for (let i = 0; i < 61; i++) answers.push((await ask()).statusCode);
    expect(answers.slice(0, 60).every((s) => s === 200)).toBe(true);
    expect(answers[60]).toBe(429);
  });
});

// ── messages ──
describe.each(dialects)(
  "security: messages — the buyer and the store's seller; staff only through a case about a message (%s)",
  (dialect) => {
    let t: TestApp;
    let buyer: TestUser;
    let seller: TestUser;
    let scam: Awaited<ReturnType<typeof threadWithScam>>;
    let caseId: string;
    beforeAll(async () => {
      t = await buildTestApp(dialect);
      buyer = await t.signUp("member", "Message Buyer");
      seller = await t.signUp("member", "Message Seller");
      scam = await threadWithScam(t, buyer, seller);
      const reported = await t.app.inject({
        method: "POST",
        url: `/api/v1/messages/${scam.messageId}/report-phishing`,
        headers: { ...buyer.headers },
        payload: {},
      });
      expect(reported.statusCode, reported.body).toBe(201);
      caseId = reported.json().caseId;
    });
    afterAll(() => t.close());

    const threadRoutes = () => [
      { method: "GET" as const, url: `/api/v1/threads/${scam.threadId}` },
      { method: "GET" as const, url: `/api/v1/threads/${scam.threadId}/messages` },
      { method: "POST" as const, url: `/api/v1/threads/${scam.threadId}/messages`, payload: { text: "Hi" } },
      { method: "POST" as const, url: `/api/v1/threads/${scam.threadId}/read`, payload: {} },
      { method: "GET" as const, url: scam.fileUrl },
      { method: "POST" as const, url: `/api/v1/messages/${scam.messageId}/report-phishing`, payload: {} },
    ];
    const ownRoutes = () => [
      { method: "GET" as const, url: "/api/v1/me/threads" },
      { method: "GET" as const, url: "/api/v1/me/threads/unread" },
      { method: "GET" as const, url: `/api/v1/me/threads/lookup?storeId=${scam.storeId}` },
      { method: "POST" as const, url: "/api/v1/threads", payload: { storeId: scam.storeId, text: "Hi" } },
    ];
    const consoleRoutes = () => [
      { method: "GET" as const, url: `/api/v1/console/cases/${caseId}/thread` },
      { method: "GET" as const, url: `/api/v1/console/cases/${caseId}/thread/attachments/${scam.fileId}` },
      { method: "GET" as const, url: "/api/v1/console/blocked-domains" },
      {
        method: "POST" as const,
        url: "/api/v1/console/blocked-domains",
        payload: { domain: "evil.example", reason: "Phishing pages" },
      },
      {
        method: "POST" as const,
        url: "/api/v1/console/blocked-domains/evil.example/remove",
        payload: { reason: "Not phishing after all" },
      },
    ];

    it("answers 401 to an anonymous visitor on every messages route", async () => {
      for (const route of [...threadRoutes(), ...ownRoutes(), ...consoleRoutes()]) {
        const res = await t.app.inject(route);
        expect(res.statusCode, `${route.method} ${route.url}`).toBe(401);
      }
    });

    it("answers 403 on someone else's thread to members, other sellers and staff; their lists stay empty", async () => {
      const otherSeller = await t.signUp("member", "Other Seller");
      await t.createStore({ sellerUserId: otherSeller.id });
      const strangers = [
        await t.signUp("member", "Curious Member"),
        otherSeller,
        await t.signUp("moderator", "Fraud Moderator", ["fraud_security"]),
        await t.signUp("admin", "Any Admin"),
      ];
      for (const stranger of strangers) {
        for (const route of threadRoutes()) {
          const res = await t.app.inject({ ...route, headers: { ...stranger.headers } });
          expect(res.statusCode, `${stranger.email} ${route.method} ${route.url}`).toBe(403);
        }
        for (const role of ["buyer", "seller"]) {
          const mine = await t.app.inject({
            method: "GET",
            url: `/api/v1/me/threads?role=${role}`,
            headers: { ...stranger.headers },
          });
          expect(mine.json().items, `${stranger.email} ${role}`).toEqual([]);
        }
      }
    });

    it("serves a message's file only as a download, and never another thread's file by its id", async () => {
      const file = await t.app.inject({ method: "GET", url: scam.fileUrl, headers: { ...buyer.headers } });
      expect(file.statusCode).toBe(200);
      expect(file.headers["content-disposition"]).toMatch(/^attachment;/);
      expect(file.headers["x-content-type-options"]).toBe("nosniff");
      expect(file.headers["content-security-policy"]).toContain("sandbox");
      const other = await threadWithScam(t, await t.signUp("member", "Second Buyer"), seller);
      const crossed = await t.app.inject({
        method: "GET",
        url: `/api/v1/threads/${scam.threadId}/attachments/${other.fileId}`,
        headers: { ...buyer.headers },
      });
      expect(crossed.statusCode).toBe(404);
    });

    it("opens the reported thread to staff of the case's department only, and the block list to Fraud & Security", async () => {
      const fraud = await t.signUp("moderator", "Fay Fraud", ["fraud_security"]);
      const ip = await t.signUp("moderator", "Ian IP", ["ip_protection"]);
      for (const route of consoleRoutes()) {
        for (const user of [buyer, seller, ip]) {
          const res = await t.app.inject({ ...route, headers: { ...user.headers } });
          expect(res.statusCode, `${user.email} ${route.method} ${route.url}`).toBe(403);
        }
      }
      const [thread, file, list, add, remove] = consoleRoutes();
      for (const route of [thread!, file!, list!]) {
        const res = await t.app.inject({ ...route, headers: { ...fraud.headers } });
        expect(res.statusCode, route.url).toBe(200);
      }
      expect((await t.app.inject({ ...add!, headers: { ...fraud.headers } })).statusCode).toBe(201);
      expect((await t.app.inject({ ...remove!, headers: { ...fraud.headers } })).statusCode).toBe(200);
      // Another case of the department, about a listing, opens no conversation.
      const { caseId: listingCase } = await reportedListing(t);
      const wrongKind = await t.app.inject({
        method: "GET",
        url: `/api/v1/console/cases/${listingCase}/thread`,
        headers: { ...(await t.signUp("admin", "Listing Admin")).headers },
      });
      expect(wrongKind.statusCode).toBe(404);
    });
  },
);

// ── admin: the audit log and API keys; integration routes take a key, never a session ──
describe.each(dialects)("security: admin — audit log, API keys and the integration API (%s)", (dialect) => {
  let t: TestApp;
  let admin: TestUser;
  let secret: string;
  let keyId: string;
  beforeAll(async () => {
    t = await buildTestApp(dialect);
    admin = await t.signUp("admin", "Key Admin");
    const issued = await t.app.inject({
      method: "POST",
      url: "/api/v1/admin/api-keys",
      headers: { ...admin.headers },
      payload: { name: "Shop backend", scopes: ["decisions:read"] },
    });
    expect(issued.statusCode, issued.body).toBe(201);
    secret = issued.json().secret;
    keyId = issued.json().key.id;
  });
  afterAll(() => t.close());

  const adminRoutes = () => [
    { method: "GET" as const, url: "/api/v1/admin/audit" },
    { method: "GET" as const, url: "/api/v1/admin/audit/verification" },
    {
      method: "GET" as const,
      url: "/api/v1/admin/statements/export?from=2026-12-01&to=2026-12-04&format=csv",
    },
    { method: "GET" as const, url: "/api/v1/admin/api-keys" },
    {
      method: "POST" as const,
      url: "/api/v1/admin/api-keys",
      payload: { name: "Mine now", scopes: ["catalog:write"] },
    },
    { method: "POST" as const, url: `/api/v1/admin/api-keys/${keyId}/revoke`, payload: {} },
  ];

  it("answers 401 to anonymous visitors and 403 to members and staff of every department", async () => {
    const others = [
      await t.signUp("member", "Curious Member"),
      await t.signUp("moderator", "Any Moderator", ["listing_compliance", "fraud_security"]),
      await t.signUp("senior_moderator", "Senior Moderator", ["marketplace_integrity"]),
    ];
    for (const route of adminRoutes()) {
      expect((await t.app.inject(route)).statusCode, `${route.method} ${route.url}`).toBe(401);
      for (const user of others) {
        const res = await t.app.inject({ ...route, headers: { ...user.headers } });
        expect(res.statusCode, `${user.email} ${route.method} ${route.url}`).toBe(403);
      }
    }
  });

  it("opens the integration API to a valid key of the right scope only; a session or an API key in a cookie does not", async () => {
    const feed = "/api/v1/integration/statements";
    expect((await t.app.inject({ method: "GET", url: feed, headers: { ...admin.headers } })).statusCode).toBe(
      401,
    );
    expect(
      (await t.app.inject({ method: "GET", url: feed, headers: { cookie: `key=${secret}` } })).statusCode,
    ).toBe(401);
    const ok = await t.app.inject({
      method: "GET",
      url: feed,
      headers: { authorization: `Bearer ${secret}` },
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.body).not.toContain(admin.email);
    // The key reads decisions only: every write of the catalog and of orders refuses it, and a caller without a key.
    const deletion = { ids: ["x"], deletedAt: "2026-12-04T10:00:00Z" };
    const writes = [
      { method: "PUT" as const, url: "/api/v1/integration/stores", payload: { items: [{}] } },
      { method: "PUT" as const, url: "/api/v1/integration/listings", payload: { items: [{}] } },
      { method: "PUT" as const, url: "/api/v1/integration/orders", payload: { items: [{}] } },
      { method: "POST" as const, url: "/api/v1/integration/stores/delete", payload: deletion },
      { method: "POST" as const, url: "/api/v1/integration/listings/delete", payload: deletion },
    ];
    for (const route of writes) {
      expect((await t.app.inject(route)).statusCode, route.url).toBe(401);
      const headers = { authorization: `Bearer ${secret}` };
      expect((await t.app.inject({ ...route, headers })).statusCode, route.url).toBe(403);
    }
  });
});
