import { Button, Center, Paper, Stack, Tabs, Text, Title } from "@mantine/core";
import { getRouteApi } from "@tanstack/react-router";
import { ButtonLink } from "../../ui/links.tsx";
import { ErrorBlock, LoadingBlock } from "../../ui/QueryState.tsx";
import { usePageTitle } from "../../ui/usePageTitle.ts";
import { SignInPrompt } from "../auth/SignInPrompt.tsx";
import { useSession } from "../auth/session.ts";
import type { ReportBox } from "./my-reports.search.ts";
import { ReceivedComplaints } from "./ReceivedComplaints.tsx";
import { useMyReports } from "./reports.api.ts";
import { SentReportsTable } from "./SentReportsTable.tsx";

const route = getRouteApi("/my/reports");

function EmptySent() {
  return (
    <Paper withBorder p="xl" ta="center">
      <Stack align="center" gap="sm">
        <Title order={2} size="h4">
          You have not sent any reports yet
        </Title>
        <Text c="dimmed" size="sm">
          When you report a listing or a store, you can follow it here until it is decided.
        </Text>
        <ButtonLink to="/report">Report a problem</ButtonLink>
      </Stack>
    </Paper>
  );
}

function SentReports() {
  const query = useMyReports(true);
  if (query.isPending) return <LoadingBlock rows={5} height={36} />;
  if (query.isError) return <ErrorBlock error={query.error} onRetry={() => query.refetch()} />;
  const reports = query.data.pages.flatMap((page) => page.items);
  if (reports.length === 0) return <EmptySent />;
  return (
    <Stack gap="md">
      <SentReportsTable reports={reports} />
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

export function MyReportsPage() {
  const box: ReportBox = route.useSearch().box ?? "sent";
  const navigate = route.useNavigate();
  usePageTitle(box === "received" ? "My Reports · Received" : "My Reports");
  const session = useSession();
  if (session.isPending) return <LoadingBlock rows={5} height={36} />;
  if (!session.user)
    return (
      <SignInPrompt
        what="see your reports"
        redirect={box === "received" ? "/my/reports?box=received" : "/my/reports"}
      />
    );
  return (
    <Stack gap="lg">
      <Title order={1}>My Reports</Title>
      <Tabs
        value={box}
        onChange={(value) => navigate({ search: { box: value === "received" ? "received" : "sent" } })}
        keepMounted={false}
      >
        <Tabs.List>
          <Tabs.Tab value="sent">Sent</Tabs.Tab>
          <Tabs.Tab value="received">Received</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="sent" pt="md">
          <SentReports />
        </Tabs.Panel>
        <Tabs.Panel value="received" pt="md">
          <ReceivedComplaints />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
