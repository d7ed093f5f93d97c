import type { RiskCode, ThreadRole } from "../../../contracts/messages.ts";
import type { MessageSide } from "../../platform/db/schema.messages.ts";

/** A thread's two parties: its buyer, and the seller of its store (none while the store has no account). */
export interface ThreadParties {
  buyer_user_id: string;
  seller_user_id: string | null;
}

/** The side a user reads a thread from, or null when it is neither the buyer nor the store's seller. */
export function sideOf(thread: ThreadParties, userId: string): MessageSide | null {
  if (thread.buyer_user_id === userId) return "buyer";
  if (thread.seller_user_id !== null && thread.seller_user_id === userId) return "store";
  return null;
}

export const roleOf = (side: MessageSide): ThreadRole => (side === "buyer" ? "buyer" : "seller");

export const otherSide = (side: MessageSide): MessageSide => (side === "buyer" ? "store" : "buyer");

/** What the buyer is asked to do off the platform is what it must be warned of: on the store's messages only. */
export function warningsFor(reader: MessageSide | "staff", from: MessageSide, risks: RiskCode[]): RiskCode[] {
  return reader === "buyer" && from === "store" ? risks : [];
}

/** A buyer may report what the store sent it; cases act on stores, so a buyer's message is not reported here. */
export const mayReportAsPhishing = (reader: MessageSide | "staff", from: MessageSide) =>
  reader === "buyer" && from === "store";
