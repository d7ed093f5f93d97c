import { Card, Stack, Text, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import {
  COUNTER_NOTICE_FIRST_DAYS,
  COUNTER_NOTICE_LATER_DAYS,
  COUNTER_NOTICE_MAX_ATTEMPTS,
  type CounterNotice,
  FileCounterNotice,
} from "../../../contracts/counter-notices.ts";
import type { ReceivedComplaintDetail } from "../../../contracts/received.ts";
import { formatDateTime } from "../../ui/format.ts";
import { ErrorBlock, LoadingBlock } from "../../ui/QueryState.tsx";
import { TextSubmitForm } from "../../ui/TextSubmitForm.tsx";
import { useCounterNotices, useFileCounterNotice } from "../my-reports/received.api.ts";
import { addBusinessDays } from "./business-days.ts";
import { CounterNoticeItem } from "./CounterNoticeItem.tsx";

const REFUSALS: Record<string, string> = {
  counter_notice_pending: "Your earlier counter-notice is still being handled",
  counter_notice_too_late: "The time for a counter-notice has passed",
  counter_notice_too_many: "No more counter-notices",
  not_ip_removal: "This complaint cannot be answered with a counter-notice",
};

type Decision = NonNullable<ReceivedComplaintDetail["decision"]>;

/** Why no new counter-notice can be filed now, or null with the deadline of the next one. */
function nextAttempt(decision: Decision, notices: CounterNotice[]) {
  if (decision.reversedAt) return { blocked: "The decision was reversed: there is nothing to contest." };
  if (notices.some((n) => n.status !== "decided"))
    return { blocked: "Your counter-notice is being handled. You can file another once it is decided." };
  if (notices.length >= COUNTER_NOTICE_MAX_ATTEMPTS)
    return {
      blocked: `You have filed the ${COUNTER_NOTICE_MAX_ATTEMPTS} counter-notices a complaint takes.`,
    };
  if (notices.some((n) => n.outcome === "reinstate"))
    return { blocked: "Your listing was reinstated: there is nothing left to contest." };
  const days = notices.length === 0 ? COUNTER_NOTICE_FIRST_DAYS : COUNTER_NOTICE_LATER_DAYS;
  const due = addBusinessDays(new Date(decision.decidedAt), days);
  if (due.getTime() < Date.now())
    return { blocked: `The time for a counter-notice ended on ${formatDateTime(due.toISOString())}.` };
  return { blocked: null, due };
}

function CounterNoticeForm({
  caseId,
  decision,
  notices,
}: {
  caseId: string;
  decision: Decision;
  notices: CounterNotice[];
}) {
  const send = useFileCounterNotice(caseId);
  const next = nextAttempt(decision, notices);
  if (next.blocked)
    return (
      <Text size="sm" c="dimmed" role="status">
        {next.blocked}
      </Text>
    );
  return (
    <Stack gap="xs">
      <Title order={3} size="h5">
        File a counter-notice{notices.length > 0 ? ` (attempt ${notices.length + 1})` : ""}
      </Title>
      <Text size="sm" fw={500}>
        File by{" "}
        <time dateTime={next.due?.toISOString()}>{formatDateTime(next.due?.toISOString() ?? "")}</time>.
      </Text>
      <TextSubmitForm
        id="counter-notice-statement"
        label="Why the listing does not infringe"
        description="Between 30 and 5000 characters. E.g. the goods are genuine (say where you bought them), you have a licence, or the right does not cover them."
        schema={FileCounterNotice}
        field="statement"
        max={5000}
        submitLabel="Send counter-notice"
        failedTitle="Your counter-notice was not sent"
        titles={REFUSALS}
        mutation={send}
        onSent={() =>
          notifications.show({
            color: "green",
            title: "Counter-notice sent",
            message: "The rights holder may reply within 3 business days; then IP Protection decides.",
          })
        }
      />
    </Stack>
  );
}

/**
 * IP complaints that removed or restricted something: my counter-notices and the form for the next one.
 * The 1st within 3 business days of the decision, the 2nd and 3rd within 27, at most 3.
 */
export function CounterNoticesCard({
  complaint,
  decision,
}: {
  complaint: ReceivedComplaintDetail;
  decision: Decision;
}) {
  const notices = useCounterNotices(complaint.caseId, true);
  return (
    <Card component="section" aria-labelledby="counter-notices-heading">
      <Stack gap="sm">
        <Title order={2} size="h4" id="counter-notices-heading">
          Counter-notices
        </Title>
        <Text size="sm">
          Believe the rights holder is wrong? File a counter-notice: the first within{" "}
          {COUNTER_NOTICE_FIRST_DAYS} business days of the decision, a 2nd and 3rd within{" "}
          {COUNTER_NOTICE_LATER_DAYS} business days; at most {COUNTER_NOTICE_MAX_ATTEMPTS}. The rights holder
          may reply within 3 business days, then IP Protection decides whether your listing comes back.
        </Text>
        {notices.isPending && <LoadingBlock rows={2} height={48} />}
        {notices.isError && (
          <ErrorBlock
            error={notices.error}
            title="Could not load your counter-notices"
            onRetry={() => notices.refetch()}
          />
        )}
        {notices.data && notices.data.length > 0 && (
          <Stack component="ul" gap="xs" p={0} m={0} aria-label="Your counter-notices">
            {notices.data.map((notice) => (
              <CounterNoticeItem key={notice.id} notice={notice} />
            ))}
          </Stack>
        )}
        {notices.data && (
          <CounterNoticeForm caseId={complaint.caseId} decision={decision} notices={notices.data} />
        )}
      </Stack>
    </Card>
  );
}
