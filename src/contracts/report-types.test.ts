import { describe, expect, it } from "vitest";
import { detailsSchemaFor } from "./report-details.ts";
import { reportTypeById } from "./report-types.ts";

describe("the counterfeit reason any buyer can file", () => {
  const listingRules = reportTypeById("listing_violation");

  it("is a rule of the listing-rules form, needing no IP right", () => {
    expect(detailsSchemaFor(listingRules).safeParse({ violation: "counterfeit" })).toMatchObject({
      success: true,
      data: { violation: "counterfeit" },
    });
    expect(listingRules.fields.some((f) => f.optionsFrom === "my_rights")).toBe(false);
  });

  it("is named on the listing-rules card, and the rights-holder card sends buyers there", () => {
    expect(listingRules.forWhat.join(" ")).toMatch(/Counterfeit or replica/);
    expect(reportTypeById("ip_rights_holder").notFor.join(" ")).toMatch(/use Listing rules violation/);
  });
});
