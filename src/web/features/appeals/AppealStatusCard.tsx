import { Badge, Blockquote, Card, Group, Stack, Text, Title } from "@mantine/core";
import { useEffect, useRef } from "react";
import { Trans, useTranslation } from "react-i18next";
import type { z } from "zod";
import { APPEAL_WINDOW_DAYS, type AppealStatus } from "../../../contracts/appeals.ts";
import { formatDateTime } from "../../ui/format.ts";

export interface AppealView {
  status: z.infer<typeof AppealStatus>;
  createdAt: string;
  decidedAt: string | null;
  reason: string | null;
}

const COLORS: Record<AppealView["status"], string> = { pending: "grape", upheld: "gray", reversed: "green" };

/** The last moment to appeal a decision: 6 months (183 days) after it. */
export function appealDeadline(decidedAt: string): Date {
  return new Date(new Date(decidedAt).getTime() + APPEAL_WINDOW_DAYS * 86_400_000);
}

interface AppealStatusCardProps {
  appeal: AppealView;
  /** What a reversal means for this reader, e.g. "the listing is back". */
  reversedNote: string;
  /** Take the focus when shown, e.g. right after the appeal was sent from the form it replaces. */
  focusOnMount?: boolean;
}

/** Where my appeal stands and, once decided, the reviewer's reasons. */
export function AppealStatusCard({ appeal, reversedNote, focusOnMount = false }: AppealStatusCardProps) {
  const { t } = useTranslation("appeals");
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusOnMount) heading.current?.focus();
  }, [focusOnMount]);
  const color = COLORS[appeal.status];
  return (
    <Card
      component="section"
      aria-labelledby="appeal-heading"
      style={{ borderColor: `var(--mantine-color-${color}-5)`, borderWidth: 2 }}
    >
      <Stack gap="sm">
        <Group gap="sm" justify="space-between">
          <Title order={2} size="h4" id="appeal-heading" ref={heading} tabIndex={-1}>
            {t(`headings.${appeal.status}`)}
          </Title>
          <Badge color={color} variant="light">
            {t(`badge.${appeal.status}`)}
          </Badge>
        </Group>
        <Text size="sm" c="dimmed">
          <Trans
            t={t}
            i18nKey="card.sent"
            values={{ date: formatDateTime(appeal.createdAt) }}
            components={{ time: <time dateTime={appeal.createdAt} /> }}
          />
          {appeal.decidedAt && (
            <Trans
              t={t}
              i18nKey="card.decided"
              values={{ date: formatDateTime(appeal.decidedAt) }}
              components={{ time: <time dateTime={appeal.decidedAt} /> }}
            />
          )}
        </Text>
        {appeal.status === "pending" && <Text size="sm">{t("card.pending")}</Text>}
        {appeal.status === "reversed" && <Text size="sm">{reversedNote}</Text>}
        {appeal.status === "upheld" && <Text size="sm">{t("card.upheld")}</Text>}
        {appeal.reason && (
          <Blockquote color={color} p="sm" mt={0} cite={t("card.reviewer")}>
            <Text size="sm" style={{ whiteSpace: "pre-wrap" }} className="break-anywhere">
              {appeal.reason}
            </Text>
          </Blockquote>
        )}
      </Stack>
    </Card>
  );
}
