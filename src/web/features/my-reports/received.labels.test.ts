import { beforeAll, describe, expect, it } from "vitest";
import { startTextForTests } from "../../i18n/testing.ts";
import { complaintPageTitle, complaintTitle, decisionSummary, describeAction } from "./received.labels.ts";

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

describe("what a received complaint is about", () => {
  const rating = { itemTitle: "Wireless earbuds", ratedAt: "2026-12-04T10:00:00.000Z" };
  const ratingTitle = "Rating of “Wireless earbuds” on 2026-12-04";

  it("words a rating from its item and date, not the server's English title", () => {
    expect(complaintTitle({ targetTitle: ratingTitle, rating })).toBe(
      "Your rating of “Wireless earbuds” (Dec 4, 2026)",
    );
    expect(complaintPageTitle({ targetTitle: ratingTitle, rating })).toBe(
      "Complaint about your rating of “Wireless earbuds”",
    );
  });

  it("says it in German too", async () => {
    await startTextForTests("de");
    try {
      expect(complaintTitle({ targetTitle: ratingTitle, rating })).toBe(
        "Ihre Bewertung von „Wireless earbuds“ (04.12.2026)",
      );
    } finally {
      await startTextForTests("en");
    }
  });

  it("keeps the case's title for anything else", () => {
    const listing = { targetTitle: "Vintage lamp", rating: null };
    expect(complaintTitle(listing)).toBe("Vintage lamp");
    expect(complaintPageTitle(listing)).toBe("Complaint about Vintage lamp");
  });
});
