import i18next from "i18next";
import type { CaseDetail } from "../../../contracts/console.ts";
import {
  DecideCase,
  type EnforcementAction,
  type EnforcementType,
  type NoActionReason,
} from "../../../contracts/decisions.ts";
import { type FormErrors, placeFieldErrors, placeIssues } from "../../ui/form-errors.ts";
import { ACTION_ORDER, ACTIONS } from "./decisions.labels.ts";
import { decisionsText } from "./decisions.text.ts";

export interface DecisionFormValues {
  outcome: "" | "action_taken" | "no_action";
  actions: Record<EnforcementType, boolean>;
  demoteDays: number | string;
  restrictTerritories: string[];
  restrictDays: number | string;
  strikeSeverity: "general" | "serious";
  freezeStoreDays: number | string;
  freezePayoutsDays: number | string;
  groundKind: "" | "illegal_content" | "incompatible_content";
  legalGround: string;
  termsSection: string;
  /** One explanation, whichever ground is chosen (only one is shown at a time). */
  explanation: string;
  alsoIllegal: boolean;
  facts: string;
  messageToReporters: string;
  reason: "" | NoActionReason;
  suggestedType: string | null;
}

/** What the form needs to know of the case(s) decided: the view's event count and the kind of target. */
export type DecisionContext = Pick<CaseDetail, "eventCount" | "targetKind">;

export const initialDecisionValues = (): DecisionFormValues => ({
  outcome: "",
  actions: Object.fromEntries(ACTION_ORDER.map((type) => [type, false])) as Record<EnforcementType, boolean>,
  demoteDays: "",
  restrictTerritories: [],
  restrictDays: "",
  strikeSeverity: "general",
  freezeStoreDays: 7,
  freezePayoutsDays: "",
  groundKind: "",
  legalGround: "",
  termsSection: "",
  explanation: "",
  alsoIllegal: false,
  facts: "",
  messageToReporters: "",
  reason: "",
  suggestedType: null,
});

/** The DOM id of a form key, so that the first field with an error can take the focus. */
export const decisionFieldId = (key: string) => `decision-${key}`;

/** Form keys in the order the fields appear in the dialog. */
export const FIELD_ORDER = [
  "outcome",
  "actions",
  "demoteDays",
  "restrictTerritories",
  "restrictDays",
  "strikeSeverity",
  "freezeStoreDays",
  "freezePayoutsDays",
  "groundKind",
  "legalGround",
  "termsSection",
  "explanation",
  "facts",
  "reason",
  "suggestedType",
  "messageToReporters",
];

const days = (value: number | string): number | undefined =>
  value === "" || value === null ? undefined : Number(value);

const optionalText = (value: string) => (value.trim() === "" ? undefined : value.trim());

function actionOf(type: EnforcementType, v: DecisionFormValues): EnforcementAction | Record<string, unknown> {
  switch (type) {
    case "demote_listing":
      return { type, days: days(v.demoteDays) };
    case "restrict_listing":
      return { type, territories: v.restrictTerritories, days: days(v.restrictDays) };
    case "strike":
      return { type, severity: v.strikeSeverity };
    case "freeze_store":
      return { type, days: days(v.freezeStoreDays) };
    case "freeze_payouts":
      return { type, days: days(v.freezePayoutsDays) };
    default:
      return { type };
  }
}

type TargetKind = CaseDetail["targetKind"];

/**
 * What may be done about each kind of target, as the API accepts it: listing actions only on a listing;
 * a reported message may be hidden, and its store acted against; a rating may only be hidden, since its
 * author is a buyer, not the store.
 */
const ALLOWED: Record<TargetKind, (type: EnforcementType) => boolean> = {
  listing: (type) => type !== "hide_content",
  store: (type) => type !== "hide_content" && !ACTIONS[type].listingOnly,
  message: (type) => !ACTIONS[type].listingOnly,
  feedback: (type) => type === "hide_content",
};

/** The actions that may be taken on this kind of target, in the dialog's order. */
export const availableActions = (targetKind: TargetKind) => ACTION_ORDER.filter(ALLOWED[targetKind]);

/**
 * The kind whose actions suit every case of a selection: one kind as it is; listings, stores and messages
 * together take the store's (those apply to all three).
 */
export function commonTargetKind(kinds: readonly TargetKind[]): TargetKind {
  const [first] = kinds;
  return first && kinds.every((kind) => kind === first) ? first : "store";
}

