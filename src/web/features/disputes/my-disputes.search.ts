import type { Side } from "../../../contracts/disputes.ts";

export interface MyDisputesSearch {
  /** Absent means the buyer's side, the one most people have. */
  role?: Side;
}

/** Reads `?role=seller` from the address, ignoring anything else that is there. */
export function validateMyDisputesSearch(search: Record<string, unknown>): MyDisputesSearch {
  return search.role === "seller" ? { role: "seller" } : {};
}
