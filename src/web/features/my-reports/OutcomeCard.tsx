import { Blockquote, Card, Group, Stack, Text, ThemeIcon, Title } from "@mantine/core";
import type { ReportDetail } from "../../../contracts/reports.ts";
import { formatDate, formatDateTime } from "../../ui/format.ts";
import { CheckIcon, InfoIcon } from "../../ui/icons.tsx";

type Outcome = NonNullable<ReportDetail["outcome"]>;

const APPEAL_MONTHS = 6;

/** The last day to appeal: six months after the decision. */
function appealDeadline(decidedAt: string): string {
  const date = new Date(decidedAt);
  date.setMonth(date.getMonth() + APPEAL_MONTHS);
  return date.toISOString();
}

/** The decision on a report, for its reporter: what was decided, the moderator's words, how to appeal. */
export function OutcomeCard({ outcome }: { outcome: Outcome }) {
  const acted = outcome.decision === "action_taken";
  const color = acted ? "green" : "gray";
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
              Decision
            </Title>
            <Text size="sm" c="dimmed">
              {acted ? "Action taken" : "No action taken"} ·{" "}
              <time dateTime={outcome.decidedAt}>{formatDateTime(outcome.decidedAt)}</time>
            </Text>
          </Stack>
        </Group>
        <Text fw={500} className="break-anywhere">
          {outcome.text}
        </Text>
        {outcome.message && (
          <Blockquote color={color} p="sm" mt={0} cite="— the moderator">
            <Text size="sm" style={{ whiteSpace: "pre-wrap" }} className="break-anywhere">
              {outcome.message}
            </Text>
          </Blockquote>
        )}
        <Text size="sm" c="dimmed">
          If you disagree, you can appeal within {APPEAL_MONTHS} months (until{" "}
          {formatDate(appealDeadline(outcome.decidedAt))}). Appeals open here soon.
        </Text>
      </Stack>
    </Card>
  );
}
