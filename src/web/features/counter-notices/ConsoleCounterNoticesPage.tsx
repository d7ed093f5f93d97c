import { Paper, Stack, Text, Title } from "@mantine/core";
import { ConsoleGate } from "../../app/console/ConsoleGate.tsx";
import { AnchorLink } from "../../ui/links.tsx";
import { ErrorBlock, LoadingBlock } from "../../ui/QueryState.tsx";
import { usePageTitle } from "../../ui/usePageTitle.ts";
import { CounterNoticeDecisionCard } from "./CounterNoticeDecisionCard.tsx";
import { useCounterNoticeQueue } from "./counter-notices.api.ts";

function CounterNoticeQueue() {
  const query = useCounterNoticeQueue();
  if (query.isPending) return <LoadingBlock rows={3} height={96} />;
  if (query.isError)
    return (
      <ErrorBlock
        error={query.error}
        title="Could not load the counter-notices"
        onRetry={() => query.refetch()}
      />
    );
  if (query.data.length === 0)
    return (
      <Paper withBorder p="lg" ta="center">
        <Text c="dimmed">No counter-notice waits for a decision.</Text>
      </Paper>
    );
  return (
    <Stack component="ul" gap="md" p={0} m={0} aria-label="Counter-notices to decide">
      {query.data.map((notice) => (
        <CounterNoticeDecisionCard key={notice.id} notice={notice} />
      ))}
    </Stack>
  );
}

/** /console/counter-notices: IP Protection decides sellers' counter-notices once the rights holder replied. */
export function ConsoleCounterNoticesPage() {
  usePageTitle("Counter-notices");
  return (
    <ConsoleGate redirect="/console/counter-notices">
      <Stack gap="lg">
        <Stack gap={4}>
          <AnchorLink to="/console" size="sm">
            ← Moderation console
          </AnchorLink>
          <Title order={1}>Counter-notices</Title>
          <Text c="dimmed">
            Sellers contest IP removals with a counter-notice; the rights holder has 3 business days to reply.
            Those listed here have the reply, or ran out of time. Reinstate the listing, or keep it removed,
            and say why: both sides read your reasons. Oldest first.
          </Text>
        </Stack>
        <CounterNoticeQueue />
      </Stack>
    </ConsoleGate>
  );
}
