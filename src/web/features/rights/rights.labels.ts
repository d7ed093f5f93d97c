import i18next from "i18next";
import type { HolderKind, RightStatus, RightValidity } from "../../../contracts/rights.ts";
import { RightType } from "../../../contracts/rights.ts";

// The names are in rights.text.ts; these read the interface language when called during render.
export const rightTypeName = (type: RightType) => i18next.t(`rights:type.${type}`);
export const holderKindName = (kind: HolderKind) => i18next.t(`rights:holderKind.${kind}`);

/** "Trademark EU 018000001 (EUIPO) — Orbis Watches Ltd": a right as complaints name it. */
export function rightLabel(right: {
  type: string;
  registrationNumber: string;
  office: string;
  ownerName: string;
}) {
  const type = RightType.safeParse(right.type);
  const name = type.success ? rightTypeName(type.data) : right.type;
  return `${name} ${right.registrationNumber} (${right.office}) — ${right.ownerName}`;
}

const STATUS_COLORS: Record<RightStatus, string> = { pending: "blue", approved: "green", rejected: "red" };

export const rightStatus = (status: RightStatus) => ({
  label: i18next.t(`rights:status.${status}`),
  color: STATUS_COLORS[status],
});

const VALIDITY_COLORS = { expiring_soon: "orange", expired: "gray", not_yet_valid: "yellow" } as const;

/** Only what deserves attention gets a badge: a valid right shows none. */
export function rightValidity(validity: RightValidity): { label: string; color: string } | null {
  if (validity === "valid") return null;
  return { label: i18next.t(`rights:validity.${validity}`), color: VALIDITY_COLORS[validity] };
}

const EVENTS = ["submitted", "approved", "rejected"] as const;

/** A step in a right's history; an event the web does not know, by its type. */
export function rightEventLabel(type: string): string {
  const step = EVENTS.find((event) => type === `right.${event}`);
  return step ? i18next.t(`rights:events.${step}`) : type;
}
