import { Badge, Card, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { MyAccuracy } from "../../../contracts/reporters.ts";
import { formatDate } from "../../ui/format.ts";
import { CheckIcon, ShieldIcon } from "../../ui/icons.tsx";
import { interfaceLocale } from "../../ui/locale.ts";
import { ErrorBlock, LoadingBlock } from "../../ui/QueryState.tsx";
import { WRAPPING_BADGE } from "../../ui/wrapping-badge.ts";
import { reportTypeTitle } from "../my-reports/received.labels.ts";
import { useMyAccuracy } from "./reporters.api.ts";
import { StandingNotice } from "./StandingNotice.tsx";

type Figures = MyAccuracy["overall"];

const percent = (share: number | null) =>
  share === null
    ? "—"
    : new Intl.NumberFormat(interfaceLocale(), { style: "percent", maximumFractionDigits: 0 }).format(share);

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
  const { t } = useTranslation("reporters");
  return (
    <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
      <Figure
        label={t("record.upheld")}
        value={percent(figures.upheldShare)}
        note={t("record.upheldNote", { upheld: figures.upheld, decided: figures.decided })}
      />
      <Figure
        label={t("record.overturned")}
        value={percent(figures.overturnedShare)}
        note={t("record.overturnedNote", { count: figures.overturned })}
      />
      <Figure label={t("record.decided")} value={String(figures.decided)} note={t("record.decidedNote")} />
    </SimpleGrid>
  );
}

function ByType({ rows }: { rows: MyAccuracy["byType"] }) {
  const { t } = useTranslation("reporters");
  if (rows.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t("record.noneDecided")}
      </Text>
    );
  return (
    <Table.ScrollContainer minWidth={420}>
      <Table verticalSpacing="xs" aria-label={t("record.perKind")}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("record.kind")}</Table.Th>
            <Table.Th ta="right">{t("record.decided")}</Table.Th>
            <Table.Th ta="right">{t("record.upheld")}</Table.Th>
            <Table.Th ta="right">{t("record.overturned")}</Table.Th>
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
  const { t } = useTranslation("reporters");
  return (
    <Stack gap="xs">
      <Group gap="xs">
        {record.fastLane && (
          <Badge color="green" variant="light" leftSection={<CheckIcon size={12} />}>
            {t("record.fastLane")}
          </Badge>
        )}
        {record.trustedFlagger && (
          <Badge
            color="grape"
            variant="light"
            leftSection={<ShieldIcon size={12} />}
            classNames={WRAPPING_BADGE}
          >
            {t("record.trustedFlagger", { name: record.trustedFlagger })}
          </Badge>
        )}
        {!record.fastLane && !record.trustedFlagger && <Text size="sm">{t("record.standardLane")}</Text>}
      </Group>
      <Text size="sm" c="dimmed">
        {t("record.lanes")}
      </Text>
    </Stack>
  );
}

/** My Reports → My record: how often my reports were upheld, my standing, and any warning. */
export function MyRecord() {
  const { t } = useTranslation("reporters");
  const query = useMyAccuracy(true);
  if (query.isPending) return <LoadingBlock rows={4} height={48} />;
  if (query.isError)
    return <ErrorBlock error={query.error} title={t("record.loadFailed")} onRetry={() => query.refetch()} />;
  const record = query.data;
  return (
    <Stack gap="lg">
      <StandingNotice record={record} />
      <Card component="section" aria-labelledby="record-heading">
        <Stack gap="md">
          <div>
            <Title order={2} size="h4" id="record-heading">
              {t("record.title")}
            </Title>
            <Text size="sm" c="dimmed">
              {t("record.since", { date: formatDate(record.since) })}
            </Text>
          </div>
          <Overall figures={record.overall} />
          <ByType rows={record.byType} />
        </Stack>
      </Card>
      <Card component="section" aria-labelledby="standing-heading">
        <Title order={2} size="h4" id="standing-heading" mb="sm">
          {t("record.standingTitle")}
        </Title>
        <Standing record={record} />
      </Card>
    </Stack>
  );
}
