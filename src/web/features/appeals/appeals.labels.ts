import type { AppealDetail } from "../../../contracts/appeals.ts";
import { describeAction, NO_ACTION_REASONS } from "../decisions/decisions.labels.ts";

export const APPELLANT_LABELS: Record<AppealDetail["appellantKind"], string> = {
  reporter: "Reporter",
  seller: "Seller",
};

export const APPEAL_STATUS: Record<AppealDetail["status"], { label: string; color: string }> = {
  pending: { label: "To decide", color: "grape" },
  upheld: { label: "Upheld", color: "gray" },
  reversed: { label: "Reversed", color: "green" },
};

/** "No action — Not a violation", or "Action taken — Listing removed, Serious strike added". */
export function decisionLine(decision: AppealDetail["decision"]): string {
  if (decision.outcome === "no_action")
    return `No action${decision.reason ? ` — ${NO_ACTION_REASONS[decision.reason].label}` : ""}`;
  const actions = decision.actions.map(describeAction).join(", ");
  return `Action taken${actions ? ` — ${actions}` : ""}`;
}
