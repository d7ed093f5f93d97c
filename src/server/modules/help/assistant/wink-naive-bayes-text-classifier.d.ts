// The package ships no types; this is the part of its API that the assistant uses.
declare module "wink-naive-bayes-text-classifier" {
  interface NaiveBayesTextClassifier {
    defineConfig(config: { considerOnlyPresence?: boolean; smoothingFactor?: number }): boolean;
    definePrepTasks(tasks: Array<(input: string) => string[]>): number;
    learn(input: string, label: string): boolean;
    consolidate(): boolean;
    predict(input: string): string;
    /** `[label, log2 odds of the label against all the others]`, best first; `[["unknown", 0]]` for no known token. */
    computeOdds(input: string): Array<[string, number]>;
  }
  export default function naiveBayesTextClassifier(): NaiveBayesTextClassifier;
}
