import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../../../test/app.ts";
import { availableDialects } from "../../../../test/databases.ts";

const dialects = await availableDialects();

describe.each(dialects)("resolving a pasted link to the catalog (%s)", (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(dialect);
  });
  afterAll(() => t.close());

  const resolve = (url: string) =>
    t.app.inject({ method: "GET", url: `/api/v1/catalog/resolve?url=${encodeURIComponent(url)}` });

  it("answers the listing a link leads to, with its store, price, image and status", async () => {
    const store = await t.createStore({ name: "Resolve store" });
    const listing = await t.createListing(store.id, "Watch, steel");
    const res = await resolve(`${listing.url}?ref=share#photos`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      kind: "listing",
      listing: {
        id: listing.id,
        title: "Watch, steel",
        storeName: "Resolve store",
        priceMinor: 1999,
        currency: "EUR",
        status: "active",
        restrictedTerritories: [],
        url: listing.url,
      },
    });
  });

  it("answers a store with its country and number of listings", async () => {
    const store = await t.createStore({ name: "Store to resolve" });
    await t.createListing(store.id);
    const res = await resolve(store.url);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      kind: "store",
      store: { id: store.id, name: "Store to resolve", status: "active", listingCount: 1 },
    });
  });

  it("shows where a restricted listing is hidden", async () => {
    const listing = await t.createListing(undefined, "Hidden in two countries");
    await t.db
      .updateTable("listings")
      .set({ status: "restricted", restricted_territories: JSON.stringify(["DE", "FR"]) })
      .where("id", "=", listing.id)
      .execute();
    const res = await resolve(listing.url);
    expect(res.json().listing).toMatchObject({ status: "restricted", restrictedTerritories: ["DE", "FR"] });
  });

  it("answers 404 with the reason on the field for an unknown entry, another site or a page that is no listing", async () => {
    const unknown = await resolve("http://localhost:3000/shop/item/it-does-not-exist");
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error).toMatchObject({
      code: "target_not_found",
      fields: { url: "We could not find this listing or store. Check the link." },
    });

    const foreign = await resolve("https://other-shop.example/item/1");
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json().error).toMatchObject({
      code: "target_foreign_site",
      fields: { url: "This link is not on the marketplace. Report pages of the marketplace only." },
    });

    const page = await resolve("http://localhost:3000/help/how-to-report");
    expect(page.statusCode).toBe(404);
    expect(page.json().error.fields.url).toBe(
      "This link does not lead to a listing or store of the marketplace.",
    );
  });

  it("answers 400 with a field error for a malformed or missing link", async () => {
    const malformed = await resolve("not a link");
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().error).toMatchObject({
      code: "invalid_input",
      fields: { url: expect.any(String) },
    });

    const missing = await t.app.inject({ method: "GET", url: "/api/v1/catalog/resolve" });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.fields.url).toBeTruthy();
  });
});
