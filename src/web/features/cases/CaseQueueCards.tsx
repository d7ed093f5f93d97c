import { Badge, Card, Group, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { AnchorLink } from "../../ui/links.tsx";
import { departmentName, targetKindLabel } from "../../ui/target-kinds.ts";
import { ClaimText, LaneBadge, PriorityBadge, SlaDue, TrustedFlaggerBadge } from "./CaseBadges.tsx";
import { type QueueViewProps, ReportCounts, SelectCaseCheckbox } from "./CaseQueueTable.tsx";

/** The queue as a list of cards, for phones. */
export function CaseQueueCards({ items, myId, now, showDepartment, selection }: QueueViewProps) {
  const { t } = useTranslation("cases");
  return (
    <Stack component="ul" gap="sm" p={0} m={0} aria-label={t("queue.cases")}>
      {items.map((item) => (
        <Card key={item.id} component="li" padding="md" style={{ listStyle: "none" }}>
          <Stack gap={8}>
            <Group gap={6}>
              {selection && <SelectCaseCheckbox item={item} selection={selection} />}
              <PriorityBadge priority={item.priority} />
              <LaneBadge lane={item.lane} />
              <TrustedFlaggerBadge show={item.trustedFlagger} />
              <Badge size="sm" variant="outline" color="gray">
                {targetKindLabel(item.targetKind)}
              </Badge>
            </Group>
            <AnchorLink to="/console/cases/$id" params={{ id: item.id }} fw={600} className="break-anywhere">
              {item.targetTitle}
            </AnchorLink>
            {showDepartment && (
              <Text size="xs" c="dimmed">
                {departmentName(item.department)}
              </Text>
            )}
            <Group justify="space-between" gap="xs">
              <ReportCounts item={item} />
              <ClaimText claimedBy={item.claimedBy} myId={myId} />
            </Group>
            <SlaDue item={item} now={now} />
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}
