import i18next from "i18next";
import {
  type DisputeReason,
  OpenDispute,
  type Order,
  type ResolutionKind,
} from "../../../contracts/disputes.ts";
import type { FormErrors } from "../../ui/form-errors.ts";
import { formatMoney, parseAmount } from "./money.ts";

export interface ItemChoice {
  orderItemId: string;
  chosen: boolean;
  quantity: number;
}

export interface OpenDisputeValues {
  items: ItemChoice[];
  reason: DisputeReason | null;
  kind: ResolutionKind | null;
  /** As typed, e.g. "12.50"; only for a partial refund. */
  amount: string;
  note: string;
  description: string;
}

/** The DOM ids of the fields, by form key, in page order (the first in error takes the focus). */
export const OPEN_DISPUTE_IDS = {
  items: "dispute-items",
  reason: "dispute-reason",
  kind: "dispute-resolution-first",
  amount: "dispute-amount",
  note: "dispute-note",
  description: "dispute-description",
  evidence: "dispute-evidence",
} as const;

export const quantityId = (index: number) => `dispute-item-${index}-quantity`;

/**
 * A one-item order starts with that item chosen; a single allowed reason starts chosen, and so does an
 * allowed `preferred` one (the reason the "What happened?" assistant found).
 */
export function initialOpenDisputeValues(order: Order, preferred?: string): OpenDisputeValues {
  const only = order.items.length === 1;
  const { reasons } = order.disputability;
  const wanted = reasons.find((reason) => reason === preferred);
  return {
    items: order.items.map((item) => ({ orderItemId: item.id, chosen: only, quantity: item.quantity })),
    reason: wanted ?? (reasons.length === 1 ? (reasons[0] ?? null) : null),
    kind: null,
    amount: "",
    note: "",
    description: "",
  };
}

const chosenOf = (values: OpenDisputeValues) => values.items.filter((i) => i.chosen);

/** What was paid for the chosen items: the most a refund can be. */
export function chosenTotalMinor(order: Order, values: OpenDisputeValues): number {
  return chosenOf(values).reduce((sum, choice) => {
    const item = order.items.find((i) => i.id === choice.orderItemId);
    return sum + (item ? item.priceMinor * Math.min(choice.quantity, item.quantity) : 0);
  }, 0);
}

export type CheckedOpenDispute = { ok: true; input: OpenDispute } | { ok: false; errors: FormErrors };

/** The quantity errors of the form, keyed by the form's own row, not the sent list's position. */
function checkItems(order: Order, values: OpenDisputeValues, errors: FormErrors) {
  if (chosenOf(values).length === 0) errors.items = i18next.t("disputes:items.chooseItems");
  values.items.forEach((choice, index) => {
    const item = order.items.find((i) => i.id === choice.orderItemId);
    if (!choice.chosen || !item) return;
    if (!Number.isInteger(choice.quantity) || choice.quantity < 1)
      errors[`items.${index}.quantity`] = i18next.t("disputes:items.atLeastOne");
    else if (choice.quantity > item.quantity)
      errors[`items.${index}.quantity`] = i18next.t("disputes:items.ordered", { count: item.quantity });
  });
}

function checkAmount(order: Order, values: OpenDisputeValues, errors: FormErrors): number | undefined {
  if (values.kind !== "partial_refund") return undefined;
  const currency = order.total.currency;
  const parsed = parseAmount(values.amount, currency);
  if (!parsed.ok) {
    errors.amount = parsed.message;
    return undefined;
  }
  const most = chosenTotalMinor(order, values);
  if (most > 0 && parsed.minor > most)
    errors.amount = i18next.t("disputes:amount.atMostChosen", {
      most: formatMoney({ amountMinor: most, currency }),
    });
  return parsed.minor;
}

/**
 * The form's values as the request the contract describes, or the message for each field at fault: the
 * form's own checks (items, amount) first, then the contract's schema for the rest.
 */
export function checkOpenDispute(order: Order, values: OpenDisputeValues): CheckedOpenDispute {
  const errors: FormErrors = {};
  checkItems(order, values, errors);
  const amountMinor = checkAmount(order, values, errors);
  const parsed = OpenDispute.safeParse({
    orderId: order.id,
    items: chosenOf(values).map(({ orderItemId, quantity }) => ({ orderItemId, quantity })),
    reason: values.reason ?? undefined,
    proposal: {
      kind: values.kind ?? undefined,
      amountMinor,
      note: values.note.trim() || undefined,
    },
    description: values.description,
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = formKeyOf(issue.path.map(String), values);
      if (key) errors[key] ??= issue.message;
    }
  }
  if (Object.keys(errors).length > 0 || !parsed.success) return { ok: false, errors };
  return { ok: true, input: parsed.data };
}

/**
 * The form key of a request path, from the schema or the server's `fields`: `items.0.quantity` names the
 * first item sent, which is the form's row of that item; `proposal.amountMinor` is the amount field.
 */
export function formKeyOf(path: string[], values: OpenDisputeValues): string | undefined {
  const [head, second, third] = path;
  if (head === "items") {
    if (second === undefined || third !== "quantity") return "items";
    const sent = chosenOf(values)[Number(second)];
    const row = sent ? values.items.indexOf(sent) : -1;
    return row >= 0 ? `items.${row}.quantity` : "items";
  }
  if (head === "proposal") {
    if (second === "amountMinor") return "amount";
    if (second === "note") return "note";
    return "kind";
  }
  if (head === "reason" || head === "description" || head === "evidence") return head;
  return undefined;
}

/** The form keys in page order, with the item rows where they stand. */
export function openDisputeOrder(values: OpenDisputeValues): string[] {
  return [
    "items",
    ...values.items.map((_, i) => `items.${i}.quantity`),
    "reason",
    "kind",
    "amount",
    "note",
    "description",
    "evidence",
  ];
}

export function openDisputeFieldId(key: string): string {
  const row = /^items\.(\d+)\.quantity$/.exec(key);
  if (row) return quantityId(Number(row[1]));
  return OPEN_DISPUTE_IDS[key as keyof typeof OPEN_DISPUTE_IDS] ?? key;
}
