import { Badge, Blockquote, Card, Group, Stack, Text } from "@mantine/core";
import type { CounterNotice } from "../../../contracts/counter-notices.ts";
import { COUNTER_NOTICE_MAX_ATTEMPTS } from "../../../contracts/counter-notices.ts";
import { formatDateTime } from "../../ui/format.ts";

function statusOf(notice: CounterNotice): { label: string; color: string } {
  if (notice.status === "awaiting_reply") return { label: "Waiting for the rights holder", color: "orange" };
  if (notice.status === "awaiting_decision") return { label: "Waiting for IP Protection", color: "yellow" };
  return notice.outcome === "reinstate"
    ? { label: "Listing reinstated", color: "green" }
    : { label: "Kept removed", color: "red" };
}

function Quote({ who, children }: { who: string; children: string }) {
  return (
    <Blockquote p="xs" mt={0} color="gray" cite={`— ${who}`}>
      <Text size="sm" style={{ whiteSpace: "pre-wrap" }} className="break-anywhere">
        {children}
      </Text>
    </Blockquote>
  );
}

/** One of my counter-notices: what I wrote, the rights holder's reply, and IP Protection's decision. */
export function CounterNoticeItem({ notice }: { notice: CounterNotice }) {
  const status = statusOf(notice);
  const headingId = `counter-notice-${notice.id}`;
  return (
    <Card withBorder component="li" aria-labelledby={headingId} style={{ listStyle: "none" }} padding="sm">
      <Stack gap="xs">
        <Group justify="space-between" gap="xs">
          <Text fw={600} size="sm" id={headingId}>
            Counter-notice {notice.attempt} of {COUNTER_NOTICE_MAX_ATTEMPTS}
          </Text>
          <Badge color={status.color} variant="light">
            {status.label}
          </Badge>
        </Group>
        <Text size="xs" c="dimmed">
          Sent <time dateTime={notice.createdAt}>{formatDateTime(notice.createdAt)}</time>
        </Text>
        <Quote who="you">{notice.statement}</Quote>
        {notice.status === "awaiting_reply" && (
          <Text size="sm">
            The rights holder may reply until{" "}
            <time dateTime={notice.replyDueAt}>{formatDateTime(notice.replyDueAt)}</time>; then IP Protection
            decides.
          </Text>
        )}
        {notice.reply ? (
          <Quote who="the rights holder">{notice.reply}</Quote>
        ) : (
          notice.status !== "awaiting_reply" && (
            <Text size="sm" c="dimmed">
              The rights holder did not reply in time.
            </Text>
          )
        )}
        {notice.status === "decided" && (
          <Stack gap={4}>
            <Text size="sm" fw={600}>
              {notice.outcome === "reinstate"
                ? "Decision: your listing is back on the marketplace."
                : "Decision: the listing stays removed."}
            </Text>
            {notice.reason && <Quote who="IP Protection">{notice.reason}</Quote>}
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