/** The request body as the form describes it; not yet checked. */
export function draftDecision(v: DecisionFormValues, detail: DecisionContext): Record<string, unknown> {
  const seenEventCount = detail.eventCount;
  const messageToReporters = optionalText(v.messageToReporters);
  if (v.outcome === "no_action") {
    return {
      outcome: "no_action",
      seenEventCount,
      reason: v.reason || undefined,
      suggestedType: v.reason === "wrong_category" ? (v.suggestedType ?? undefined) : undefined,
      messageToReporters,
    };
  }
  const ground =
    v.groundKind === "illegal_content"
      ? { kind: v.groundKind, legalGround: v.legalGround, explanation: v.explanation }
      : v.groundKind === "incompatible_content"
        ? {
            kind: v.groundKind,
            termsSection: v.termsSection,
            explanation: v.explanation,
            alsoIllegal: v.alsoIllegal,
          }
        : undefined;
  return {
    outcome: v.outcome || undefined,
    seenEventCount,
    actions: availableActions(detail.targetKind)
      .filter((type) => v.actions[type])
      .map((type) => actionOf(type, v)),
    ground,
    facts: v.facts,
    messageToReporters,
  };
}

const ACTION_PARAM_KEYS: Record<string, string> = {
  "demote_listing.days": "demoteDays",
  "restrict_listing.days": "restrictDays",
  "restrict_listing.territories": "restrictTerritories",
  "strike.severity": "strikeSeverity",
  "freeze_store.days": "freezeStoreDays",
  "freeze_payouts.days": "freezePayoutsDays",
};

const GROUND_KEYS: Record<string, string> = {
  legalGround: "legalGround",
  termsSection: "termsSection",
  explanation: "explanation",
};

/** Where an error on a request path (`actions.1.days`, `ground.explanation`) shows in the form. */
export function formKeyOf(path: readonly PropertyKey[], draft: Record<string, unknown>): string | undefined {
  const [head, second, third] = path.map(String);
  if (head === "actions") {
    if (second === undefined || third === undefined) return "actions";
    const action = (draft.actions as { type: string }[] | undefined)?.[Number(second)];
    return action ? (ACTION_PARAM_KEYS[`${action.type}.${third}`] ?? "actions") : "actions";
  }
  if (head === "ground") return second ? GROUND_KEYS[second] : "groundKind";
  if (head && FIELD_ORDER.includes(head)) return head;
  return undefined;
}

const DAYS_OPTIONAL = new Set(["demoteDays", "restrictDays", "freezePayoutsDays"]);
type MessageKey = Exclude<keyof typeof decisionsText.en.messages, "daysOptional">;
const hasMessage = (key: string): key is MessageKey =>
  key !== "daysOptional" && key in decisionsText.en.messages;

/** One plain message per field: each field has few rules, so the message can name all of them. */
function messageFor(key: string): string | undefined {
  if (DAYS_OPTIONAL.has(key)) return i18next.t("decisions:messages.daysOptional");
  return hasMessage(key) ? i18next.t(`decisions:messages.${key}`) : undefined;
}

export type DecisionCheck =
  | { ok: true; decision: DecideCase }
  | { ok: false; errors: FormErrors; unplaced: string[] };

/** Checks the form with the shared DecideCase schema and builds the body the API takes. */
export function validateDecision(values: DecisionFormValues, detail: DecisionContext): DecisionCheck {
  const draft = draftDecision(values, detail);
  const errors: FormErrors = {};
  if (!values.outcome) errors.outcome = i18next.t("decisions:messages.outcome");
  if (values.outcome === "no_action" && values.reason === "wrong_category" && !values.suggestedType)
    errors.suggestedType = i18next.t("decisions:messages.suggestedType");
  const parsed = DecideCase.safeParse(draft);
  const { unplaced } = placeIssues(parsed.success ? [] : parsed.error.issues, {
    keyOf: (path) => formKeyOf(path, draft),
    messageOf: (key, issue) => messageFor(key) ?? issue.message,
    into: errors,
  });
  if (!parsed.success || Object.keys(errors).length > 0) return { ok: false, errors, unplaced };
  return { ok: true, decision: parsed.data };
}

/** Puts the server's `fields` (same paths as the request) onto the form; the rest goes to the alert. */
export function mapServerFields(
  fields: Record<string, string>,
  values: DecisionFormValues,
  detail: DecisionContext,
) {
  const draft = draftDecision(values, detail);
  return placeFieldErrors(fields, { keyOf: (path) => formKeyOf(path, draft) });
}
