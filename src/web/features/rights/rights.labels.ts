import {
  type HolderKind,
  RIGHT_TYPE_NAMES,
  type RightStatus,
  RightType,
  type RightValidity,
} from "../../../contracts/rights.ts";

export { RIGHT_TYPE_NAMES };

/** "Trademark EU 018000001 (EUIPO) — Orbis Watches Ltd": a right as complaints name it. */
export function rightLabel(right: {
  type: string;
  registrationNumber: string;
  office: string;
  ownerName: string;
}) {
  const type = RightType.safeParse(right.type);
  const name = type.success ? RIGHT_TYPE_NAMES[type.data] : right.type;
  return `${name} ${right.registrationNumber} (${right.office}) — ${right.ownerName}`;
}

export const HOLDER_KIND_NAMES: Record<HolderKind, string> = {
  person: "Person",
  company: "Company",
};

export const RIGHT_STATUS: Record<RightStatus, { label: string; color: string }> = {
  pending: { label: "Pending verification", color: "blue" },
  approved: { label: "Verified", color: "green" },
  rejected: { label: "Rejected", color: "red" },
};

/** Only what deserves attention gets a badge: a valid right shows none. */
export const RIGHT_VALIDITY: Record<RightValidity, { label: string; color: string } | null> = {
  valid: null,
  expiring_soon: { label: "Expiring soon", color: "orange" },
  expired: { label: "Expired", color: "gray" },
  not_yet_valid: { label: "Not yet valid", color: "yellow" },
};

export const RIGHT_EVENT_LABELS: Record<string, string> = {
  "right.submitted": "Sent for verification",
  "right.approved": "Verified by IP Protection",
  "right.rejected": "Rejected by IP Protection",
};
