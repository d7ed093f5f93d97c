import { Badge, Card, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from "@mantine/core";
import type { MyAccuracy } from "../../../contracts/reporters.ts";
import { formatDate } from "../../ui/format.ts";
import { CheckIcon, ShieldIcon } from "../../ui/icons.tsx";
import { ErrorBlock, LoadingBlock } from "../../ui/QueryState.tsx";
import { reportTypeTitle } from "../my-reports/received.labels.ts";
import { useMyAccuracy } from "./reporters.api.ts";
import { StandingNotice } from "./StandingNotice.tsx";

type Figures = MyAccuracy["overall"];

const percent = (share: number | null) =>
  share === null
    ? "—"
    : new Intl.NumberFormat(undefined, { style: "percent", maximumFractionDigits: 0 }).format(share);

function Figure({ label, value, note }: { label: string; value: string; note: string }) {
  return (
    <Paper withBorder p="md">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fz={28} fw={700} lh={1.2}>
        {value}
      </Text>
      <Text size="xs" c="dimmed">
        {note}
      </Text>
    </Paper>
  );
}

function Overall({ figures }: { figures: Figures }) {
  return (
    <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
      <Figure
        label="Upheld"
        value={percent(figures.upheldShare)}
        note={`${figures.upheld} of ${figures.decided} decided reports led to action`}
      />
      <Figure
        label="Overturned"
        value={percent(figures.overturnedShare)}
        note={`${figures.overturned} reinstated after the seller’s counter-notice`}
      />
      <Figure label="Decided" value={String(figures.decided)} note="reports decided in these 3 months" />
    </SimpleGrid>
  );
}

function ByType({ rows }: { rows: MyAccuracy["byType"] }) {
  if (rows.length === 0)
    return (
      <Text size="sm" c="dimmed">
        None of your reports was decided in the last 3 months.
      </Text>
    );
  return (
    <Table.ScrollContainer minWidth={420}>
      <Table verticalSpacing="xs" aria-label="Record per kind of report">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Kind of report</Table.Th>
            <Table.Th ta="right">Decided</Table.Th>
            <Table.Th ta="right">Upheld</Table.Th>
            <Table.Th ta="right">Overturned</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.type}>
              <Table.Td>{reportTypeTitle(row.type)}</Table.Td>
              <Table.Td ta="right">{row.decided}</Table.Td>
              <Table.Td ta="right">{percent(row.upheldShare)}</Table.Td>
              <Table.Td ta="right">{percent(row.overturnedShare)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function Standing({ record }: { record: MyAccuracy }) {
  return (
    <Stack gap="xs">
      <Group gap="xs">
        {record.fastLane && (
          <Badge color="green" variant="light" leftSection={<CheckIcon size={12} />}>
            Good-faith fast lane
          </Badge>
        )}
        {record.trustedFlagger && (
          <Badge color="grape" variant="light" leftSection={<ShieldIcon size={12} />}>
            Trusted flagger: {record.trustedFlagger}
          </Badge>
        )}
        {!record.fastLane && !record.trustedFlagger && (
          <Text size="sm">Your reports are handled in the standard lane.</Text>
        )}
      </Group>
      <Text size="sm" c="dimmed">
        The good-faith fast lane puts your reports first in the queue. You are in it while, over the last 3
        months, at least 10 of your reports were decided, at least 90 % of them were upheld and at most 5 %
        were overturned by a counter-notice. Once out, you can come back after 3 months. Trusted flaggers are
        organisations designated by the marketplace (EU Digital Services Act, Article 22); their reports are
        handled first.
      </Text>
    </Stack>
  );
}

/** My Reports → My record: how often my reports were upheld, my standing, and any warning. */
export function MyRecord() {
  const query = useMyAccuracy(true);
  if (query.isPending) return <LoadingBlock rows={4} height={48} />;
  if (query.isError)
    return (
      <ErrorBlock error={query.error} title="Could not load your record" onRetry={() => query.refetch()} />
    );
  const record = query.data;
  return (
    <Stack gap="lg">
      <StandingNotice record={record} />
      <Card component="section" aria-labelledby="record-heading">
        <Stack gap="md">
          <div>
            <Title order={2} size="h4" id="record-heading">
              Your record as a reporter
            </Title>
            <Text size="sm" c="dimmed">
              Reports decided since {formatDate(record.since)} (the last 3 months).
            </Text>
          </div>
          <Overall figures={record.overall} />
          <ByType rows={record.byType} />
        </Stack>
      </Card>
      <Card component="section" aria-labelledby="standing-heading">
        <Title order={2} size="h4" id="standing-heading" mb="sm">
          Your standing
        </Title>
        <Standing record={record} />
      </Card>
    </Stack>
  );
}
