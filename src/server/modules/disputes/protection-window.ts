import {
  type Disputability,
  type DisputeReason,
  PROTECTION_DAYS_AFTER_DELIVERY,
  DisputeReason as Reasons,
} from "../../../contracts/disputes.ts";
import { dayText } from "./dispute-texts.ts";

interface OrderFacts {
  shipped_at: string | null;
  delivered_at: string | null;
  promised_by: string | null;
}

const AFTER_DELIVERY: DisputeReason[] = Reasons.options.filter((r) => r !== "not_received");

/** The end of buyer protection: 15 days after delivery was confirmed; none while the order travels. */
export function protectionEndsAt(order: OrderFacts): Date | null {
  if (!order.delivered_at) return null;
  return new Date(Date.parse(order.delivered_at) + PROTECTION_DAYS_AFTER_DELIVERY * 86_400_000);
}

/**
 * Whether a dispute may be opened on this order now, for which reasons, and if not, why and from or
 * until when. Protection runs from shipment until 15 days after delivery; "not received" only once the
 * promised delivery time has passed, and only while delivery is not confirmed.
 */
export function disputabilityOf(order: OrderFacts, now: Date): Disputability {
  const closesAt = protectionEndsAt(order);
  const closed = (why: string, opensAt: string | null = null): Disputability => ({
    open: false,
    reasons: [],
    why,
    opensAt,
    closesAt: closesAt?.toISOString() ?? null,
  });
  if (!order.shipped_at) {
    return closed(
      "You can open a dispute once the order has shipped. Until then, ask the seller or cancel the order in the shop.",
    );
  }
  if (closesAt && now > closesAt) {
    return closed(
      `The buyer protection of this order ended on ${dayText(closesAt)}, ${PROTECTION_DAYS_AFTER_DELIVERY} days after its delivery was confirmed.`,
    );
  }
  if (order.delivered_at) {
    return {
      open: true,
      reasons: AFTER_DELIVERY,
      why: null,
      opensAt: order.shipped_at,
      closesAt: closesAt!.toISOString(),
    };
  }
  const promised = order.promised_by ? new Date(order.promised_by) : null;
  if (promised && now < promised) {
    return closed(
      `The order is on its way: it was promised by ${dayText(promised)}. If it has not arrived by then, you can open a dispute for an order not received.`,
      promised.toISOString(),
    );
  }
  return { open: true, reasons: ["not_received"], why: null, opensAt: order.shipped_at, closesAt: null };
}
