import type { TFunction } from "i18next";
import type { ReportTypeInfo } from "../../../contracts/report-types.ts";

export interface ReportTypeWords {
  title: string;
  summary: string;
  forWhat: string[];
  notFor: string[];
}

/**
 * A report type's card in the interface language. The web knows each type's words by id; a line the
 * server sends beyond them (a newer server) keeps the server's English.
 */
export function reportTypeWords(type: ReportTypeInfo, t: TFunction<"reportCenter">): ReportTypeWords {
  const lines = (part: "forWhat" | "notFor", english: string[]) =>
    english.map((line, i) => {
      return t(`types.${type.id}.${part}.${i}`, { defaultValue: line });
    });
  return {
    title: t(`types.${type.id}.title`),
    summary: t(`types.${type.id}.summary`),
    forWhat: lines("forWhat", type.forWhat),
    notFor: lines("notFor", type.notFor),
  };
}
