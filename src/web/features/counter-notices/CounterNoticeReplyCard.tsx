import { Blockquote, Card, Stack, Text, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { Trans, useTranslation } from "react-i18next";
import { ReplyToCounterNotice } from "../../../contracts/counter-notices.ts";
import type { ReportDetail } from "../../../contracts/reports.ts";
import { formatDateTime } from "../../ui/format.ts";
import { TextSubmitForm } from "../../ui/TextSubmitForm.tsx";
import { useReplyToCounterNotice } from "../my-reports/reports.api.ts";

type CounterNotice = NonNullable<ReportDetail["counterNotice"]>;

interface CounterNoticeReplyCardProps {
  reportId: string;
  /** A guest's private token; undefined when signed in. */
  token: string | undefined;
  notice: CounterNotice;
}

/** The seller disputes my IP complaint: its statement, and my reply before IP Protection decides. */
export function CounterNoticeReplyCard({ reportId, token, notice }: CounterNoticeReplyCardProps) {
  const { t } = useTranslation("counterNotices");
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
          {t("holder.title")}
        </Title>
        <Text size="sm">{t("holder.intro")}</Text>
        <Blockquote color="orange" p="sm" mt={0} bg="white" cite={t("cite.seller")}>
          <Text size="sm" style={{ whiteSpace: "pre-wrap" }} className="break-anywhere">
            {notice.statement}
          </Text>
        </Blockquote>
        <Text size="sm" fw={500} c={overdue ? "red.8" : undefined}>
          <Trans
            t={t}
            i18nKey="holder.replyBy"
            values={{ date: formatDateTime(notice.replyDueAt) }}
            components={{ time: <time dateTime={notice.replyDueAt} /> }}
          />
        </Text>
        <Text size="sm" c="dimmed">
          {t("holder.afterwards")}
        </Text>
        <TextSubmitForm
          id="counter-notice-reply"
          label={t("holder.label")}
          description={t("holder.help")}
          schema={ReplyToCounterNotice}
          field="reply"
          max={5000}
          submitLabel={t("holder.submit")}
          failedTitle={t("holder.failed")}
          titles={{
            no_counter_notice: t("holder.refusals.no_counter_notice"),
            reply_too_late: t("holder.refusals.reply_too_late"),
          }}
          mutation={send}
          onSent={() =>
            notifications.show({ color: "green", title: t("holder.sentTitle"), message: t("holder.sent") })
          }
        />
      </Stack>
    </Card>
  );
}
