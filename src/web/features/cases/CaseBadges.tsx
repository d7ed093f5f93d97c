import { Badge, Group, Text } from "@mantine/core";
import type { CaseQueueItem, CaseStatus } from "../../../contracts/console.ts";
import { formatDateTime } from "../../ui/format.ts";
import { formatRelative } from "../../ui/time.ts";
import { CASE_STATUS, priorityLevel } from "./cases.labels.ts";

export function PriorityBadge({ priority }: { priority: number }) {
  const level = priorityLevel(priority);
  return (
    <Badge color={level.color} variant="light" title={`Priority score ${priority}`}>
      {level.label} · {priority}
    </Badge>
  );
}

export function LaneBadge({ lane }: { lane: CaseQueueItem["lane"] }) {
  if (lane !== "priority") return null;
  return (
    <Badge color="grape" variant="filled">
      Priority lane
    </Badge>
  );
}

export function TrustedFlaggerBadge({ show }: { show: boolean }) {
  if (!show) return null;
  return (
    <Badge color="grape" variant="light" title="Reported by a trusted flagger (DSA Art. 22): handled first">
      Trusted flagger
    </Badge>
  );
}

export function CaseStatusBadge({ status, size = "md" }: { status: CaseStatus; size?: "sm" | "md" | "lg" }) {
  const shown = CASE_STATUS[status];
  return (
    <Badge color={shown.color} variant="light" size={size}>
      {shown.label}
    </Badge>
  );
}

interface SlaDueProps {
  item: Pick<CaseQueueItem, "slaDueAt" | "overdue" | "status">;
  now: number;
}

/**
 * When the case must be decided, relative to now; a red "Overdue" badge once that has passed. While the
 * case waits for a reporter the clock is stopped, so no due time is shown.
 */
export function SlaDue({ item, now }: SlaDueProps) {
  if (item.status === "decided" || item.status === "closed") {
    return (
      <Text size="sm" c="dimmed">
        —
      </Text>
    );
  }
  if (item.status === "needs_info") {
    return (
      <Text size="sm" c="dimmed">
        Paused while waiting for the reporter
      </Text>
    );
  }
  return (
    <Group gap={6} wrap="wrap">
      {item.overdue && (
        <Badge color="red" variant="filled">
          Overdue
        </Badge>
      )}
      <Text size="sm" c={item.overdue ? "red.8" : undefined}>
        <time dateTime={item.slaDueAt} title={formatDateTime(item.slaDueAt)}>
          {item.overdue ? "was due " : "due "}
          {formatRelative(item.slaDueAt, now)}
        </time>
      </Text>
    </Group>
  );
}

interface ClaimTextProps {
  claimedBy: CaseQueueItem["claimedBy"];
  myId: string | undefined;
}

export function ClaimText({ claimedBy, myId }: ClaimTextProps) {
  if (!claimedBy)
    return (
      <Text size="sm" c="dimmed">
        Not claimed
      </Text>
    );
  return <Text size="sm">Claimed by {claimedBy.id === myId ? "you" : claimedBy.name}</Text>;
}
