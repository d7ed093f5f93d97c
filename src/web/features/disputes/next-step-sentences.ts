import i18next from "i18next";
import type {
  DisputeOutcome,
  IfNobodyActsCode,
  NextStep,
  NextStepCode,
  NextStepParams,
  Side,
} from "../../../contracts/disputes.ts";
import { formatDateTime, formatPrice } from "../../ui/format.ts";

type Money = NonNullable<NextStepParams["refund"]>;

/** What an outcome or a proposal gives the buyer, e.g. "the partial refund of €30.00"; null without its amount. */
function givenText(kind: DisputeOutcome, money: Money | undefined): string | null {
  if (kind === "rejected") return i18next.t("disputes:nextStep.given.rejected");
  if (!money) return null;
  return i18next.t(`disputes:nextStep.given.${kind}`, {
    money: formatPrice(money.amountMinor, money.currency),
  });
}

/** The values a step's sentences name, written in the interface language (moments in the reader's time). */
function wordsOf(p: NextStepParams) {
  return {
    deadline: p.deadline ? formatDateTime(p.deadline) : null,
    proposal: p.proposal
      ? givenText(p.proposal.kind, p.proposal.refund)
      : i18next.t("disputes:nextStep.given.proposal"),
    outcome: p.outcome ? givenText(p.outcome, p.refund) : null,
    refund: p.refund ? givenText("refund", p.refund) : null,
    reopenUntil: p.reopenUntil ? formatDateTime(p.reopenUntil) : null,
  };
}

type Words = ReturnType<typeof wordsOf>;
/** One sentence from the step's side and words; null when a value it names is missing. */
type Sentence = (side: Side | null, w: Words) => string | null;

const sideOf = (who: NextStep["who"]): Side | null => (who === "buyer" || who === "seller" ? who : null);

const STEPS: Record<NextStepCode, Sentence> = {
  answer_proposal: (side, { deadline, proposal }) =>
    side && deadline && proposal
      ? i18next.t(`disputes:nextStep.step.answer_proposal.${side}`, { deadline, proposal })
      : null,
  mediator_rules: (_, { deadline }) =>
    deadline && i18next.t("disputes:nextStep.step.mediator_rules", { deadline }),
  appeal_under_review: () => i18next.t("disputes:nextStep.step.appeal_under_review"),
  evidence_requested: (side) => side && i18next.t(`disputes:nextStep.step.evidence_requested.${side}`),
  ship_return: (_, { deadline }) => deadline && i18next.t("disputes:nextStep.step.ship_return", { deadline }),
  confirm_return: (_, { deadline }) =>
    deadline && i18next.t("disputes:nextStep.step.confirm_return", { deadline }),
  withdrawn: () => i18next.t("disputes:nextStep.step.withdrawn"),
  withdrawn_reopenable: (_, { reopenUntil }) =>
    reopenUntil
      ? i18next.t("disputes:nextStep.step.withdrawn_reopenable.until", { date: reopenUntil })
      : i18next.t("disputes:nextStep.step.withdrawn_reopenable.anytime"),
  resolved: (_, { outcome }) => outcome && i18next.t("disputes:nextStep.step.resolved", { outcome }),
  resolved_appealable: (_, { outcome }) =>
    outcome && i18next.t("disputes:nextStep.step.resolved_appealable", { outcome }),
};

const IF_NOBODY_ACTS: Record<IfNobodyActsCode, Sentence> = {
  escalates: (_, { deadline }) => deadline && i18next.t("disputes:nextStep.ifNobody.escalates", { deadline }),
  proposal_carried_out: (side, { deadline, proposal }) =>
    side && deadline && proposal
      ? i18next.t(`disputes:nextStep.ifNobody.proposal_carried_out.${side}`, { deadline, proposal })
      : null,
  platform_decides: () => i18next.t("disputes:nextStep.ifNobody.platform_decides"),
  closes_without_refund: (_, { deadline }) =>
    deadline && i18next.t("disputes:nextStep.ifNobody.closes_without_refund", { deadline }),
  refund_carried_out: (_, { deadline, refund }) =>
    deadline && refund
      ? i18next.t("disputes:nextStep.ifNobody.refund_carried_out", { deadline, refund })
      : null,
  ruling_stands: () => i18next.t("disputes:nextStep.ifNobody.ruling_stands"),
};

/** The sentence of `code` in `table`; null for a code this web does not know (a newer server's). */
function sentenceOf<C extends string>(table: Record<C, Sentence>, code: string, next: NextStep) {
  if (!Object.hasOwn(table, code)) return null;
  return table[code as C](sideOf(next.who), wordsOf(next.params)) || null;
}

/**
 * The next step in the interface language, from its codes and values; the server's English sentence
 * where the web does not know a code or a value the sentence needs is missing.
 */
export function nextStepSentences(next: NextStep): { text: string; ifNobodyActs: string | null } {
  const ifNobodyActs = next.ifNobodyActsCode
    ? (sentenceOf(IF_NOBODY_ACTS, next.ifNobodyActsCode, next) ?? next.ifNobodyActs)
    : next.ifNobodyActs;
  return { text: sentenceOf(STEPS, next.code, next) ?? next.text, ifNobodyActs };
}
