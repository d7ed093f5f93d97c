import { Badge, Button, Group, Paper, Stack, Text, Title, Tooltip, VisuallyHidden } from "@mantine/core";
import type { CaseDetail } from "../../../contracts/console.ts";
import { DEPARTMENT_NAMES } from "../../../contracts/report-types.ts";
import { CaseStatusBadge, LaneBadge, PriorityBadge, SlaDue } from "./CaseBadges.tsx";
import { targetKindLabel } from "./CaseQueueTable.tsx";
import { ClaimControls, type ClaimState } from "./ClaimControls.tsx";

interface CaseHeaderProps {
  detail: CaseDetail;
  claim: ClaimState;
  now: number;
  onDecide: () => void;
  onStale: () => void;
}

/** Why "Decide" cannot be used now, or null when it can. */
export function decideBlockedReason(detail: CaseDetail, claim: ClaimState): string | null {
  if (detail.decision || detail.status === "decided" || detail.status === "closed")
    return "This case is already decided.";
  if (claim === "other")
    return `${detail.claimedBy?.name} has claimed this case: only they can decide it now.`;
  return null;
}

function DecideButton({ blocked, onDecide }: { blocked: string | null; onDecide: () => void }) {
  if (!blocked) return <Button onClick={onDecide}>Decide</Button>;
  // Disabled through aria-disabled, not `disabled`: the button keeps the focus, so the reason is reachable.
  return (
    <>
      <Tooltip
        label={blocked}
        withArrow
        multiline
        maw={280}
        events={{ hover: true, focus: true, touch: true }}
      >
        <Button
          data-disabled
          aria-disabled="true"
          aria-describedby="decide-blocked"
          onClick={(event) => event.preventDefault()}
        >
          Decide
        </Button>
      </Tooltip>
      <VisuallyHidden id="decide-blocked">{blocked}</VisuallyHidden>
    </>
  );
}

export function CaseHeader({ detail, claim, now, onDecide, onStale }: CaseHeaderProps) {
  return (
    <Stack gap="sm">
      <Group gap={6}>
        <Badge variant="outline" color="gray">
          {targetKindLabel(detail.targetKind)}
        </Badge>
        <Text size="sm" c="dimmed">
          {DEPARTMENT_NAMES[detail.department]}
        </Text>
      </Group>
      <Title order={1} fz={{ base: 24, sm: 32 }} className="break-anywhere">
        {detail.targetTitle}
      </Title>
      <Group gap="xs" wrap="wrap">
        <CaseStatusBadge status={detail.status} size="lg" />
        <PriorityBadge priority={detail.priority} />
        <LaneBadge lane={detail.lane} />
        {!detail.decision && <SlaDue item={detail} now={now} />}
      </Group>
      <Paper withBorder p="sm">
        <Group justify="space-between" gap="sm" wrap="wrap">
          <ClaimControls detail={detail} state={claim} onStale={onStale} />
          <DecideButton blocked={decideBlockedReason(detail, claim)} onDecide={onDecide} />
        </Group>
      </Paper>
    </Stack>
  );
}
