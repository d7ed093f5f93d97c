import { Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { NextStep } from "../../../contracts/disputes.ts";
import { formatDateTime } from "../../ui/format.ts";
import { formatRelative } from "../../ui/time.ts";
import { nextStepSentences } from "./next-step-sentences.ts";

/**
 * By when, what must happen, and what happens if nobody acts: the same words both sides and the
 * mediator read (each a whole sentence, in the interface language, from the server's codes), with the
 * deadline in the reader's own time. A settled dispute has a moment only while its ruling may still be
 * appealed.
 */
export function NextStepDetails({ next, now }: { next: NextStep; now: number }) {
  const { t } = useTranslation("disputes");
  const { text, ifNobodyActs } = nextStepSentences(next);
  return (
    <>
      {next.by && (
        <Text fw={600}>
          {next.who === "nobody" ? t("next.appealUntil") : t("next.by")}{" "}
          <time dateTime={next.by}>{formatDateTime(next.by)}</time>{" "}
          <Text span fw={400} c="dark.6">
            {t("next.yourTime", { relative: formatRelative(next.by, now) })}
          </Text>
        </Text>
      )}
      <Text>{text}</Text>
      {ifNobodyActs && (
        <Text size="sm" fw={600}>
          {ifNobodyActs}
        </Text>
      )}
    </>
  );
}
