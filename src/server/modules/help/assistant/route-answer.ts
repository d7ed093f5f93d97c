import type { DisputeReason } from "../../../../contracts/disputes.ts";
import { quoteOf, type RouteAnswer, type RouteRequest } from "../../../../contracts/help.ts";
import { REPORT_TYPES } from "../../../../contracts/report-types.ts";
import { type Classifier, destinationOf, type Label, type Ranked } from "./classifier.ts";

/** The best choice is taken as the answer from this share of belief on (about 4 in 5 right on held-out text). */
export const SURE_FROM = 0.7;
/** An order problem is likelier when the asker says it is about an order: dispute labels weigh this much more. */
const ORDER_WEIGHT = 2;

const DISPUTE_WORDS: Record<DisputeReason, string> = {
  not_received: "not received",
  not_as_described: "not as described",
  quality: "poor quality",
  damaged: "arrived damaged",
  missing_parts: "missing parts",
  wrong_item: "wrong item",
  counterfeit: "counterfeit received",
};

const isDispute = (label: Label) => label.startsWith("dispute:");

function explain(best: Ranked | undefined, sure: boolean, text: string): string {
  if (!best)
    return "We could not tell from these words where this belongs. Choose below, or say it in other words.";
  if (!sure) return "We are not sure where this belongs: it is most likely one of these two.";
  const said = `You said “${quoteOf(text)}”`;
  const destination = destinationOf(best.label);
  if (destination.kind === "dispute")
    return `${said}: that is a problem with your order — open a dispute for ${DISPUTE_WORDS[destination.reason]}.`;
  const title = REPORT_TYPES.find((t) => t.id === destination.reportType)?.title ?? destination.reportType;
  return `${said}: that is a report — file it as “${title}”.`;
}

/** Weighs the answers to the assistant's questions into the classifier's ranking. */
function weighed(ranked: Ranked[], aboutOrder: boolean | undefined): Ranked[] {
  if (aboutOrder !== true) return ranked;
  const weights = ranked.map((r) => (isDispute(r.label) ? r.confidence * ORDER_WEIGHT : r.confidence));
  const total = weights.reduce((sum, w) => sum + w, 0);
  return ranked
    .map((r, i) => ({ label: r.label, confidence: weights[i]! / total }))
    .sort((a, b) => b.confidence - a.confidence);
}

/** Where a problem told in free text belongs: a dispute of one's order (with its reason) or a report type. */
export function routeAnswer(classifier: Classifier, request: RouteRequest): RouteAnswer {
  // Without an order of one's own there is nothing to dispute.
  const allowed = request.aboutOrder === false ? (label: Label) => !isDispute(label) : undefined;
  const ranked = weighed(classifier.rank(request.text, allowed), request.aboutOrder);
  const best = ranked[0];
  const sure = !!best && best.confidence >= SURE_FROM;
  return {
    sure,
    choices: ranked.slice(0, 2).map((r) => ({
      destination: destinationOf(r.label),
      confidence: Math.round(r.confidence * 1000) / 1000,
    })),
    explanation: explain(best, sure, request.text),
  };
}
