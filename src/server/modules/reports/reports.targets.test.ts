import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, PUBLIC_URL, type TestApp } from "../../../../test/app.ts";
import { availableDialects } from "../../../../test/databases.ts";
import { AppError } from "../../platform/http/errors.ts";
import { createCatalogRepository } from "../catalog/catalog.repository.ts";
import { createCatalogService } from "../catalog/catalog.service.ts";
import { createReportTargets, type ReportTargetProvider } from "./reports.targets.ts";

const dialects = await availableDialects();

/** A module's own kind of target, as a provider declares it: links `/notes/<id>` lead to it. */
const notes: ReportTargetProvider = {
  kind: "message",
  reportTypes: ["phishing"],
  idFromLink: (url) => /^http:\/\/localhost:3000\/notes\/([\w-]+)$/.exec(url)?.[1] ?? null,
  resolve: async (_tx, id, _reporter, url) =>
    id === "n-1"
      ? {
          url,
          kind: "message",
          id,
          title: "Note n-1",
          storeId: "st-x",
          storeName: "X",
          sellerUserId: null,
          snapshot: { text: "Pay me by wire" },
        }
      : null,
  current: async (_db, id) => (id === "n-1" ? { text: "Pay me by wire" } : null),
  notFound: "We could not find this note.",
};

async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe.each(dialects)("report targets from other modules (%s)", (dialect) => {
  let t: TestApp;
  let targets: ReturnType<typeof createReportTargets>;
  beforeAll(async () => {
    t = await buildTestApp(dialect);
    const catalog = createCatalogService({
      db: t.db,
      catalog: createCatalogRepository(),
      urlPatterns: t.config.catalogUrlPatterns,
    });
    targets = createReportTargets(catalog, async () => undefined);
    targets.provide(notes);
  });
  afterAll(() => t.close());

  it("resolves a provider's links through it and the rest through the catalog, in order", async () => {
    const listing = await t.createListing();
    const resolved = await targets.resolve(t.db, null, "phishing", [listing.url, `${PUBLIC_URL}/notes/n-1`]);
    expect(resolved.map((r) => [r.kind, r.id])).toEqual([
      ["listing", listing.id],
      ["message", "n-1"],
    ]);
    expect(await targets.current(t.db, "message", "n-1")).toEqual({ text: "Pay me by wire" });
    expect(await targets.current(t.db, "feedback", "n-1")).toBeNull();
  });

  it("names each bad link at its own place: the catalog's, the provider's, a type it does not take", async () => {
    const unknown = await refusal(
      targets.resolve(t.db, null, "phishing", [`${PUBLIC_URL}/notes/n-1`, `${PUBLIC_URL}/shop/item/it-none`]),
    );
    expect(unknown.status).toBe(422);
    expect(unknown.fields).toEqual({ "targetUrls.1": expect.stringContaining("could not find") });
    const gone = await refusal(targets.resolve(t.db, null, "phishing", [`${PUBLIC_URL}/notes/n-2`]));
    expect(gone.fields).toEqual({ "targetUrls.0": "We could not find this note." });
    const wrongType = await refusal(
      targets.resolve(t.db, null, "listing_violation", [`${PUBLIC_URL}/notes/n-1`]),
    );
    expect(wrongType.status).toBe(400);
    expect(wrongType.fields?.["targetUrls.0"]).toContain("only as “Phishing”");
  });

  it("refuses a second provider of the same kind", () => {
    expect(() => targets.provide(notes)).toThrow(/provided twice/);
  });
});
