import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "./app.ts";
import { availableDialects } from "./databases.ts";

const dialects = await availableDialects();

describe.each(dialects)("the app (%s)", (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(dialect);
  });
  afterAll(() => t.close());

  it("reports its health and database", async () => {
    const res = await t.app.inject({ method: "GET", url: "/api/health" });
    expect(res.json()).toEqual({ status: "ok", database: dialect });
  });

  it("publishes an OpenAPI document of the API, with the report body", async () => {
    const doc = (await t.app.inject({ method: "GET", url: "/api/openapi.json" })).json();
    expect(doc.openapi).toMatch(/^3\./);
    for (const path of [
      "/api/v1/reports",
      "/api/v1/report-types",
      "/api/v1/me/reports",
      "/api/v1/reports/{id}",
      "/api/v1/catalog/listings",
      "/api/v1/me/orders",
      "/api/v1/disputes/{id}",
      "/api/v1/console/disputes/{id}/ruling",
    ]) {
      expect(Object.keys(doc.paths)).toContain(path);
    }
    expect(
      doc.paths["/api/v1/reports"].post.requestBody.content["application/json"].schema.properties.targetUrls,
    ).toBeTruthy();
    const opening = doc.paths["/api/v1/disputes"].post.requestBody.content;
    expect(opening["application/json"].schema.properties.proposal).toBeTruthy();
    expect(opening["multipart/form-data"].schema.required).toEqual(["dispute"]);
  });

  it("describes the six report types with their form fields", async () => {
    const { items } = (await t.app.inject({ method: "GET", url: "/api/v1/report-types" })).json();
    expect(items.map((i: { id: string }) => i.id)).toEqual([
      "ip_rights_holder",
      "copyright",
      "listing_violation",
      "phishing",
      "suspicious_behavior",
      "illegal_promotion",
    ]);
    for (const type of items) {
      expect(type.fields.length).toBeGreaterThan(0);
      for (const field of type.fields)
        expect(field).toMatchObject({
          name: expect.any(String),
          label: expect.any(String),
          help: expect.any(String),
        });
    }
  });

  it("pages through the catalog with cursors, each entry with its storefront link", async () => {
    const store = await t.createStore({ name: "Paging store" });
    for (let i = 0; i < 5; i++) await t.createListing(store.id, `Item ${i}`);
    const first = (
      await t.app.inject({ method: "GET", url: `/api/v1/catalog/listings?storeId=${store.id}&limit=3` })
    ).json();
    const second = (
      await t.app.inject({
        method: "GET",
        url: `/api/v1/catalog/listings?storeId=${store.id}&limit=3&cursor=${first.nextCursor}`,
      })
    ).json();
    expect([...first.items, ...second.items].map((l: { title: string }) => l.title).sort()).toEqual([
      "Item 0",
      "Item 1",
      "Item 2",
      "Item 3",
      "Item 4",
    ]);
    expect(second.nextCursor).toBeNull();
    expect(first.items[0].url).toMatch(/^http:\/\/localhost:3000\/shop\/item\/it-/);
    const stores = (await t.app.inject({ method: "GET", url: "/api/v1/catalog/stores?limit=100" })).json();
    expect(stores.items.find((s: { id: string }) => s.id === store.id)).toMatchObject({
      listingCount: 5,
      url: store.url,
    });
    expect((await t.app.inject({ method: "GET", url: "/api/v1/catalog/listings/nope" })).statusCode).toBe(
      404,
    );
    const bad = await t.app.inject({ method: "GET", url: "/api/v1/catalog/listings?limit=5000" });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields).toHaveProperty("limit");
  });

  it("signs up, mails a verification link, signs in and out", async () => {
    const headers = { origin: "http://localhost:3000", "content-type": "application/json" };
    const up = await t.app.inject({
      method: "POST",
      url: "/api/auth/sign-up/email",
      headers,
      payload: { name: "Vera", email: "vera@example.test", password: "long-enough-pw" },
    });
    expect(up.statusCode).toBe(200);
    await t.worker.drain();
    // The confirmation link signs in, so the dev mailbox shows it only to its signed-in recipient (or admins).
    const upCookie = [up.headers["set-cookie"]]
      .flat()
      .map((c) => String(c).split(";")[0])
      .join("; ");
    const box = await t.app.inject({
      method: "GET",
      url: "/api/v1/dev/mailbox",
      headers: { cookie: upCookie },
    });
    const mails = box.json().items;
    const verify = mails.find((m: { to: string }) => m.to === "vera@example.test");
    expect(verify.subject).toMatch(/Confirm your email/);
    const link = /http:\/\/localhost:3000\/api\/auth\/verify-email\?token=\S+/.exec(verify.text)?.[0];
    expect(link).toBeTruthy();
    const confirmed = await t.app.inject({ method: "GET", url: link!.replace("http://localhost:3000", "") });
    expect(confirmed.statusCode).toBeLessThan(400);
    const user = await t.db
      .selectFrom("user")
      .select("emailVerified")
      .where("email", "=", "vera@example.test")
      .executeTakeFirstOrThrow();
    expect(Boolean(user.emailVerified)).toBe(true);

    const wrong = await t.app.inject({
      method: "POST",
      url: "/api/auth/sign-in/email",
      headers,
      payload: { email: "vera@example.test", password: "wrong-password" },
    });
    expect(wrong.statusCode).toBe(401);
    const signIn = await t.app.inject({
      method: "POST",
      url: "/api/auth/sign-in/email",
      headers,
      payload: { email: "vera@example.test", password: "long-enough-pw" },
    });
    expect(signIn.statusCode).toBe(200);
    const cookie = [signIn.headers["set-cookie"]]
      .flat()
      .map((c) => String(c).split(";")[0])
      .join("; ");
    const me = await t.app.inject({ method: "GET", url: "/api/v1/me/reports", headers: { cookie } });
    expect(me.statusCode).toBe(200);
    const out = await t.app.inject({
      method: "POST",
      url: "/api/auth/sign-out",
      headers: { ...headers, cookie },
      payload: {},
    });
    expect(out.statusCode).toBe(200);
    const after = await t.app.inject({ method: "GET", url: "/api/v1/me/reports", headers: { cookie } });
    expect(after.statusCode).toBe(401);
  });
});
