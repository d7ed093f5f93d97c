import { Badge, Blockquote, Card, Group, Stack, Text } from "@mantine/core";
import { Trans, useTranslation } from "react-i18next";
import type { CounterNotice } from "../../../contracts/counter-notices.ts";
import { COUNTER_NOTICE_MAX_ATTEMPTS } from "../../../contracts/counter-notices.ts";
import { formatDateTime } from "../../ui/format.ts";

function statusOf(notice: CounterNotice) {
  if (notice.status === "awaiting_reply") return { key: "status.awaiting_reply", color: "orange" } as const;
  if (notice.status === "awaiting_decision")
    return { key: "status.awaiting_decision", color: "yellow" } as const;
  return notice.outcome === "reinstate"
    ? ({ key: "status.reinstated", color: "green" } as const)
    : ({ key: "status.kept", color: "red" } as const);
}

function Quote({ cite, children }: { cite: string; children: string }) {
  return (
    <Blockquote p="xs" mt={0} color="gray" cite={cite}>
      <Text size="sm" style={{ whiteSpace: "pre-wrap" }} className="break-anywhere">
        {children}
      </Text>
    </Blockquote>
  );
}

/** One of my counter-notices: what I wrote, the rights holder's reply, and IP Protection's decision. */
export function CounterNoticeItem({ notice }: { notice: CounterNotice }) {
  const { t } = useTranslation("counterNotices");
  const status = statusOf(notice);
  const headingId = `counter-notice-${notice.id}`;
  return (
    <Card withBorder component="li" aria-labelledby={headingId} style={{ listStyle: "none" }} padding="sm">
      <Stack gap="xs">
        <Group justify="space-between" gap="xs">
          <Text fw={600} size="sm" id={headingId}>
            {t("attempt", { attempt: notice.attempt, max: COUNTER_NOTICE_MAX_ATTEMPTS })}
          </Text>
          <Badge color={status.color} variant="light">
            {t(status.key)}
          </Badge>
        </Group>
        <Text size="xs" c="dimmed">
          <Trans
            t={t}
            i18nKey="item.sent"
            values={{ date: formatDateTime(notice.createdAt) }}
            components={{ time: <time dateTime={notice.createdAt} /> }}
          />
        </Text>
        <Quote cite={t("cite.you")}>{notice.statement}</Quote>
        {notice.status === "awaiting_reply" && (
          <Text size="sm">
            <Trans
              t={t}
              i18nKey="item.mayReply"
              values={{ date: formatDateTime(notice.replyDueAt) }}
              components={{ time: <time dateTime={notice.replyDueAt} /> }}
            />
          </Text>
        )}
        {notice.reply ? (
          <Quote cite={t("cite.holder")}>{notice.reply}</Quote>
        ) : (
          notice.status !== "awaiting_reply" && (
            <Text size="sm" c="dimmed">
              {t("item.noReply")}
            </Text>
          )
        )}
        {notice.status === "decided" && (
          <Stack gap={4}>
            <Text size="sm" fw={600}>
              {notice.outcome === "reinstate" ? t("item.reinstated") : t("item.kept")}
            </Text>
            {notice.reason && <Quote cite={t("cite.ip")}>{notice.reason}</Quote>}
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
