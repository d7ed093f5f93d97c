import { Badge, Group, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { CaseQueueItem, CaseStatus } from "../../../contracts/console.ts";
import { formatDateTime } from "../../ui/format.ts";
import { formatRelative } from "../../ui/time.ts";
import { WRAPPING_BADGE } from "../../ui/wrapping-badge.ts";
import { caseStatus, priorityLevel } from "./cases.labels.ts";

export function PriorityBadge({ priority }: { priority: number }) {
  const { t } = useTranslation("cases");
  const level = priorityLevel(priority);
  return (
    <Badge color={level.color} variant="light" title={t("priority.score", { score: priority })}>
      {level.label} · {priority}
    </Badge>
  );
}

export function LaneBadge({ lane }: { lane: CaseQueueItem["lane"] }) {
  const { t } = useTranslation("cases");
  if (lane !== "priority") return null;
  return (
    <Badge color="grape" variant="filled">
      {t("badges.priorityLane")}
    </Badge>
  );
}

export function TrustedFlaggerBadge({ show }: { show: boolean }) {
  const { t } = useTranslation("cases");
  if (!show) return null;
  return (
    <Badge color="grape" variant="light" title={t("badges.trustedFlaggerHelp")} classNames={WRAPPING_BADGE}>
      {t("badges.trustedFlagger")}
    </Badge>
  );
}

export function CaseStatusBadge({ status, size = "md" }: { status: CaseStatus; size?: "sm" | "md" | "lg" }) {
  const shown = caseStatus(status);
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
  const { t } = useTranslation("cases");
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
        {t("badges.paused")}
      </Text>
    );
  }
  return (
    <Group gap={6} wrap="wrap">
      {item.overdue && (
        <Badge color="red" variant="filled">
          {t("badges.overdue")}
        </Badge>
      )}
      <Text size="sm" c={item.overdue ? "red.8" : undefined}>
        <time dateTime={item.slaDueAt} title={formatDateTime(item.slaDueAt)}>
          {t(item.overdue ? "badges.wasDue" : "badges.due", { when: formatRelative(item.slaDueAt, now) })}
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
  const { t } = useTranslation("cases");
  if (!claimedBy)
    return (
      <Text size="sm" c="dimmed">
        {t("badges.notClaimed")}
      </Text>
    );
  return (
    <Text size="sm">
      {t("badges.claimedBy", { name: claimedBy.id === myId ? t("badges.you") : claimedBy.name })}
    </Text>
  );
}
