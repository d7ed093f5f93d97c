import { beforeAll, describe, expect, it } from "vitest";
import { startTextForTests } from "../../i18n/testing.ts";
import { decisionSummary, describeAction } from "./received.labels.ts";

beforeAll(() => startTextForTests("en"));

describe("a received decision in plain words", () => {
  it("names what was hidden by what the complaint is about", () => {
    const hidden = { outcome: "action_taken" as const, actions: [{ type: "hide_content" as const }] };
    expect(decisionSummary(hidden, "feedback")).toBe("Rating hidden");
    expect(decisionSummary(hidden, "message")).toBe("Message hidden");
    expect(describeAction({ type: "hide_content" })).toBe("content hidden");
  });

  it("keeps the store's words for the store's actions", () => {
    const decision = {
      outcome: "action_taken" as const,
      actions: [{ type: "hide_content" as const }, { type: "warn_seller" as const }],
    };
    expect(decisionSummary(decision, "message")).toBe("Message hidden, warning");
  });
});
