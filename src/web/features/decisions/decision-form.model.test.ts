import { beforeAll, describe, expect, it } from "vitest";
import { startTextForTests } from "../../i18n/testing.ts";
import {
  availableActions,
  commonTargetKind,
  initialDecisionValues,
  validateDecision,
} from "./decision-form.model.ts";
import { actionWords, describeAction } from "./decisions.labels.ts";

beforeAll(() => startTextForTests("en"));

describe("the actions a decision may take", () => {
  it("offers a rating only hiding, and a message hiding besides the store's and seller's actions", () => {
    expect(availableActions("feedback")).toEqual(["hide_content"]);
    expect(availableActions("message")).toEqual([
      "hide_content",
      "warn_seller",
      "strike",
      "freeze_store",
      "close_store",
      "freeze_payouts",
    ]);
  });

  it("never offers hiding for a listing or a store, nor listing actions for a store", () => {
    expect(availableActions("listing")).not.toContain("hide_content");
    expect(availableActions("listing")).toContain("remove_listing");
    expect(availableActions("store")).not.toContain("hide_content");
    expect(availableActions("store")).not.toContain("remove_listing");
  });

  it("takes one kind as it is for a selection, and the store's actions for a mix", () => {
    expect(commonTargetKind(["feedback", "feedback"])).toBe("feedback");
    expect(commonTargetKind(["listing", "message"])).toBe("store");
    expect(commonTargetKind([])).toBe("store");
  });

  it("sends only the actions the kind allows, whatever was ticked before", () => {
    const values = initialDecisionValues();
    values.outcome = "action_taken";
    values.actions.hide_content = true;
    values.actions.warn_seller = true;
    values.groundKind = "incompatible_content";
    values.termsSection = "Feedback rules §2 Insults";
    values.explanation = "The rating insults the seller by name.";
    values.facts = "The rating calls the seller names and says nothing of the order.";
    const checked = validateDecision(values, { targetKind: "feedback", eventCount: 3 });
    expect(checked.ok).toBe(true);
    if (checked.ok && checked.decision.outcome === "action_taken")
      expect(checked.decision.actions).toEqual([{ type: "hide_content" }]);
  });

  it("names what is hidden by the case's kind of target", () => {
    expect(actionWords("hide_content", "feedback").label).toBe("Hide the rating");
    expect(actionWords("hide_content", "message").label).toBe("Hide the message");
    expect(describeAction({ type: "hide_content" }, "feedback")).toBe("Rating hidden");
    expect(describeAction({ type: "hide_content" })).toBe("Content hidden");
  });
});
