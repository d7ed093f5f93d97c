import type { TFunction } from "i18next";
import { type HelpDestination, quoteOf, type RouteAnswer } from "../../../contracts/help.ts";

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
