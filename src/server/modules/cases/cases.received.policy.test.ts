import { describe, expect, it } from "vitest";
import { complainantFor, detailsForSeller } from "./cases.received.policy.ts";

describe("what a seller learns of a complainant", () => {
  it("names the rights holder's organisation on IP complaints", () => {
    expect(
      complainantFor({
        type: "ip_rights_holder",
        details: { rightsOwner: "Orbis Watches Ltd" },
        discloseIdentity: false,
        reporterName: "Rita",
      }),
    ).toEqual({ kind: "rights_holder", label: "Orbis Watches Ltd" });
  });

  it("names a reporter only when the reporter chose to disclose", () => {
    const base = { type: "listing_violation", details: {}, reporterName: "Bea Buyer" };
    expect(complainantFor({ ...base, discloseIdentity: true })).toEqual({
      kind: "disclosed",
      label: "Bea Buyer",
    });
    expect(complainantFor({ ...base, discloseIdentity: false }).kind).toBe("anonymous");
    expect(JSON.stringify(complainantFor({ ...base, discloseIdentity: false }))).not.toContain("Bea");
  });

  it("drops details that identify the reporter, such as a signature or an order number", () => {
    expect(detailsForSeller({ signature: "Jane Doe", orderNumber: "42", workKind: "photos" })).toEqual({
      workKind: "photos",
    });
  });
});
