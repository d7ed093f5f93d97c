import { Badge, Button, Center, Group, Paper, Stack, Tabs, Text, Title } from "@mantine/core";
import { getRouteApi } from "@tanstack/react-router";
import type { AppealDetail } from "../../../contracts/appeals.ts";
import { DEPARTMENT_NAMES } from "../../../contracts/report-types.ts";
import { ConsoleGate } from "../../app/console/ConsoleGate.tsx";
import { formatDateTime } from "../../ui/format.ts";
import { AnchorLink } from "../../ui/links.tsx";
import { ErrorBlock, LoadingBlock } from "../../ui/QueryState.tsx";
import { usePageTitle } from "../../ui/usePageTitle.ts";
import { useAppealQueue } from "./appeals.api.ts";
import { APPEAL_STATUS, APPELLANT_LABELS, decisionLine } from "./appeals.labels.ts";
import type { AppealTab } from "./appeals.search.ts";

const route = getRouteApi("/console/appeals");

const TABS: { value: AppealTab; label: string; empty: string }[] = [
  { value: "pending", label: "To decide", empty: "No appeal waits for you." },
  { value: "upheld", label: "Upheld", empty: "No appeal has been upheld yet." },
  { value: "reversed", label: "Reversed", empty: "No decision has been reversed on appeal yet." },
];

function AppealCard({ appeal }: { appeal: AppealDetail }) {
  const status = APPEAL_STATUS[appeal.status];
  return (
    <Paper withBorder p="md" component="li" style={{ listStyle: "none" }}>
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" gap="xs">
          <AnchorLink
            to="/console/appeals/$id"
            params={{ id: appeal.id }}
            fw={600}
            className="break-anywhere"
          >
            {appeal.targetTitle}
          </AnchorLink>
          <Group gap={6}>
            <Badge variant="outline" color="gray">
              {APPELLANT_LABELS[appeal.appellantKind]}
            </Badge>
            <Badge variant="light" color={status.color}>
              {status.label}
            </Badge>
          </Group>
        </Group>
        <Text size="sm">Appeal of: {decisionLine(appeal.decision)}</Text>
        <Text size="sm" lineClamp={2} c="dimmed" className="break-anywhere">
          “{appeal.statement}”
        </Text>
        <Text size="xs" c="dimmed">
          {DEPARTMENT_NAMES[appeal.department]} · appealed {formatDateTime(appeal.createdAt)} · decided by{" "}
          {appeal.decision.decidedBy.name}
        </Text>
      </Stack>
    </Paper>
  );
}

function AppealList({ status }: { status: AppealTab }) {
  const query = useAppealQueue(status);
  if (query.isPending) return <LoadingBlock rows={4} height={72} />;
  if (query.isError)
    return (
      <ErrorBlock error={query.error} title="Could not load the appeals" onRetry={() => query.refetch()} />
    );
  const items = query.data.pages.flatMap((page) => page.items);
  if (items.length === 0)
    return (
      <Paper withBorder p="lg" ta="center">
        <Text c="dimmed">{TABS.find((t) => t.value === status)?.empty}</Text>
      </Paper>
    );
  return (
    <Stack gap="md">
      <Stack component="ul" gap="sm" p={0} m={0} aria-label="Appeals">
        {items.map((appeal) => (
          <AppealCard key={appeal.id} appeal={appeal} />
        ))}
      </Stack>
      {query.hasNextPage && (
        <Center>
          <Button variant="default" onClick={() => query.fetchNextPage()} loading={query.isFetchingNextPage}>
            Load more
          </Button>
        </Center>
      )}
    </Stack>
  );
}

/** /console/appeals: decisions contested by reporters or sellers (DSA Art. 20), oldest first. */
export function ConsoleAppealsPage() {
  usePageTitle("Appeals");
  const status = route.useSearch().status ?? "pending";
  const navigate = route.useNavigate();
  return (
    <ConsoleGate redirect="/console/appeals">
      <Stack gap="lg">
        <Stack gap={4}>
          <AnchorLink to="/console" size="sm">
            ← Moderation console
          </AnchorLink>
          <Title order={1}>Appeals</Title>
          <Text c="dimmed">
            Reporters and sellers may appeal a decision once, within 6 months. Someone other than the author
            of the decision reviews it: appeals of your own decisions are not listed here.
          </Text>
        </Stack>
        <Tabs
          value={status}
          onChange={(value) =>
            navigate({ search: value === "upheld" || value === "reversed" ? { status: value } : {} })
          }
          keepMounted={false}
        >
          <Tabs.List>
            {TABS.map((tab) => (
              <Tabs.Tab key={tab.value} value={tab.value}>
                {tab.label}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          {TABS.map((tab) => (
            <Tabs.Panel key={tab.value} value={tab.value} pt="md">
              <AppealList status={tab.value} />
            </Tabs.Panel>
          ))}
        </Tabs>
      </Stack>
    </ConsoleGate>
  );
}
