import { describe, expect, it } from "vitest";
import { type Example, LABELS, labelledExamples, trainClassifier } from "./classifier.ts";
import { SURE_FROM } from "./route-answer.ts";
import { featuresOf, fold } from "./tokens.ts";

const FOLDS = 5;
const examples = labelledExamples();

/**
 * Five folds, dealt by position (every fifth example, starting at 0…4): each example is held out exactly
 * once, by a model trained on the other four fifths, and the split is the same on every run.
 */
function heldOutPredictions(all: Example[]) {
  return Array.from({ length: FOLDS }, (_, fold) => {
    const classifier = trainClassifier(all.filter((_, i) => i % FOLDS !== fold));
    return all
      .filter((_, i) => i % FOLDS === fold)
      .map((example) => ({ example, best: classifier.rank(example.text)[0] }));
  }).flat();
}

function confusionMatrix(predictions: ReturnType<typeof heldOutPredictions>): string {
  const short = (label: string) => label.replace("dispute:", "d:").replace("report:", "r:").slice(0, 16);
  const header = ["actual \\ predicted".padEnd(18), ...LABELS.map((_, i) => String(i).padStart(3))].join("");
  const rows = LABELS.map((actual, i) => {
    const cells = LABELS.map((predicted) =>
      String(
        predictions.filter((p) => p.example.label === actual && p.best?.label === predicted).length,
      ).padStart(3),
    );
    return `${`${i} ${short(actual)}`.padEnd(18)}${cells.join("")}`;
  });
  return [header, ...rows].join("\n");
}

describe("the assistant's classifier", () => {
  it("learns from at least 300 examples over every destination, in English, German and French", () => {
    expect(examples.length).toBeGreaterThanOrEqual(300);
    for (const label of LABELS)
      for (const language of ["en", "de", "fr"])
        expect(
          examples.filter((e) => e.label === label && e.language === language).length,
          `${label} ${language}`,
        ).toBeGreaterThanOrEqual(8);
    expect(new Set(examples.map((e) => e.text)).size, "no example is written twice").toBe(examples.length);
  });

  it("routes held-out examples right at least 85 % of the time", () => {
    const predictions = heldOutPredictions(examples);
    const right = predictions.filter((p) => p.best?.label === p.example.label).length;
    const accuracy = right / predictions.length;
    const byLanguage = ["en", "de", "fr"].map((language) => {
      const of = predictions.filter((p) => p.example.language === language);
      return `${language} ${((of.filter((p) => p.best?.label === p.example.label).length / of.length) * 100).toFixed(1)} %`;
    });
    const sure = predictions.filter((p) => (p.best?.confidence ?? 0) >= SURE_FROM);
    const sureRight = sure.filter((p) => p.best?.label === p.example.label).length;
    console.log(
      `held out: ${right}/${predictions.length} right (${(accuracy * 100).toFixed(1)} %; ${byLanguage.join(", ")}); ` +
        `sure on ${sure.length}, of which ${sureRight} right (${((sureRight / sure.length) * 100).toFixed(1)} %)\n` +
        confusionMatrix(predictions),
    );
    expect(accuracy).toBeGreaterThanOrEqual(0.85);
    // What it is sure of, it should get right far more often than not.
    expect(sureRight / sure.length).toBeGreaterThanOrEqual(0.9);
  });

  it("reads typos and languages it was given fewer words of", () => {
    const classifier = trainClassifier(examples);
    expect(classifier.rank("my pacage never arived")[0]?.label).toBe("dispute:not_received");
    expect(classifier.rank("Die Lampe kam zerbrochen an")[0]?.label).toBe("dispute:damaged");
    expect(classifier.rank("")).toEqual([]);
  });
});

describe("the assistant's tokenizer", () => {
  it("folds case and accents, and reads words and their pieces", () => {
    expect(fold("Größe: ÉTÉ, Çà!")).toBe("grosse ete ca");
    const features = featuresOf("Colis arrivé");
    expect(features).toEqual(
      expect.arrayContaining(["colis", "arrive", "colis+arrive", "#_co", "#ive_", "#rriv"]),
    );
  });
});
