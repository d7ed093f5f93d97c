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
import { createMailer } from "../src/server/platform/mail/mailer.ts";
import { buildTestApp, type FastifyInstance, PUBLIC_URL, type TestApp, type TestUser } from "./app.ts";
import { reportedListing } from "./console.fixtures.ts";
import { availableDialects } from "./databases.ts";
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

// ── decisions and statements ──
