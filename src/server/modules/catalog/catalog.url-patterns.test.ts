import { describe, expect, it } from "vitest";
import { compileUrlPatterns, matchUrl, urlFor } from "./catalog.url-patterns.ts";

const patterns = compileUrlPatterns([
  "http://localhost:3000/shop/item/{listing}",
  "http://localhost:3000/shop/store/{store}",
  "https://market.example/p/{listing}.html",
]);

describe("catalog URL patterns", () => {
  it("resolves listing and store links, ignoring scheme, query, fragment and a trailing slash", () => {
    expect(matchUrl(patterns, "http://localhost:3000/shop/item/it-1001")).toEqual({
      ok: true,
      kind: "listing",
      id: "it-1001",
    });
    expect(matchUrl(patterns, "https://LOCALHOST:3000/shop/store/st-7/?ref=x#top")).toEqual({
      ok: true,
      kind: "store",
      id: "st-7",
    });
    expect(matchUrl(patterns, "https://market.example/p/9981.html")).toEqual({
      ok: true,
      kind: "listing",
      id: "9981",
    });
  });

  it("tells a foreign site from an unknown page of the marketplace and from a malformed link", () => {
    expect(matchUrl(patterns, "https://evil.example/shop/item/1")).toEqual({
      ok: false,
      reason: "foreign_site",
    });
    expect(matchUrl(patterns, "http://localhost:3000/help")).toEqual({ ok: false, reason: "no_match" });
    expect(matchUrl(patterns, "http://localhost:3000/shop/item/a/b")).toEqual({
      ok: false,
      reason: "no_match",
    });
    expect(matchUrl(patterns, "not a link")).toEqual({ ok: false, reason: "malformed" });
    expect(matchUrl(patterns, "javascript:alert(1)")).toEqual({ ok: false, reason: "malformed" });
  });

  it("builds the storefront link of an entry from the first pattern of its kind", () => {
    expect(urlFor(patterns, "listing", "it 1")).toBe("http://localhost:3000/shop/item/it%201");
    expect(urlFor(patterns, "store", "st-7")).toBe("http://localhost:3000/shop/store/st-7");
  });
});
