import { describe, expect, it } from "vitest";
import { RateOrder } from "../../../contracts/feedback.ts";
import { checkRateOrder, initialRateOrderValues, rateFieldId, rateOrderKeys } from "./rate-order.model.ts";

describe("the rate-order form", () => {
  it("names each star left out on its own field, by the paths the API uses", () => {
    const values = initialRateOrderValues(["or-1-1", "or-1-2"]);
    values.items[0]!.stars = 5;
    values.communication = 3;
    const checked = checkRateOrder(values);
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(Object.keys(checked.errors).sort()).toEqual([
      "items.1.stars",
      "store.asDescribed",
      "store.shippingSpeed",
    ]);
    expect(checked.errors["items.1.stars"]).toBe("Give the item from 1 to 5 stars.");
  });

  it("sends every item with its stars, an empty text as none", () => {
    const values = {
      ...initialRateOrderValues(["or-1-1"]),
      asDescribed: 4,
      communication: 5,
      shippingSpeed: 2,
    };
    values.items[0] = { orderItemId: "or-1-1", stars: 4, text: "  " };
    expect(checkRateOrder(values)).toEqual({
      ok: true,
      input: {
        items: [{ orderItemId: "or-1-1", stars: 4, text: null }],
        store: { asDescribed: 4, communication: 5, shippingSpeed: 2 },
      },
    });
  });

  it("sends what the API takes again (the form's own output is valid input)", () => {
    const values = {
      ...initialRateOrderValues(["or-1-1"]),
      asDescribed: 4,
      communication: 5,
      shippingSpeed: 2,
    };
    values.items[0] = { orderItemId: "or-1-1", stars: 4, text: "" };
    const checked = checkRateOrder(values);
    expect(checked.ok && RateOrder.safeParse(checked.input).success).toBe(true);
  });

  it("orders the fields as the page shows them and gives each an id", () => {
    const keys = rateOrderKeys(initialRateOrderValues(["a"]));
    expect(keys).toEqual([
      "items.0.stars",
      "items.0.text",
      "store.asDescribed",
      "store.communication",
      "store.shippingSpeed",
    ]);
    expect(rateFieldId("items.0.stars")).toBe("rate-items-0-stars");
  });
});
