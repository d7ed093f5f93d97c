import { Badge, Checkbox, Group, Stack, Table, Text, VisuallyHidden } from "@mantine/core";
import { useNavigate } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import type { CaseQueueItem } from "../../../contracts/console.ts";
import { AnchorLink } from "../../ui/links.tsx";
import { departmentName, targetKindLabel } from "../../ui/target-kinds.ts";
import { ClaimText, LaneBadge, PriorityBadge, SlaDue, TrustedFlaggerBadge } from "./CaseBadges.tsx";
import type { QueueSelection } from "./useQueueSelection.ts";

interface QueueViewProps {
  items: CaseQueueItem[];
  myId: string | undefined;
  now: number;
  /** Show each case's department (in the "All departments" tab). */
  showDepartment: boolean;
  /** Present when cases may be selected for a bulk decision. */
  selection?: QueueSelection;
}

/** The checkbox that selects one case; named after the case, as a row of checkboxes is otherwise mute. */
export function SelectCaseCheckbox({ item, selection }: { item: CaseQueueItem; selection: QueueSelection }) {
  const { t } = useTranslation("cases");
  return (
    <Checkbox
      aria-label={t("queue.selectCase", { title: item.targetTitle })}
      checked={selection.isSelected(item.id)}
      onChange={(event) => selection.toggle(item.id, event.currentTarget.checked)}
      onClick={(event) => event.stopPropagation()}
    />
  );
}

export function ReportCounts({ item }: { item: CaseQueueItem }) {
  const { t } = useTranslation("cases");
  return (
    <Text size="sm">
      {t("queue.reportCount", { count: item.reportCount })}
      {item.reporterCount !== item.reportCount && t("queue.reporterCount", { count: item.reporterCount })}
    </Text>
  );
}

/** The queue as a table, for wide screens; the title links to the case, the whole row is clickable. */
export function CaseQueueTable({ items, myId, now, showDepartment, selection }: QueueViewProps) {
  const { t } = useTranslation("cases");
  const navigate = useNavigate();
  return (
    <Table.ScrollContainer minWidth={820}>
      <Table highlightOnHover verticalSpacing="sm" aria-label={t("queue.cases")}>
        <Table.Thead>
          <Table.Tr>
            {selection && (
              <Table.Th w={44}>
                <VisuallyHidden>{t("queue.select")}</VisuallyHidden>
              </Table.Th>
            )}
            <Table.Th>{t("queue.priority")}</Table.Th>
            <Table.Th>{t("queue.case")}</Table.Th>
            <Table.Th>{t("queue.reports")}</Table.Th>
            <Table.Th>{t("queue.sla")}</Table.Th>
            <Table.Th>{t("queue.claim")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr
              key={item.id}
              className="clickable-row"
              onClick={() => navigate({ to: "/console/cases/$id", params: { id: item.id } })}
            >
              {selection && (
                // The cell around the checkbox selects nothing, but must not open the case either.
                <Table.Td onClick={(event) => event.stopPropagation()}>
                  <SelectCaseCheckbox item={item} selection={selection} />
                </Table.Td>
              )}
              <Table.Td>
                <Stack gap={4} align="flex-start">
                  <PriorityBadge priority={item.priority} />
                  <LaneBadge lane={item.lane} />
                  <TrustedFlaggerBadge show={item.trustedFlagger} />
                </Stack>
              </Table.Td>
              <Table.Td maw={380}>
                <AnchorLink
                  to="/console/cases/$id"
                  params={{ id: item.id }}
                  fw={600}
                  size="sm"
                  lineClamp={2}
                  onClick={(event) => event.stopPropagation()}
                >
                  {item.targetTitle}
                </AnchorLink>
                <Group gap={6} mt={4}>
                  <Badge size="sm" variant="outline" color="gray">
                    {targetKindLabel(item.targetKind)}
                  </Badge>
                  {showDepartment && (
                    <Text size="xs" c="dimmed">
                      {departmentName(item.department)}
                    </Text>
                  )}
                </Group>
              </Table.Td>
              <Table.Td>
                <ReportCounts item={item} />
              </Table.Td>
              <Table.Td>
                <SlaDue item={item} now={now} />
              </Table.Td>
              <Table.Td>
                <ClaimText claimedBy={item.claimedBy} myId={myId} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

export type { QueueViewProps };
