import { describe, expect, it } from "vitest";
import { domainsAbove, findLinks, isBlocked, partsOf } from "./messages.links.ts";

describe("links in messages", () => {
  it("finds links with a scheme, with www. and bare domains, without the sentence's punctuation", () => {
    const text =
      "Pay here: https://secure-pay.top/login?id=7. Or www.Luxe-Outlet.com, or verify-account.ru/step2! Mail me at a@b.com.";
    expect(findLinks(text).map((l) => [l.text, l.domain])).toEqual([
      ["https://secure-pay.top/login?id=7", "secure-pay.top"],
      ["www.Luxe-Outlet.com", "luxe-outlet.com"],
      ["verify-account.ru/step2", "verify-account.ru"],
    ]);
    expect(findLinks("Version 2.5 costs 12.99 and ships in 3.5 days.")).toEqual([]);
    expect(findLinks("javascript:alert(1) and ftp://files.example")).toEqual([]);
  });

  it("blocks a domain's subdomains, never the domains above it or look-alikes", () => {
    const blocked = new Set(["evil.example"]);
    expect(domainsAbove("a.b.evil.example")).toEqual(["a.b.evil.example", "b.evil.example", "evil.example"]);
    expect(isBlocked("login.evil.example", blocked)).toBe(true);
    expect(isBlocked("evil.example", blocked)).toBe(true);
    expect(isBlocked("notevil.example", blocked)).toBe(false);
    expect(isBlocked("example", blocked)).toBe(false);
  });

  it("cuts the text into parts, marking external and blocked links", () => {
    const parts = partsOf(
      "See http://localhost:3000/shop/item/it-1 or https://pay.evil.example/x then reply.",
      new Set(["localhost:3000"]),
      new Set(["evil.example"]),
    );
    expect(parts).toEqual([
      { type: "text", text: "See " },
      expect.objectContaining({ type: "link", domain: "localhost", external: false, blocked: false }),
      { type: "text", text: " or " },
      expect.objectContaining({ type: "link", domain: "pay.evil.example", external: true, blocked: true }),
      { type: "text", text: " then reply." },
    ]);
    expect(partsOf("No links at all.", new Set(), new Set())).toEqual([
      { type: "text", text: "No links at all." },
    ]);
  });
});
