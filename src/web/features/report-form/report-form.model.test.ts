import { describe, expect, it } from "vitest";
import { reportTypeById } from "../../../contracts/report-types.ts";
import { initialValues } from "./report-form.model.ts";

describe("a report form opened with a reason", () => {
  it("chooses the counterfeit rule at once on the listing-rules form", () => {
    const values = initialValues(
      reportTypeById("listing_violation"),
      "https://shop/item/1",
      "",
      "counterfeit",
    );
    expect(values.details.violation).toBe("counterfeit");
    expect(values.targets).toBe("https://shop/item/1");
  });

  it("ignores a reason the form does not offer", () => {
    const values = initialValues(reportTypeById("listing_violation"), undefined, "", "not-a-rule");
    expect(values.details.violation).toBeNull();
  });
});
