import { beforeAll, describe, expect, it } from "vitest";
import type { Order } from "../../../contracts/disputes.ts";
import { startTextForTests } from "../../i18n/testing.ts";
import { checkOpenDispute, formKeyOf, initialOpenDisputeValues } from "./open-dispute.model.ts";

beforeAll(() => startTextForTests());

const order: Order = {
  id: "or-1",
  storeId: "st-1",
  storeName: "Store",
  status: "delivered",
  total: { amountMinor: 18200, currency: "USD" },
  orderedAt: "2026-01-01T00:00:00.000Z",
  shippedAt: "2026-01-02T00:00:00.000Z",
  promisedBy: "2026-01-10T00:00:00.000Z",
  deliveredAt: "2026-01-05T00:00:00.000Z",
  carrier: null,
  trackingNumber: null,
  lastTrackingAt: null,
  items: [
    { id: "oi-1", listingId: "it-1", title: "Tent", quantity: 1, priceMinor: 12900 },
    { id: "oi-2", listingId: "it-2", title: "Knife", quantity: 2, priceMinor: 2650 },
  ],
  disputability: { open: true, reasons: ["damaged", "quality"], why: null, opensAt: null, closesAt: null },
  disputes: [],
};

describe("the open-a-dispute form", () => {
  it("sends the chosen items and the partial refund in minor units", () => {
    const values = initialOpenDisputeValues(order);
    values.items[1] = { orderItemId: "oi-2", chosen: true, quantity: 2 };
    const checked = checkOpenDispute(order, {
      ...values,
      reason: "damaged",
      kind: "partial_refund",
      amount: "20.50",
      description: "Both knives arrived with broken blades.",
    });
    expect(checked).toEqual({
      ok: true,
      input: {
        orderId: "or-1",
        items: [{ orderItemId: "oi-2", quantity: 2 }],
        reason: "damaged",
        proposal: { kind: "partial_refund", amountMinor: 2050 },
        description: "Both knives arrived with broken blades.",
      },
    });
  });

  it("says what is missing next to each field, and caps the amount at what was paid", () => {
    const values = initialOpenDisputeValues(order);
    expect(checkOpenDispute(order, { ...values, description: "short" })).toMatchObject({
      ok: false,
      errors: {
        items: "Choose the items the dispute is about.",
        reason: "Choose what is wrong with the order.",
        kind: expect.stringContaining("Choose what you want"),
        description: "Describe the problem in at least 20 characters.",
      },
    });
    values.items[1] = { orderItemId: "oi-2", chosen: true, quantity: 1 };
    const tooMuch = checkOpenDispute(order, { ...values, kind: "partial_refund", amount: "30" });
    expect(tooMuch.ok || tooMuch.errors.amount).toMatch(/at most \$26\.50/);
  });

  it("starts with the reason it was sent with, when the order allows it, and with none otherwise", () => {
    expect(initialOpenDisputeValues(order, "quality").reason).toBe("quality");
    expect(initialOpenDisputeValues(order, "not_received").reason).toBeNull();
    expect(initialOpenDisputeValues(order).reason).toBeNull();
  });

  it("puts the server's messages on the form's row of the item it names", () => {
    const values = initialOpenDisputeValues(order);
    values.items[1] = { orderItemId: "oi-2", chosen: true, quantity: 2 };
    expect(formKeyOf(["items", "0", "quantity"], values)).toBe("items.1.quantity");
    expect(formKeyOf(["proposal", "amountMinor"], values)).toBe("amount");
    expect(formKeyOf(["description"], values)).toBe("description");
    expect(formKeyOf(["orderId"], values)).toBeUndefined();
  });
});
