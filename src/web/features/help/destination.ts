import type { TFunction } from "i18next";
import type { HelpDestination, RouteAnswer } from "../../../contracts/help.ts";

/** The asker's words as quoted back: the first 80 characters. */
export function quoteOf(text: string): string {
  const oneLine = text.replace(/\s+/g, " ").trim();
  return oneLine.length <= 80 ? oneLine : `${oneLine.slice(0, 79).trimEnd()}…`;
}

export const reportTypeTitle = (type: string, t: TFunction<"help">) =>
  t(`reportCenter:types.${type}.title` as never) as string;

/** "You said …: that is …", in the interface language. */
export function explanationOf(destination: HelpDestination, text: string, t: TFunction<"help">): string {
  const quote = quoteOf(text);
  return destination.kind === "dispute"
    ? t("assistant.saidDispute", { quote, reason: t(`reasons.${destination.reason}`) })
    : t("assistant.saidReport", { quote, type: reportTypeTitle(destination.reportType, t) });
}

/** The answer's best destination when it is sure of it, else null. */
export const sureDestination = (answer: RouteAnswer | undefined): HelpDestination | null =>
  answer?.sure ? (answer.choices[0]?.destination ?? null) : null;
