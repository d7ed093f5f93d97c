import { Badge, Group, Paper, Stack, Text, Title } from "@mantine/core";
import type { CaseDetail } from "../../../contracts/console.ts";
import { departmentName, targetKindLabel } from "../../ui/target-kinds.ts";
import { CaseStatusBadge, LaneBadge, PriorityBadge, SlaDue, TrustedFlaggerBadge } from "./CaseBadges.tsx";
import { ClaimControls, type ClaimState } from "./ClaimControls.tsx";
import { CaseActions } from "./case-actions/CaseActions.tsx";
import { InfoRequestStatus } from "./InfoRequestStatus.tsx";

interface CaseHeaderProps {
  detail: CaseDetail;
  claim: ClaimState;
  now: number;
  onDecide: () => void;
  onStale: () => void;
}

export function CaseHeader({ detail, claim, now, onDecide, onStale }: CaseHeaderProps) {
  return (
    <Stack gap="sm">
      <Group gap={6}>
        <Badge variant="outline" color="gray">
          {targetKindLabel(detail.targetKind)}
        </Badge>
        <Text size="sm" c="dimmed">
          {departmentName(detail.department)}
        </Text>
      </Group>
      <Title order={1} fz={{ base: 24, sm: 32 }} className="break-anywhere">
        {detail.targetTitle}
      </Title>
      <Group gap="xs" wrap="wrap">
        <CaseStatusBadge status={detail.status} size="lg" />
        <PriorityBadge priority={detail.priority} />
        <LaneBadge lane={detail.lane} />
        <TrustedFlaggerBadge show={detail.trustedFlagger} />
        {!detail.decision && <SlaDue item={detail} now={now} />}
      </Group>
      <InfoRequestStatus detail={detail} now={now} />
      <Paper withBorder p="sm">
        <Group justify="space-between" gap="sm" wrap="wrap">
          <ClaimControls detail={detail} state={claim} onStale={onStale} />
          <CaseActions detail={detail} claim={claim} onDecide={onDecide} />
        </Group>
      </Paper>
    </Stack>
  );
}
