import { Alert, Badge, Group, List, Stack, Text } from "@mantine/core";
import { Trans, useTranslation } from "react-i18next";
import type { CaseDetail } from "../../../contracts/console.ts";
import { formatDateTime } from "../../ui/format.ts";
import { CheckIcon } from "../../ui/icons.tsx";
import { AnchorLink } from "../../ui/links.tsx";
import { describeAction, NO_ACTION_REASONS } from "./decisions.labels.ts";

type Decision = NonNullable<CaseDetail["decision"]>;

/** What was decided, by whom and when, with the statement of reasons when one was issued. */
export function DecisionSummary({
  decision,
  targetKind,
}: {
  decision: Decision;
  /** What the case is about: a hidden rating or message is named so. */
  targetKind: CaseDetail["targetKind"];
}) {
  const { t } = useTranslation("decisions");
  const actionTaken = decision.outcome === "action_taken";
  return (
    <Alert
      color={actionTaken ? "green" : "gray"}
      variant="light"
      icon={<CheckIcon />}
      title={t("summary.title")}
      role="region"
      aria-label={t("summary.title")}
    >
      <Stack gap="xs">
        <Group gap="xs">
          <Badge color={actionTaken ? "green" : "gray"}>
            {actionTaken ? t("fields.actionTaken") : t("fields.noAction")}
          </Badge>
          {decision.reason && <Text size="sm">{NO_ACTION_REASONS[decision.reason].label}</Text>}
        </Group>
        {decision.actions.length > 0 && (
          <List size="sm" spacing={2}>
            {decision.actions.map((action) => (
              <List.Item key={action.type}>{describeAction(action, targetKind)}</List.Item>
            ))}
          </List>
        )}
        <Text size="xs" c="dimmed">
          <Trans
            t={t}
            i18nKey="summary.decidedBy"
            values={{ name: decision.decidedBy.name, date: formatDateTime(decision.decidedAt) }}
            components={{ time: <time dateTime={decision.decidedAt} /> }}
          />
        </Text>
        {decision.statementPuid && (
          <AnchorLink
            to="/console/statements/$puid"
            params={{ puid: decision.statementPuid }}
            size="sm"
            fw={600}
          >
            {t("summary.statement")}
          </AnchorLink>
        )}
      </Stack>
    </Alert>
  );
}
