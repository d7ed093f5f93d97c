import type { DecisionTemplate, EnforcementType } from "../../../../contracts/decisions.ts";
import type { FormErrors } from "../../../ui/form-errors.ts";
import {
  availableActions,
  type DecisionContext,
  type DecisionFormValues,
  initialDecisionValues,
  validateDecision,
} from "../decision-form.model.ts";
import { ACTIONS } from "../decisions.labels.ts";

const orEmpty = (days: number | undefined) => days ?? "";

/** The form as a macro's decision fills it; anything the macro leaves out keeps its initial value. */
export function valuesFromTemplate(template: DecisionTemplate): DecisionFormValues {
  const values = initialDecisionValues();
  values.messageToReporters = template.messageToReporters ?? "";
  if (template.outcome === "no_action") {
    return {
      ...values,
      outcome: "no_action",
      reason: template.reason,
      suggestedType: template.suggestedType ?? null,
    };
  }
  values.outcome = "action_taken";
  for (const action of template.actions) {
    values.actions[action.type] = true;
    if (action.type === "demote_listing") values.demoteDays = orEmpty(action.days);
    if (action.type === "restrict_listing") {
      values.restrictTerritories = [...action.territories];
      values.restrictDays = orEmpty(action.days);
    }
    if (action.type === "strike") values.strikeSeverity = action.severity;
    if (action.type === "freeze_store") values.freezeStoreDays = action.days;
    if (action.type === "freeze_payouts") values.freezePayoutsDays = orEmpty(action.days);
  }
  const ground = template.ground;
  values.groundKind = ground.kind;
  values.explanation = ground.explanation;
  if (ground.kind === "illegal_content") values.legalGround = ground.legalGround;
  else {
    values.termsSection = ground.termsSection;
    values.alsoIllegal = ground.alsoIllegal ?? false;
  }
  values.facts = template.facts;
  return values;
}

/** The listing actions of a macro that do not apply to a store, as the labels the moderator knows. */
export function droppedActions(template: DecisionTemplate, context: Pick<DecisionContext, "targetKind">) {
  if (template.outcome !== "action_taken") return [];
  const allowed = new Set<EnforcementType>(availableActions(context.targetKind));
  return template.actions.filter((a) => !allowed.has(a.type)).map((a) => ACTIONS[a.type].label);
}

export type TemplateCheck =
  | { ok: true; template: DecisionTemplate }
  | { ok: false; errors: FormErrors; unplaced: string[] };

/** Checks the form as a decision, then leaves out the view it was made on: what macros and bulk take. */
export function templateFromValues(
  values: DecisionFormValues,
  context: Pick<DecisionContext, "targetKind">,
): TemplateCheck {
  const checked = validateDecision(values, { ...context, eventCount: 0 });
  if (!checked.ok) return checked;
  const { seenEventCount: _seen, ...template } = checked.decision;
  return { ok: true, template };
}
