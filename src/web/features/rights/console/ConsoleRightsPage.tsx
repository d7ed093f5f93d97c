import { Badge, Button, Center, Group, Paper, Stack, Tabs, Text, Title } from "@mantine/core";
import { getRouteApi } from "@tanstack/react-router";
import type { RightQueueItem, RightStatus } from "../../../../contracts/rights.ts";
import { ConsoleGate } from "../../../app/console/ConsoleGate.tsx";
import { countryName, formatDateTime } from "../../../ui/format.ts";
import { AnchorLink } from "../../../ui/links.tsx";
import { ErrorBlock, LoadingBlock } from "../../../ui/QueryState.tsx";
import { usePageTitle } from "../../../ui/usePageTitle.ts";
import { HOLDER_KIND_NAMES, RIGHT_TYPE_NAMES } from "../rights.labels.ts";
import { useRightQueue } from "./rights-review.api.ts";

const route = getRouteApi("/console/rights");

const TABS: { value: RightStatus; label: string; empty: string }[] = [
  { value: "pending", label: "To verify", empty: "No rights wait for verification. Well done." },
  { value: "approved", label: "Verified", empty: "No right has been verified yet." },
  { value: "rejected", label: "Rejected", empty: "No right has been rejected." },
];

function QueueCard({ item }: { item: RightQueueItem }) {
  const title = `${RIGHT_TYPE_NAMES[item.type]} ${item.registrationNumber}`;
  return (
    <Paper withBorder p="md" component="li" style={{ listStyle: "none" }}>
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" gap="xs">
          <AnchorLink
            to="/console/rights/$id"
            params={{ id: item.id }}
            fw={600}
            style={{ overflowWrap: "anywhere" }}
          >
            {title}
          </AnchorLink>
          <Group gap={6}>
            {item.actsAsAgent && (
              <Badge color="grape" variant="light">
                Agent
              </Badge>
            )}
            <Badge color="gray" variant="light">
              {item.fileCount} {item.fileCount === 1 ? "file" : "files"}
            </Badge>
          </Group>
        </Group>
        <Text size="sm">
          {item.holder.legalName} · {HOLDER_KIND_NAMES[item.holder.kind]} · {countryName(item.holder.country)}
        </Text>
        <Text size="xs" c="dimmed">
          {item.office} · owner {item.ownerName} · sent {formatDateTime(item.submittedAt)}
        </Text>
      </Stack>
    </Paper>
  );
}

function Queue({ status }: { status: RightStatus }) {
  const query = useRightQueue(status, true);
  if (query.isPending) return <LoadingBlock rows={4} height={64} />;
  if (query.isError)
    return (
      <ErrorBlock error={query.error} title="Could not load the rights" onRetry={() => query.refetch()} />
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
      <Stack component="ul" gap="sm" p={0} m={0} aria-label="IP rights">
        {items.map((item) => (
          <QueueCard key={item.id} item={item} />
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

/** /console/rights: IP Protection's queue of rights to verify, and those already reviewed. */
export function ConsoleRightsPage() {
  usePageTitle("IP rights verification");
  const status = route.useSearch().status ?? "pending";
  const navigate = route.useNavigate();
  return (
    <ConsoleGate redirect="/console/rights">
      <Stack gap="lg">
        <Stack gap={4}>
          <AnchorLink to="/console" size="sm">
            ← Moderation console
          </AnchorLink>
          <Title order={1}>IP rights verification</Title>
          <Text c="dimmed">
            Check each right against its certificate and the holder's identity documents. Only verified rights
            can back IP complaints. Oldest first.
          </Text>
        </Stack>
        <Tabs
          value={status}
          onChange={(value) =>
            navigate({ search: value === "approved" || value === "rejected" ? { status: value } : {} })
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
              <Queue status={tab.value} />
            </Tabs.Panel>
          ))}
        </Tabs>
      </Stack>
    </ConsoleGate>
  );
}
