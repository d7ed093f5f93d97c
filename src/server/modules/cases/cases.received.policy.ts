import type { z } from "zod";
import type { Complainant } from "../../../contracts/received.ts";

const IP_TYPES = new Set(["ip_rights_holder", "copyright"]);

/**
 * What a seller may learn of who complained: a rights holder's organisation on IP complaints (so that the
 * seller can answer), the reporter's name if the reporter chose to disclose it, and nothing otherwise.
 */
export function complainantFor(report: {
  type: string;
  details: Record<string, unknown>;
  discloseIdentity: boolean;
  reporterName: string | null;
}): z.infer<typeof Complainant> {
  if (IP_TYPES.has(report.type) && typeof report.details.rightsOwner === "string") {
    return { kind: "rights_holder", label: report.details.rightsOwner };
  }
  if (report.discloseIdentity && report.reporterName)
    return { kind: "disclosed", label: report.reporterName };
  return { kind: "anonymous", label: "A member of the marketplace" };
}

/** The type-specific details a seller sees: everything but fields that could identify the reporter. */
export function detailsForSeller(details: Record<string, unknown>): Record<string, unknown> {
  const { signature: _signature, orderNumber: _orderNumber, ...rest } = details;
  return rest;
}
