import { Button, Code, Group, Stack, Table, Text, Title } from "@mantine/core";
import { getRouteApi } from "@tanstack/react-router";
import { Trans, useTranslation } from "react-i18next";
import { ConsoleGate } from "../../app/console/ConsoleGate.tsx";
import { AnchorLink } from "../../ui/links.tsx";
import { ErrorBlock, LoadingBlock } from "../../ui/QueryState.tsx";
import { usePageTitle } from "../../ui/usePageTitle.ts";
import { useStatement } from "../cases/cases.api.ts";
import { displayValue, statementRows } from "./statement.labels.ts";

const route = getRouteApi("/console/statements/$puid");

function StatementTable({ statement }: { statement: Record<string, unknown> }) {
  const { t } = useTranslation("decisions");
  return (
    <Table variant="vertical" layout="fixed" withTableBorder aria-label={t("statement.table")}>
      <Table.Tbody>
        {statementRows(statement).map(({ name, label }) => (
          <Table.Tr key={name}>
            <Table.Th w={{ base: 130, sm: 260 }} style={{ verticalAlign: "top" }}>
              {label}
              <Text size="xs" c="dimmed" ff="monospace" fw={400} className="break-anywhere">
                {name}
              </Text>
            </Table.Th>
            <Table.Td style={{ whiteSpace: "pre-wrap" }} className="break-anywhere">
              {displayValue(name, statement[name])}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function Statement({ puid }: { puid: string }) {
  const { t } = useTranslation("decisions");
  const query = useStatement(puid, true);
  if (query.isPending) return <LoadingBlock rows={10} height={32} />;
  if (query.isError)
    return (
      <ErrorBlock error={query.error} title={t("statement.loadFailed")} onRetry={() => query.refetch()} />
    );
  const json = JSON.stringify(query.data, null, 2);
  const href = `data:application/json;charset=utf-8,${encodeURIComponent(json)}`;
  return (
    <Stack gap="md">
      <Group justify="space-between" align="center">
        <Text size="sm" c="dimmed">
          {t("statement.codes")}
        </Text>
        <Button component="a" href={href} download={`statement-of-reasons-${puid}.json`} variant="default">
          {t("statement.download")}
        </Button>
      </Group>
      <StatementTable statement={query.data} />
    </Stack>
  );
}

/** /console/statements/$puid: a statement of reasons (DSA Art. 17), readable and as JSON. */
export function StatementPage() {
  const { puid } = route.useParams();
  const { t } = useTranslation("decisions");
  usePageTitle(t("statement.title"));
  return (
    <ConsoleGate redirect={`/console/statements/${puid}`}>
      <Stack gap="md">
        <AnchorLink to="/console" size="sm">
          {t("statement.back")}
        </AnchorLink>
        <Stack gap={4}>
          <Title order={1}>{t("statement.title")}</Title>
          <Text size="sm">
            <Trans t={t} i18nKey="statement.reference" values={{ puid }} components={{ code: <Code /> }} />
          </Text>
        </Stack>
        <Statement puid={puid} />
      </Stack>
    </ConsoleGate>
  );
}
