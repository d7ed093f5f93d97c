import { Paper, Stack, Text, Title } from "@mantine/core";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import type { Responsiveness } from "../../../contracts/messages.ts";
import { useResponsiveness } from "./messages.api.ts";

/** "45 minutes", "3 hours", "2 days": the median reply time, rounded the way people say it. */
export function replyTimeText(minutes: number, t: TFunction<"messages">): string {
  if (minutes < 90) return t("responsiveness.minutes", { count: Math.max(1, Math.round(minutes)) });
  if (minutes < 48 * 60) return t("responsiveness.hours", { count: Math.round(minutes / 60) });
  return t("responsiveness.days", { count: Math.round(minutes / 1440) });
}

function Figures({ rate }: { rate: Responsiveness }) {
  const { t } = useTranslation("messages");
  if (rate.asked === 0) return <Text size="sm">{t("responsiveness.none", { days: rate.days })}</Text>;
  if (rate.medianReplyMinutes === null)
    return <Text size="sm">{t("responsiveness.noReply", { asked: rate.asked, days: rate.days })}</Text>;
  return (
    <Stack gap={2}>
      <Text fw={600}>{t("responsiveness.median", { time: replyTimeText(rate.medianReplyMinutes, t) })}</Text>
      <Text size="sm" c="dimmed">
        {t("responsiveness.basis", { count: rate.replied, days: rate.days })}{" "}
        {t("responsiveness.answered", { replied: rate.replied, asked: rate.asked })}
      </Text>
    </Stack>
  );
}

/** On the store page: how fast the store answers buyers (median first reply over 30 days). */
export function SellerResponsiveness({ storeId }: { storeId: string }) {
  const { t } = useTranslation("messages");
  const query = useResponsiveness(storeId);
  if (!query.data) return null;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="responsiveness-heading">
      <Stack gap={6}>
        <Title order={2} size="h4" id="responsiveness-heading">
          {t("responsiveness.title")}
        </Title>
        <Figures rate={query.data} />
      </Stack>
    </Paper>
  );
}
