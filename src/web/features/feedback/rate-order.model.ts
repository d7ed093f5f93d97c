import { RateOrder } from "../../../contracts/feedback.ts";
import type { FormErrors } from "../../ui/form-errors.ts";

export interface RateOrderValues {
  items: { orderItemId: string; stars: number; text: string }[];
  asDescribed: number;
  communication: number;
  shippingSpeed: number;
}

/** The store's three detailed ratings, in page order (their labels are in feedback.text.ts `fields`). */
export const STORE_FIELDS = ["asDescribed", "communication", "shippingSpeed"] as const;

export const initialRateOrderValues = (itemIds: string[]): RateOrderValues => ({
  items: itemIds.map((orderItemId) => ({ orderItemId, stars: 0, text: "" })),
  asDescribed: 0,
  communication: 0,
  shippingSpeed: 0,
});

/** The page id of a form key: `items.0.stars` → `rate-items-0-stars`. */
export const rateFieldId = (key: string) => `rate-${key.replaceAll(".", "-")}`;

/** The form keys in page order: each item's stars and text, then the store's three ratings. */
export const rateOrderKeys = (values: RateOrderValues) => [
  ...values.items.flatMap((_, i) => [`items.${i}.stars`, `items.${i}.text`]),
  ...STORE_FIELDS.map((key) => `store.${key}`),
];

/** The request, or the fields at fault (by the request's own paths, as the API names them). */
export function checkRateOrder(
  values: RateOrderValues,
): { ok: true; input: RateOrder } | { ok: false; errors: FormErrors } {
  const parsed = RateOrder.safeParse({
    items: values.items.map((item) => ({
      orderItemId: item.orderItemId,
      stars: item.stars || undefined,
      text: item.text,
    })),
    store: {
      asDescribed: values.asDescribed || undefined,
      communication: values.communication || undefined,
      shippingSpeed: values.shippingSpeed || undefined,
    },
  });
  if (parsed.success) return { ok: true, input: parsed.data };
  const errors: FormErrors = {};
  for (const issue of parsed.error.issues) errors[issue.path.join(".")] ??= issue.message;
  return { ok: false, errors };
}
