import naiveBayes from "wink-naive-bayes-text-classifier";
import { DisputeReason } from "../../../../contracts/disputes.ts";
import type { HelpDestination } from "../../../../contracts/help.ts";
import { REPORT_TYPES, ReportTypeId } from "../../../../contracts/report-types.ts";
import de from "./examples.de.json" with { type: "json" };
import en from "./examples.en.json" with { type: "json" };
import fr from "./examples.fr.json" with { type: "json" };
import { featuresOf } from "./tokens.ts";

/** A destination as the examples name it: "dispute:not_received", "report:phishing". */
export type Label = `dispute:${DisputeReason}` | `report:${ReportTypeId}`;

export interface Example {
  text: string;
  label: Label;
  language: string;
}

export interface Ranked {
  label: Label;
  confidence: number;
}

/** Every dispute reason, and the report types of the Report Center (an abusive rating is reported from it). */
export const LABELS: Label[] = [
  ...DisputeReason.options.map((r) => `dispute:${r}` as const),
  ...REPORT_TYPES.filter((t) => t.listed).map((t) => `report:${t.id}` as const),
];

const isLabel = (value: string): value is Label => (LABELS as string[]).includes(value);

export function destinationOf(label: Label): HelpDestination {
  const [kind, id] = label.split(":") as ["dispute" | "report", string];
  return kind === "dispute"
    ? { kind, reason: DisputeReason.parse(id) }
    : { kind, reportType: ReportTypeId.parse(id) };
}

/** The labelled examples kept in the repository, one file per language. */
export function labelledExamples(): Example[] {
  const files: Record<string, Record<string, string[]>> = { en, de, fr };
  return Object.entries(files).flatMap(([language, byLabel]) =>
    Object.entries(byLabel).flatMap(([label, texts]) => {
      if (!isLabel(label)) throw new Error(`examples.${language}.json: unknown label "${label}"`);
      return texts.map((text) => ({ text, label, language }));
    }),
  );
}

/**
 * The classifier's odds are log₂ ratios summed over many overlapping features (words and their pieces), so
 * they are far too sure of themselves; dividing by this before the softmax spreads the belief to a share
 * that matched the held-out examples (about as often right as it says).
 */
const TEMPERATURE = 14;

/** Trains a naive Bayes classifier on the examples: a few hundred texts take milliseconds. */
export function trainClassifier(examples: Example[]) {
  const classifier = naiveBayes();
  classifier.defineConfig({ considerOnlyPresence: true, smoothingFactor: 0.1 });
  classifier.definePrepTasks([featuresOf]);
  for (const example of examples) classifier.learn(example.text, example.label);
  classifier.consolidate();

  /** Every allowed label with its share of belief, best first; empty when no feature of the text is known. */
  function rank(text: string, allowed: (label: Label) => boolean = () => true): Ranked[] {
    const odds = classifier.computeOdds(text).filter(([label]) => isLabel(label) && allowed(label));
    if (odds.length === 0) return [];
    const top = Math.max(...odds.map(([, o]) => o));
    const weights = odds.map(([label, o]) => [label as Label, 2 ** ((o - top) / TEMPERATURE)] as const);
    const total = weights.reduce((sum, [, w]) => sum + w, 0);
    return weights
      .map(([label, w]) => ({ label, confidence: w / total }))
      .sort((a, b) => b.confidence - a.confidence);
  }

  return { rank };
}

export type Classifier = ReturnType<typeof trainClassifier>;
