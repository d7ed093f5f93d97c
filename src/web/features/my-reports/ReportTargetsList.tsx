import { Anchor, Badge, Group, List, Progress, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { ReportDetail } from "../../../contracts/reports.ts";
import { targetKindLabel } from "../../ui/target-kinds.ts";

type Target = ReportDetail["targets"][number];

const OUTCOMES = {
  action_taken: { key: "targets.actionTaken", color: "green" },
  no_action: { key: "targets.noAction", color: "gray" },
  open: { key: "targets.open", color: "yellow" },
} as const;

function OutcomeBadge({ outcome }: { outcome: Target["outcome"] }) {
  const { t } = useTranslation("myReports");
  const shown = OUTCOMES[outcome ?? "open"];
  return (
    <Badge size="sm" variant="light" color={shown.color}>
      {t(shown.key)}
    </Badge>
  );
}

/** "212 of 300 decided", with a bar: each link of a complaint is decided on its own. */
function DecidedProgress({ progress }: { progress: ReportDetail["progress"] }) {
  const { t } = useTranslation("myReports");
  const text = t("targets.decided", { decided: progress.decided, total: progress.total });
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500}>
        {text}
      </Text>
      <Progress
        value={progress.total === 0 ? 0 : (progress.decided / progress.total) * 100}
        aria-label={text}
        size="sm"
        color={progress.decided === progress.total ? "green" : "indigo"}
      />
    </Stack>
  );
}

/** The links of a report, each with what was decided about it. */
export function ReportTargetsList({ report }: { report: ReportDetail }) {
  const { t } = useTranslation("myReports");
  const many = report.targets.length > 1;
  return (
    <Stack gap="sm">
      {many && <DecidedProgress progress={report.progress} />}
      <List spacing="xs" size="sm" listStyleType="none" aria-label={t("targets.links")}>
        {report.targets.map((target) => (
          <List.Item key={`${target.kind}-${target.targetId}-${target.url}`}>
            <Group gap={6} wrap="wrap">
              <Badge size="sm" variant="outline" color="gray">
                {targetKindLabel(target.kind)}
              </Badge>
              <Text size="sm" fw={500}>
                {target.title}
              </Text>
              {(many || target.outcome) && <OutcomeBadge outcome={target.outcome} />}
            </Group>
            <Anchor href={target.url} size="xs" className="break-anywhere" rel="noopener noreferrer">
              {target.url}
            </Anchor>
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}
