import { beforeAll, describe, expect, it } from "vitest";
import type { AppealDetail } from "../../../contracts/appeals.ts";
import { startTextForTests } from "../../i18n/testing.ts";
import { appellantLabel, decisionLine, reverseHelp } from "./appeals.labels.ts";

beforeAll(() => startTextForTests("en"));

const hidden: AppealDetail["decision"] = {
  outcome: "action_taken",
  reason: null,
  actions: [{ type: "hide_content" }],
  facts: "The rating insults the seller's staff.",
  decidedAt: "2026-12-04T10:00:00.000Z",
  decidedBy: { id: "u-1", name: "Mo Moderator" },
};

describe("an appeal in the console's words", () => {
  it("names what was hidden by what the case is about", () => {
    expect(decisionLine(hidden, "feedback")).toBe("Action taken — Rating hidden");
    expect(decisionLine(hidden, "message")).toBe("Action taken — Message hidden");
    expect(decisionLine(hidden)).toBe("Action taken — Content hidden");
  });

  it("calls the one affected by a hidden rating its author, and a store's seller a seller", () => {
    expect(appellantLabel({ appellantKind: "seller", targetKind: "feedback" })).toBe("Author");
    expect(appellantLabel({ appellantKind: "seller", targetKind: "listing" })).toBe("Seller");
    expect(appellantLabel({ appellantKind: "reporter", targetKind: "feedback" })).toBe("Reporter");
  });

  it("says what reversing does for the decision under appeal", () => {
    expect(reverseHelp({ decision: hidden, targetKind: "feedback" })).toBe(
      "The rating is shown again, and counts in the figures again.",
    );
    expect(
      reverseHelp({ decision: { ...hidden, actions: [{ type: "remove_listing" }] }, targetKind: "listing" }),
    ).toContain("the listing comes back");
    expect(
      reverseHelp({ decision: { ...hidden, outcome: "no_action", actions: [] }, targetKind: "listing" }),
    ).toBe("The case reopens for a new decision.");
  });
});
