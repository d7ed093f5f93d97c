import { Card, Stack, Text, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import type { TFunction } from "i18next";
import { Trans, useTranslation } from "react-i18next";
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

type Decision = NonNullable<ReceivedComplaintDetail["decision"]>;

/** Why no new counter-notice can be filed now, or null with the deadline of the next one. */
function nextAttempt(decision: Decision, notices: CounterNotice[], t: TFunction<"counterNotices">) {
  if (decision.reversedAt) return { blocked: t("seller.blocked.reversed") };
  if (notices.some((n) => n.status !== "decided")) return { blocked: t("seller.blocked.pending") };
  if (notices.length >= COUNTER_NOTICE_MAX_ATTEMPTS)
    return { blocked: t("seller.blocked.tooMany", { max: COUNTER_NOTICE_MAX_ATTEMPTS }) };
  if (notices.some((n) => n.outcome === "reinstate")) return { blocked: t("seller.blocked.reinstated") };
  const days = notices.length === 0 ? COUNTER_NOTICE_FIRST_DAYS : COUNTER_NOTICE_LATER_DAYS;
  const due = addBusinessDays(new Date(decision.decidedAt), days);
  if (due.getTime() < Date.now())
    return { blocked: t("seller.blocked.tooLate", { date: formatDateTime(due.toISOString()) }) };
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
  const { t } = useTranslation("counterNotices");
  const send = useFileCounterNotice(caseId);
  const next = nextAttempt(decision, notices, t);
  if (next.blocked)
    return (
      <Text size="sm" c="dimmed" role="status">
        {next.blocked}
      </Text>
    );
  return (
    <Stack gap="xs">
      <Title order={3} size="h5">
        {notices.length > 0
          ? t("seller.fileTitleAttempt", { attempt: notices.length + 1 })
          : t("seller.fileTitle")}
      </Title>
      <Text size="sm" fw={500}>
        <Trans
          t={t}
          i18nKey="seller.fileBy"
          values={{ date: formatDateTime(next.due?.toISOString() ?? "") }}
          components={{ time: <time dateTime={next.due?.toISOString()} /> }}
        />
      </Text>
      <TextSubmitForm
        id="counter-notice-statement"
        label={t("seller.label")}
        description={t("seller.help")}
        schema={FileCounterNotice}
        field="statement"
        max={5000}
        submitLabel={t("seller.submit")}
        failedTitle={t("seller.failed")}
        titles={{
          counter_notice_pending: t("seller.refusals.counter_notice_pending"),
          counter_notice_too_late: t("seller.refusals.counter_notice_too_late"),
          counter_notice_too_many: t("seller.refusals.counter_notice_too_many"),
          not_ip_removal: t("seller.refusals.not_ip_removal"),
        }}
        mutation={send}
        onSent={() =>
          notifications.show({ color: "green", title: t("seller.sentTitle"), message: t("seller.sent") })
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
  const { t } = useTranslation("counterNotices");
  const notices = useCounterNotices(complaint.caseId, true);
  return (
    <Card component="section" aria-labelledby="counter-notices-heading">
      <Stack gap="sm">
        <Title order={2} size="h4" id="counter-notices-heading">
          {t("seller.title")}
        </Title>
        <Text size="sm">
          {t("seller.intro", {
            first: COUNTER_NOTICE_FIRST_DAYS,
            later: COUNTER_NOTICE_LATER_DAYS,
            max: COUNTER_NOTICE_MAX_ATTEMPTS,
          })}
        </Text>
        {notices.isPending && <LoadingBlock rows={2} height={48} />}
        {notices.isError && (
          <ErrorBlock
            error={notices.error}
            title={t("seller.loadFailed")}
            onRetry={() => notices.refetch()}
          />
        )}
        {notices.data && notices.data.length > 0 && (
          <Stack component="ul" gap="xs" p={0} m={0} aria-label={t("seller.list")}>
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
