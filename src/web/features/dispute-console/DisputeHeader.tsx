import { Group, Stack, Text, Title } from "@mantine/core";
import { type ConsoleDispute, DISPUTE_REASON_LABELS } from "../../../contracts/disputes.ts";
import { formatDateTime } from "../../ui/format.ts";
import { DisputeStatusBadge } from "../disputes/DisputeStatusBadge.tsx";
import { formatMoney } from "../disputes/money.ts";
import { OUTCOME_NAMES } from "./dispute-console.labels.ts";

/**
 * The dispute's reference, where it stands, what the buyer says is wrong, and its outcome once ruled:
 * while the ruling is appealed, that outcome is only the one under appeal.
 */
export function DisputeHeader({ dispute }: { dispute: ConsoleDispute }) {
  return (
    <Stack gap={6}>
      <Group gap="sm" align="center">
        <Title order={1}>Dispute {dispute.reference}</Title>
        <DisputeStatusBadge status={dispute.status} size="lg" />
      </Group>
      <Text>
        Buyer’s reason: <strong>“{DISPUTE_REASON_LABELS[dispute.reason]}”</strong> · opened{" "}
        <time dateTime={dispute.openedAt}>{formatDateTime(dispute.openedAt)}</time>
      </Text>
      {dispute.outcome && (
        <Text>
          {dispute.status === "appealed" ? "Ruling under appeal" : "Outcome"}:{" "}
          <strong>{OUTCOME_NAMES[dispute.outcome]}</strong>
          {dispute.refund && <> · refund {formatMoney(dispute.refund)}</>}
          {dispute.ruledBy && <> · ruled by {dispute.ruledBy}</>}
        </Text>
      )}
    </Stack>
  );
}
