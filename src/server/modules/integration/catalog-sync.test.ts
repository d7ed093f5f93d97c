import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp, type TestUser } from "../../../../test/app.ts";
import { availableDialects } from "../../../../test/databases.ts";

const dialects = await availableDialects();

describe.each(dialects)("the marketplace writes its catalog and orders (%s)", (dialect) => {
  let t: TestApp;
  let admin: TestUser;
  let seller: TestUser;
  let buyer: TestUser;
  let catalogKey: string;
  let ordersKey: string;
  beforeAll(async () => {
    t = await buildTestApp(dialect);
    admin = await t.signUp("admin", "Ada Admin");
    seller = await t.signUp("member", "Sol Seller");
    buyer = await t.signUp("member", "Bea Buyer");
    const issue = async (scopes: string[]) =>
      (
        await t.app.inject({
          method: "POST",
          url: "/api/v1/admin/api-keys",
          headers: { ...admin.headers },
          payload: { name: `Shop backend ${scopes.join(" ")}`, scopes },
        })
      ).json().secret as string;
    catalogKey = await issue(["catalog:write"]);
    ordersKey = await issue(["orders:write"]);
  });
  afterAll(() => t.close());

  const send = (key: string | null, method: "PUT" | "POST", url: string, payload: object) =>
    t.app.inject({ method, url, headers: key ? { authorization: `Bearer ${key}` } : {}, payload });
  const put = (key: string, what: string, items: unknown[]) =>
    send(key, "PUT", `/api/v1/integration/${what}`, { items });
  const resultsOf = async (response: Awaited<ReturnType<typeof put>>) => {
    expect(response.statusCode, response.body).toBe(200);
    return response.json().results.map((r: { result: string }) => r.result);
  };
  const store = (id: string, updatedAt: string, name = "Marketplace Store") => ({
    id,
    name,
    country: "DE",
    sellerEmail: seller.email.toUpperCase(),
    updatedAt,
  });
  const listing = (id: string, storeId: string, updatedAt: string, title = "Wireless headphones") => ({
    id,
    storeId,
    title,
    priceMinor: 4999,
    currency: "EUR",
    category: "electronics",
    gtin: "4006381333931",
    updatedAt,
  });
  const row = (table: "stores" | "listings", id: string) =>
    t.db.selectFrom(table).selectAll().where("id", "=", id).executeTakeFirstOrThrow();

  it("creates and updates stores and listings, idempotently, and never an older version over a newer one", async () => {
    expect(
      await resultsOf(await put(catalogKey, "stores", [store("mk-st-1", "2026-12-04T10:00:00Z")])),
    ).toEqual(["created"]);
    expect((await row("stores", "mk-st-1")).seller_user_id).toBe(seller.id);
    const again = await put(catalogKey, "stores", [store("mk-st-1", "2026-12-04T10:00:00Z")]);
    expect(await resultsOf(again)).toEqual(["unchanged"]);
    const newer = store("mk-st-1", "2026-12-04T12:00:00+01:00", "Renamed Store");
    expect(await resultsOf(await put(catalogKey, "stores", [newer]))).toEqual(["updated"]);
    const older = store("mk-st-1", "2026-12-04T10:30:00Z", "Old Name");
    expect(await resultsOf(await put(catalogKey, "stores", [older]))).toEqual(["stale"]);
    expect((await row("stores", "mk-st-1")).name).toBe("Renamed Store");

    const listings = [
      listing("mk-li-1", "mk-st-1", "2026-12-04T10:00:00Z"),
      listing("mk-li-2", "mk-st-1", "2026-12-04T10:00:00Z"),
    ];
    expect(await resultsOf(await put(catalogKey, "listings", listings))).toEqual(["created", "created"]);
    expect(await row("listings", "mk-li-1")).toMatchObject({ gtin: "4006381333931", status: "active" });
    // A listing a decision removed stays removed whatever the marketplace sends next.
    await t.db.updateTable("listings").set({ status: "removed" }).where("id", "=", "mk-li-2").execute();
    const renamed = listing("mk-li-2", "mk-st-1", "2026-12-05T10:00:00Z", "Headphones, new title");
    expect(await resultsOf(await put(catalogKey, "listings", [renamed]))).toEqual(["updated"]);
    expect(await row("listings", "mk-li-2")).toMatchObject({
      title: "Headphones, new title",
      status: "removed",
    });
    // Reports resolve the marketplace's listings by their links, as any other.
    const resolved = await t.app.inject({
      method: "GET",
      url: `/api/v1/catalog/listings/mk-li-1`,
    });
    expect(resolved.statusCode).toBe(200);
  });

  it("answers each bad item on its own, changing nothing for it, and goes on with the rest", async () => {
    const response = await put(catalogKey, "listings", [
      listing("mk-li-3", "mk-st-1", "2026-12-04T10:00:00Z"),
      { ...listing("mk-li-4", "mk-st-1", "yesterday"), priceMinor: -1, currency: "euro" },
      listing("mk-li-5", "no-such-store", "2026-12-04T10:00:00Z"),
      "not an object",
    ]);
    const results = (await response.json()).results;
    expect(results.map((r: { result: string }) => r.result)).toEqual([
      "created",
      "invalid",
      "invalid",
      "invalid",
    ]);
    expect(Object.keys(results[1].fields).sort()).toEqual(["currency", "priceMinor", "updatedAt"]);
    expect(results[2].fields).toEqual({ storeId: "No store has this id: send the store first." });
    const stored = await t.db
      .selectFrom("listings")
      .select("id")
      .where("id", "in", ["mk-li-4", "mk-li-5"])
      .execute();
    expect(stored).toEqual([]);
  });

  it("takes orders with their items and shipping for buyers who have an account", async () => {
    const order = {
      id: "mk-or-1",
      buyerEmail: buyer.email,
      storeId: "mk-st-1",
      status: "delivered",
      totalMinor: 4999,
      currency: "EUR",
      orderedAt: "2026-12-01T09:00:00Z",
      shippedAt: "2026-12-02T09:00:00Z",
      deliveredAt: "2026-12-03T09:00:00Z",
      carrier: "DHL",
      trackingNumber: "00340434161094042557",
      items: [
        { id: "mk-oi-1", listingId: "mk-li-1", title: "Wireless headphones", quantity: 1, priceMinor: 4999 },
      ],
      updatedAt: "2026-12-03T09:00:00Z",
    };
    const unknownBuyer = { ...order, id: "mk-or-2", buyerEmail: "nobody@example.test" };
    expect(await resultsOf(await put(ordersKey, "orders", [order, unknownBuyer]))).toEqual([
      "created",
      "invalid",
    ]);
    // A newer version changes its items in place, and adds the new ones.
    const shipped = {
      ...order,
      items: [
        { ...order.items[0]!, title: "Wireless headphones, black" },
        { id: "mk-oi-2", listingId: "mk-li-1", title: "Spare ear pads", quantity: 2, priceMinor: 500 },
      ],
      updatedAt: "2026-12-03T10:00:00Z",
    };
    expect(await resultsOf(await put(ordersKey, "orders", [shipped]))).toEqual(["updated"]);
    const items = await t.db
      .selectFrom("order_items")
      .select(["id", "title"])
      .where("order_id", "=", "mk-or-1")
      .orderBy("id")
      .execute();
    expect(items).toEqual([
      { id: "mk-oi-1", title: "Wireless headphones, black" },
      { id: "mk-oi-2", title: "Spare ear pads" },
    ]);
    const mine = await t.app.inject({
      method: "GET",
      url: "/api/v1/me/orders",
      headers: { ...buyer.headers },
    });
    expect(mine.body).toContain("mk-or-1");
    // The catalog key may not write orders, nor the orders key the catalog.
    expect((await put(catalogKey, "orders", [order])).statusCode).toBe(403);
    expect((await put(ordersKey, "stores", [store("mk-st-9", "2026-12-04T10:00:00Z")])).statusCode).toBe(403);
  });

  it("marks deleted stores and listings, keeps their rows, and refuses batches over 1,000 and callers without a key", async () => {
    const deleted = await send(catalogKey, "POST", "/api/v1/integration/listings/delete", {
      ids: ["mk-li-3", "no-such-listing"],
      deletedAt: "2026-12-06T10:00:00Z",
    });
    expect(await resultsOf(deleted)).toEqual(["deleted", "not_found"]);
    expect((await row("listings", "mk-li-3")).deleted_at).toBe("2026-12-06T10:00:00.000Z");
    // An older version arriving after the deletion does not bring it back; a newer one does.
    expect(
      await resultsOf(
        await put(catalogKey, "listings", [listing("mk-li-3", "mk-st-1", "2026-12-05T10:00:00Z")]),
      ),
    ).toEqual(["stale"]);
    expect(
      await resultsOf(
        await put(catalogKey, "listings", [listing("mk-li-3", "mk-st-1", "2026-12-07T10:00:00Z")]),
      ),
    ).toEqual(["updated"]);
    expect((await row("listings", "mk-li-3")).deleted_at).toBeNull();

    const many = Array.from({ length: 1001 }, (_, i) => store(`mk-many-${i}`, "2026-12-04T10:00:00Z"));
    const tooMany = await put(catalogKey, "stores", many);
    expect(tooMany.statusCode).toBe(413);
    expect(await t.db.selectFrom("stores").select("id").where("id", "=", "mk-many-0").execute()).toEqual([]);
    expect((await send(null, "PUT", "/api/v1/integration/stores", { items: [] })).statusCode).toBe(401);
    expect((await send(null, "PUT", "/api/v1/integration/stores", { nothing: true })).statusCode).toBe(401);
    expect((await send(catalogKey, "PUT", "/api/v1/integration/stores", { items: [] })).statusCode).toBe(400);
  });
});
