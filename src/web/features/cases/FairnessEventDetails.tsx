import { Box, Text } from "@mantine/core";
import { z } from "zod";
import type { CaseEvent } from "../../../contracts/console.ts";
import { Evidence } from "../../../contracts/reports.ts";
import { EvidenceGallery } from "./EvidenceGallery.tsx";
import { QuotedMessage } from "./QuotedMessage.tsx";

type Event = z.infer<typeof CaseEvent>;

const Attachments = z.array(Evidence);

/** The files sent with an appeal or an answer (staff-only download links), when there are any. */
function EventAttachments({ data, of }: { data: Event["data"]; of: string }) {
  const parsed = Attachments.safeParse(data.attachments);
  if (!parsed.success || parsed.data.length === 0) return null;
  return (
    <Box mt={6} maw={420}>
      <EvidenceGallery evidence={parsed.data} compact of={of} />
    </Box>
  );
}

const text = (value: unknown) => (typeof value === "string" && value.trim() !== "" ? value : null);

const COUNTER_NOTICE_OUTCOMES: Record<string, string> = {
  reinstate: "Listing reinstated",
  keep: "Listing kept removed",
};

/** What appeals, counter-notices and the seller's own actions add to the history. */
export function FairnessEventDetails({ event }: { event: Event }) {
  const { data } = event;
  switch (event.type) {
    case "appeal.filed":
      return (
        <>
          <Text size="sm">By the {data.by === "seller" ? "seller" : "reporter"}</Text>
          <EventAttachments data={data} of="appeal" />
        </>
      );
    case "appeal.decided": {
      const reason = text(data.reason);
      return (
        <>
          <Text size="sm" fw={500}>
            {data.outcome === "reversed" ? "Decision reversed" : "Decision upheld"}
          </Text>
          {reason && <QuotedMessage message={reason} />}
        </>
      );
    }
    case "counter_notice.filed":
      return typeof data.attempt === "number" ? <Text size="sm">Attempt {data.attempt} of 3</Text> : null;
    case "counter_notice.decided": {
      const outcome = text(data.outcome);
      return outcome ? <Text size="sm">{COUNTER_NOTICE_OUTCOMES[outcome] ?? outcome}</Text> : null;
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

const ACTOR_BY_EVENT: Record<string, string> = {
  "case.info_provided": "A reporter",
  "seller.answered": "The seller",
  "seller.removed_listing": "The seller",
  "counter_notice.filed": "The seller",
  "counter_notice.replied": "The rights holder",
};

/** Who did something when no staff name comes with the event: the side it came from, or Redress itself. */
export function sideOfEvent(event: Event): string {
  if (event.type === "appeal.filed") return event.data.by === "seller" ? "The seller" : "A reporter";
  return ACTOR_BY_EVENT[event.type] ?? "Redress";
}
