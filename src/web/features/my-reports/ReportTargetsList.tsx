import { Anchor, Badge, Group, List, Progress, Stack, Text } from "@mantine/core";
import type { ReportDetail } from "../../../contracts/reports.ts";
import { TARGET_KIND_LABELS } from "../../ui/target-kinds.ts";

type Target = ReportDetail["targets"][number];

const OUTCOMES: Record<"action_taken" | "no_action" | "open", { label: string; color: string }> = {
  action_taken: { label: "Action taken", color: "green" },
  no_action: { label: "No action", color: "gray" },
  open: { label: "Not decided yet", color: "yellow" },
};

function OutcomeBadge({ outcome }: { outcome: Target["outcome"] }) {
  const shown = OUTCOMES[outcome ?? "open"];
  return (
    <Badge size="sm" variant="light" color={shown.color}>
      {shown.label}
    </Badge>
  );
}

/** "212 of 300 decided", with a bar: each link of a complaint is decided on its own. */
function DecidedProgress({ progress }: { progress: ReportDetail["progress"] }) {
  const text = `${progress.decided} of ${progress.total} decided`;
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
  const many = report.targets.length > 1;
  return (
    <Stack gap="sm">
      {many && <DecidedProgress progress={report.progress} />}
      <List spacing="xs" size="sm" listStyleType="none" aria-label="Reported links">
        {report.targets.map((target) => (
          <List.Item key={`${target.kind}-${target.targetId}-${target.url}`}>
            <Group gap={6} wrap="wrap">
              <Badge size="sm" variant="outline" color="gray">
                {TARGET_KIND_LABELS[target.kind]}
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
