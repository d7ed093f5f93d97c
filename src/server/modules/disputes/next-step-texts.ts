import type {
  DisputeOutcome,
  IfNobodyActsCode,
  NextStep,
  NextStepParams,
} from "../../../contracts/disputes.ts";
import { momentText, resolutionText } from "./dispute-texts.ts";

/** Where a dispute stands, as a code and the values its sentences name, before it is put in words. */
export type Situation = Omit<NextStep, "text" | "ifNobodyActs">;

/**
 * The English sentences of a situation: the same words for both sides. A mail says the moment in its
 * text; a page shows it apart, in the reader's own time (`momentShown`), and the texts of an appeal, an
 * evidence request and a ruling's appeal time do not repeat it in UTC.
 */
export function nextStepSentences(
  situation: Situation,
  momentShown: boolean,
): Pick<NextStep, "text" | "ifNobodyActs"> {
  const { ifNobodyActsCode } = situation;
  return {
    text: stepText(situation, momentShown),
    ifNobodyActs: ifNobodyActsCode ? ifNobodyText(ifNobodyActsCode, situation) : null,
  };
}

type Money = NonNullable<NextStepParams["refund"]>;

const whenOf = (p: NextStepParams) => (p.deadline ? momentText(p.deadline) : "");
const otherSide = (who: NextStep["who"]) => (who === "buyer" ? "seller" : "buyer");

/** What a proposal or an outcome gives the buyer; the server always names the amount it refunds. */
function givenText(kind: DisputeOutcome, money: Money | undefined) {
  if (money) return resolutionText(kind, money.amountMinor, money.currency);
  return kind === "rejected" ? "no refund" : "the refund";
}

/** The proposal the side whose turn it is answers: "the refund of €23.40". */
const proposalText = ({ proposal }: NextStepParams) =>
  proposal ? givenText(proposal.kind, proposal.refund) : "the proposal";

const resolvedText = ({ outcome, refund }: NextStepParams) =>
  `Resolved: ${givenText(outcome ?? "rejected", refund)}.`;

function stepText({ who, code, params: p }: Situation, momentShown: boolean): string {
  const when = whenOf(p);
  /** " by 5 Dec 15:21 UTC" in a mail; nothing on a page, which shows the moment above the text. */
  const byWhen = momentShown || !p.deadline ? "" : ` by ${when}`;
  switch (code) {
    case "answer_proposal":
      return `The ${who} must accept the ${otherSide(who)}'s proposal (${proposalText(p)}), make another, or escalate, by ${when}.`;
    case "mediator_rules":
      return `A mediator of the platform reviews both sides' proposals and evidence and rules by ${when} (usually within 48 hours).`;
    case "appeal_under_review":
      return `A mediator other than the one who ruled reviews the appeal and the evidence, and rules again${byWhen} (usually within 48 hours).`;
    case "evidence_requested":
      return `The platform asked the ${who} for more evidence${byWhen}.`;
    case "ship_return":
      return `The buyer ships the items back and enters the carrier and tracking number by ${when}.`;
    case "confirm_return":
      return `The seller confirms that the return arrived, by ${when}.`;
    case "withdrawn":
      return "The buyer withdrew the dispute.";
    case "withdrawn_reopenable":
      return `The buyer withdrew the dispute and may reopen it once${p.reopenUntil ? `, until ${momentText(p.reopenUntil)}` : ""}.`;
    case "resolved":
      return resolvedText(p);
    case "resolved_appealable":
      return momentShown || !p.appealUntil
        ? `${resolvedText(p)} The ruling may be appealed once; a different mediator then decides.`
        : `${resolvedText(p)} Either side may appeal the platform's ruling once, until ${momentText(p.appealUntil)}; a different mediator then decides.`;
  }
}

function ifNobodyText(code: IfNobodyActsCode, { who, params: p }: Situation): string {
  const when = whenOf(p);
  switch (code) {
    case "escalates":
      return `If nobody agrees by ${when}, the dispute goes to the platform, which decides.`;
    case "proposal_carried_out":
      return `If the ${who} does not answer by ${when}, ${proposalText(p)} is carried out.`;
    case "platform_decides":
      return "If none arrives by then, the platform decides on what it has.";
    case "closes_without_refund":
      return `If the buyer does not ship by ${when}, the dispute closes without a refund.`;
    case "refund_carried_out":
      return `If the seller does not confirm by ${when}, ${givenText("refund", p.refund)} is carried out.`;
    case "ruling_stands":
      return "If nobody appeals by then, the ruling stands.";
  }
}
