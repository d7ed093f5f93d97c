import { Anchor, Box, Card, Code, Stack, Table, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { ReportTargetKind } from "../../../contracts/report-targets.ts";
import { statementRows, statementValueText } from "./statement.fields.ts";

/** Only our own web addresses become links: the rule the decision rests on. */
function isWebAddress(value: unknown): value is string {
  return typeof value === "string" && /^https?:\/\//.test(value);
}

function StatementValue({ field, value }: { field: string; value: unknown }) {
  if (field === "decision_ground_reference_url" && isWebAddress(value))
    return (
      <Anchor href={value} size="sm" className="break-anywhere" target="_blank" rel="noopener noreferrer">
        {value}
      </Anchor>
    );
  if (field === "puid") return <Code className="break-anywhere">{String(value)}</Code>;
  return (
    <Text size="sm" style={{ whiteSpace: "pre-wrap" }} className="break-anywhere">
      {statementValueText(field, value)}
    </Text>
  );
}

/** The statement of reasons (DSA Art. 17) for a restriction, as a table a seller can read. */
export function StatementOfReasons({
  statement,
  targetKind,
}: {
  statement: Record<string, unknown>;
  /** A hidden rating or message is something its author wrote, not a listing or a store. */
  targetKind: ReportTargetKind;
}) {
  const { t } = useTranslation("myReports");
  const wroteIt = targetKind === "feedback" || targetKind === "message";
  return (
    <Card component="section" aria-labelledby="statement-heading">
      <Stack gap="sm">
        <Title order={2} size="h4" id="statement-heading">
          {t("statement.title")}
        </Title>
        <Text size="sm">{wroteIt ? t("statement.introContent") : t("statement.intro")}</Text>
        <Table variant="vertical" layout="fixed" withTableBorder aria-labelledby="statement-heading">
          <Table.Tbody>
            {statementRows(statement).map(({ field, label }) => (
              <Table.Tr key={field}>
                <Table.Th w={{ base: 130, sm: 240 }} style={{ verticalAlign: "top" }}>
                  {label}
                </Table.Th>
                <Table.Td>
                  <StatementValue field={field} value={statement[field]} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Box component="details">
          <Text component="summary" size="sm" c="indigo.7" style={{ cursor: "pointer" }}>
            {t("statement.asFiled")}
          </Text>
          <Code block mt="xs" className="break-anywhere" style={{ whiteSpace: "pre-wrap" }}>
            {JSON.stringify(statement, null, 2)}
          </Code>
        </Box>
      </Stack>
    </Card>
  );
}
