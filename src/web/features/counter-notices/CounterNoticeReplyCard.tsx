import { Blockquote, Card, Stack, Text, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { ReplyToCounterNotice } from "../../../contracts/counter-notices.ts";
import type { ReportDetail } from "../../../contracts/reports.ts";
import { formatDateTime } from "../../ui/format.ts";
import { TextSubmitForm } from "../../ui/TextSubmitForm.tsx";
import { useReplyToCounterNotice } from "../my-reports/reports.api.ts";

type CounterNotice = NonNullable<ReportDetail["counterNotice"]>;

const REFUSALS: Record<string, string> = {
  no_counter_notice: "There is nothing to reply to",
  reply_too_late: "The time to reply has passed",
};

interface CounterNoticeReplyCardProps {
  reportId: string;
  /** A guest's private token; undefined when signed in. */
  token: string | undefined;
  notice: CounterNotice;
}

/** The seller disputes my IP complaint: its statement, and my reply before IP Protection decides. */
export function CounterNoticeReplyCard({ reportId, token, notice }: CounterNoticeReplyCardProps) {
  const send = useReplyToCounterNotice(reportId, token);
  const overdue = new Date(notice.replyDueAt).getTime() < Date.now();
  return (
    <Card
      component="section"
      aria-labelledby="counter-notice-heading"
      bg="orange.0"
      style={{ borderColor: "var(--mantine-color-orange-5)", borderWidth: 2 }}
    >
      <Stack gap="sm">
        <Title order={2} size="h3" id="counter-notice-heading">
          The seller disputes your complaint
        </Title>
        <Text size="sm">
          The seller filed a counter-notice: it says the removed listing does not infringe your right. Here is
          its statement.
        </Text>
        <Blockquote color="orange" p="sm" mt={0} bg="white" cite="— the seller">
          <Text size="sm" style={{ whiteSpace: "pre-wrap" }} className="break-anywhere">
            {notice.statement}
          </Text>
        </Blockquote>
        <Text size="sm" fw={500} c={overdue ? "red.8" : undefined}>
          Reply by <time dateTime={notice.replyDueAt}>{formatDateTime(notice.replyDueAt)}</time> (3 business
          days).
        </Text>
        <Text size="sm" c="dimmed">
          IP Protection then decides whether the listing comes back or stays removed, with or without your
          reply. You and the seller are told the outcome and the reasons.
        </Text>
        <TextSubmitForm
          id="counter-notice-reply"
          label="Your reply"
          description="Between 20 and 5000 characters. Say why the listing still infringes your right, e.g. what shows it is not genuine."
          schema={ReplyToCounterNotice}
          field="reply"
          max={5000}
          submitLabel="Send reply"
          failedTitle="Your reply was not sent"
          titles={REFUSALS}
          mutation={send}
          onSent={() =>
            notifications.show({
              color: "green",
              title: "Reply sent",
              message: "IP Protection will decide on the counter-notice. We will email you the outcome.",
            })
          }
        />
      </Stack>
    </Card>
  );
}
