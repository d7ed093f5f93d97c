import { Box, Text } from "@mantine/core";
import i18next from "i18next";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import type { CaseEvent } from "../../../contracts/console.ts";
import { Evidence } from "../../../contracts/reports.ts";
import { EvidenceGallery } from "./EvidenceGallery.tsx";
import { QuotedMessage } from "./QuotedMessage.tsx";

type Event = z.infer<typeof CaseEvent>;

const Attachments = z.array(Evidence);

/** The files sent with an appeal or an answer (staff-only download links), when there are any. */
function EventAttachments({ data, of }: { data: Event["data"]; of: "appeal" | "answer" }) {
  const parsed = Attachments.safeParse(data.attachments);
  if (!parsed.success || parsed.data.length === 0) return null;
  return (
    <Box mt={6} maw={420}>
      <EvidenceGallery evidence={parsed.data} compact of={of} />
    </Box>
  );
}

const text = (value: unknown) => (typeof value === "string" && value.trim() !== "" ? value : null);

/** What appeals, counter-notices and the seller's own actions add to the history. */
export function FairnessEventDetails({ event }: { event: Event }) {
  const { t } = useTranslation("cases");
  const { data } = event;
  switch (event.type) {
    case "appeal.filed":
      return (
        <>
          <Text size="sm">
            {data.by === "seller" ? t("eventDetails.bySeller") : t("eventDetails.byReporter")}
          </Text>
          <EventAttachments data={data} of="appeal" />
        </>
      );
    case "appeal.decided": {
      const reason = text(data.reason);
      return (
        <>
          <Text size="sm" fw={500}>
            {data.outcome === "reversed" ? t("eventDetails.reversed") : t("eventDetails.upheld")}
          </Text>
          {reason && <QuotedMessage message={reason} />}
        </>
      );
    }
    case "counter_notice.filed":
      return typeof data.attempt === "number" ? (
        <Text size="sm">{t("eventDetails.attempt", { attempt: data.attempt })}</Text>
      ) : null;
    case "counter_notice.decided": {
      const outcome = text(data.outcome);
      if (!outcome) return null;
      const known = outcome === "reinstate" || outcome === "keep";
      return <Text size="sm">{known ? t(`eventDetails.${outcome}`) : outcome}</Text>;
    }
    case "seller.answered": {
      const statement = text(data.statement);
      return (
        <>
          {statement && <QuotedMessage message={statement} />}
          <EventAttachments data={data} of="answer" />
        </>
      );
    }
    default:
      return null;
  }
}

const ACTOR_BY_EVENT: Record<string, "reporter" | "seller" | "holder"> = {
  "case.info_provided": "reporter",
  "seller.answered": "seller",
  "seller.removed_listing": "seller",
  "counter_notice.filed": "seller",
  "counter_notice.replied": "holder",
};

/** Who did something when no staff name comes with the event: the side it came from, or Redress itself. */
export function sideOfEvent(event: Event): string {
  const side =
    event.type === "appeal.filed"
      ? event.data.by === "seller"
        ? "seller"
        : "reporter"
      : (ACTOR_BY_EVENT[event.type] ?? "system");
  return i18next.t(`cases:actor.${side}`);
}
