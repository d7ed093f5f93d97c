import i18next from "i18next";
import type { CaseStatus } from "../../../contracts/console.ts";
import { casesText } from "./cases.text.ts";

const STATUS_COLORS: Record<CaseStatus, string> = {
  open: "blue",
  needs_info: "orange",
  decided: "green",
  closed: "gray",
};

/** A case's status as a badge shows it, in the interface language. */
export const caseStatus = (status: CaseStatus) => ({
  label: i18next.t(`cases:status.${status}`),
  color: STATUS_COLORS[status],
});

type KnownEvent = keyof typeof casesText.en.events;
// Keys cannot hold the dots of event types: "case.note_added" is found as "case_note_added".
const eventKeyOf = (type: string) => type.replace(/\./g, "_");
const isKnownEvent = (key: string): key is KnownEvent => key in casesText.en.events;

/** "case.note_added" → "Internal note added"; an unknown type still reads as words ("Sla warned"). */
export function eventLabel(type: string): string {
  const key = eventKeyOf(type);
  if (isKnownEvent(key)) return i18next.t(`cases:events.${key}`);
  const words = (type.split(".").pop() ?? type).replace(/_/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The rough level of a priority score (severity × 100 + fast lane 50 + reporters, see case-priority). */
export function priorityLevel(priority: number): { label: string; color: string } {
  if (priority >= 300) return { label: i18next.t("cases:priority.urgent"), color: "red" };
  if (priority >= 200) return { label: i18next.t("cases:priority.high"), color: "orange" };
  return { label: i18next.t("cases:priority.normal"), color: "gray" };
}
