import { Blockquote, Card, Group, Stack, Text, ThemeIcon, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { ReportDetail } from "../../../contracts/reports.ts";
import { formatDateTime } from "../../ui/format.ts";
import { CheckIcon, InfoIcon } from "../../ui/icons.tsx";

type Outcome = NonNullable<ReportDetail["outcome"]>;

/** The decision on a report, for its reporter: what was decided, the moderator's words, and what may follow. */
export function OutcomeCard({ outcome, reversed = false }: { outcome: Outcome; reversed?: boolean }) {
  const { t } = useTranslation("myReports");
  const acted = outcome.decision === "action_taken";
  const color = acted && !reversed ? "green" : "gray";
  return (
    <Card
      component="section"
      aria-labelledby="decision-heading"
      style={{ borderColor: `var(--mantine-color-${color}-5)`, borderWidth: 2 }}
    >
      <Stack gap="sm">
        <Group gap="sm" wrap="nowrap">
          <ThemeIcon color={color} variant="light" radius="xl" size="lg" aria-hidden="true">
            {acted ? <CheckIcon /> : <InfoIcon />}
          </ThemeIcon>
          <Stack gap={0}>
            <Title order={2} size="h3" id="decision-heading">
              {reversed ? t("outcome.reversed") : t("outcome.decision")}
            </Title>
            <Text size="sm" c="dimmed">
              {acted ? t("outcome.actionTaken") : t("outcome.noAction")} ·{" "}
              <time dateTime={outcome.decidedAt}>{formatDateTime(outcome.decidedAt)}</time>
            </Text>
          </Stack>
        </Group>
        <Text fw={500} className="break-anywhere">
          {outcome.text}
        </Text>
        {outcome.message && (
          <Blockquote color={color} p="sm" mt={0} cite={t("outcome.moderator")}>
            <Text size="sm" style={{ whiteSpace: "pre-wrap" }} className="break-anywhere">
              {outcome.message}
            </Text>
          </Blockquote>
        )}
        {/* A "no action" decision is appealed in the card below, which says until when. */}
        {acted && !reversed && (
          <Text size="sm" c="dimmed">
            {t("outcome.sellerMayContest")}
          </Text>
        )}
      </Stack>
    </Card>
  );
}
