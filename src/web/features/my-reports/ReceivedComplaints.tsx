import { Button, Center, Paper, Stack, Text, Title } from "@mantine/core";
import { ErrorBlock, LoadingBlock } from "../../ui/QueryState.tsx";
import { ReceivedComplaintList } from "./ReceivedComplaintList.tsx";
import { useReceivedComplaints } from "./received.api.ts";

function EmptyReceived() {
  return (
    <Paper withBorder p="xl" ta="center">
      <Stack align="center" gap="sm">
        <Title order={2} size="h4">
          No complaints about your stores — good.
        </Title>
        <Text c="dimmed" size="sm">
          If someone reports one of your stores or listings, you will see it here, with what we decided and
          why.
        </Text>
      </Stack>
    </Paper>
  );
}

/** My Reports → Received: complaints about the stores and listings I sell through. */
export function ReceivedComplaints() {
  const query = useReceivedComplaints(true);
  if (query.isPending) return <LoadingBlock rows={4} height={96} />;
  if (!query.data) return <ErrorBlock error={query.error} onRetry={() => query.refetch()} />;
  const complaints = query.data.pages.flatMap((page) => page.items);
  if (complaints.length === 0) return <EmptyReceived />;
  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        Who complained is not shared with you, unless they chose to be named or hold the rights concerned.
      </Text>
      <ReceivedComplaintList complaints={complaints} />
      {query.isFetchNextPageError && (
        <ErrorBlock error={query.error} title="Could not load more" onRetry={() => query.fetchNextPage()} />
      )}
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
