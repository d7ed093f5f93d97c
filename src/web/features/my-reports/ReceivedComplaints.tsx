import { Paper, Stack, Text, Title } from "@mantine/core";
import { PagedList } from "../../ui/PagedList.tsx";
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
  return (
    <PagedList
      query={useReceivedComplaints(true)}
      loading={{ rows: 4, height: 96 }}
      empty={<EmptyReceived />}
    >
      {(complaints) => (
        <>
          <Text size="sm" c="dimmed">
            Who complained is not shared with you, unless they chose to be named or hold the rights concerned.
          </Text>
          <ReceivedComplaintList complaints={complaints} />
        </>
      )}
    </PagedList>
  );
}
