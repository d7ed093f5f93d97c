import { Card, Code, Group, Stack, Table, Text } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { useTranslation } from "react-i18next";
import type { AuditEntry } from "../../../contracts/audit.ts";
import { formatDateTime } from "../../ui/format.ts";
import { AnchorLink } from "../../ui/links.tsx";
import { auditActionLabel, subjectKindLabel, summarizeAuditData } from "./audit.labels.ts";

/** The element id of an entry's row or card, so that the chain check can point at it. */
export const auditEntryElementId = (seq: number) => `audit-entry-${seq}`;

/** The background of the entry a chain problem was followed to. */
const MARKED = "var(--mantine-color-yellow-light)";
const markedIf = (marked: boolean) => (marked ? MARKED : undefined);

/** Subjects with a page of their own in the console, by kind. */
const SUBJECT_PAGES = {
  case: "/console/cases/$id",
  dispute: "/console/disputes/$id",
  right: "/console/rights/$id",
} as const;
const hasPage = (kind: string): kind is keyof typeof SUBJECT_PAGES => Object.hasOwn(SUBJECT_PAGES, kind);

function Subject({ subject }: { subject: AuditEntry["subject"] }) {
  const kind = subjectKindLabel(subject.kind);
  const id = (
    <Text span size="xs" display="block" className="break-anywhere">
      {subject.id}
    </Text>
  );
  if (!hasPage(subject.kind))
    return (
      <Text size="sm" component="div">
        {kind}
        <Text span c="dimmed" inherit>
          {id}
        </Text>
      </Text>
    );
  return (
    <AnchorLink to={SUBJECT_PAGES[subject.kind]} params={{ id: subject.id }} size="sm" display="block">
      {kind}
      {id}
    </AnchorLink>
  );
}

function Who({ actor }: { actor: AuditEntry["actor"] }) {
  const { t } = useTranslation("admin");
  if (!actor) return <Text size="sm">{t("audit.system")}</Text>;
  return <Text size="sm">{actor.name || actor.userId}</Text>;
}

function When({ at }: { at: string }) {
  return (
    <Text size="sm" component="time" dateTime={at}>
      {formatDateTime(at)}
    </Text>
  );
}

/** The first fields of the data, then everything (and the entry's hash) behind a disclosure. */
function DataSummary({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation("admin");
  const fields = summarizeAuditData(entry.data);
  return (
    <Stack gap={2}>
      {fields.length === 0 && (
        <Text size="xs" c="dimmed">
          {t("audit.noData")}
        </Text>
      )}
      {fields.map((field) => (
        <Text key={field.name} size="xs" className="break-anywhere">
          <Text span c="dimmed" inherit>
            {field.name}:
          </Text>{" "}
          {field.value}
        </Text>
      ))}
      <details>
        <Text component="summary" size="xs" c="indigo.8" style={{ cursor: "pointer" }}>
          {t("audit.allData")}
        </Text>
        <Code block mt={4} className="break-anywhere" style={{ whiteSpace: "pre-wrap" }}>
          {JSON.stringify(entry.data, null, 2)}
        </Code>
        <Text size="xs" mt={4} className="break-anywhere">
          {t("audit.hash")}: <Code>{entry.hash}</Code>
        </Text>
      </details>
    </Stack>
  );
}

function EntryCard({ entry, marked }: { entry: AuditEntry; marked: boolean }) {
  const { t } = useTranslation("admin");
  return (
    <Card
      component="li"
      id={auditEntryElementId(entry.seq)}
      tabIndex={-1}
      withBorder
      padding="md"
      bg={markedIf(marked)}
      style={{ listStyle: "none" }}
    >
      <Stack gap={6}>
        <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
          <Text fw={600}>{auditActionLabel(entry.action)}</Text>
          <Text size="sm" c="dimmed" style={{ flexShrink: 0 }}>
            {t("audit.entry", { seq: entry.seq })}
          </Text>
        </Group>
        <Group gap="xs">
          <Who actor={entry.actor} />
          <When at={entry.at} />
        </Group>
        <Subject subject={entry.subject} />
        <DataSummary entry={entry} />
      </Stack>
    </Card>
  );
}

/** Audit entries as the page shows them: a table on wide screens, cards on phones. */
export function AuditEntryTable({ entries, marked }: { entries: AuditEntry[]; marked: number | null }) {
  const { t } = useTranslation("admin");
  const wide = useMediaQuery("(min-width: 48em)", true, { getInitialValueInEffect: false });
  if (!wide)
    return (
      <Stack component="ul" gap="sm" p={0} m={0} aria-label={t("audit.entries")}>
        {entries.map((entry) => (
          <EntryCard key={entry.seq} entry={entry} marked={entry.seq === marked} />
        ))}
      </Stack>
    );
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table verticalSpacing="sm" aria-label={t("audit.entries")} styles={{ td: { verticalAlign: "top" } }}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("audit.number")}</Table.Th>
            <Table.Th>{t("audit.time")}</Table.Th>
            <Table.Th>{t("audit.who")}</Table.Th>
            <Table.Th>{t("audit.what")}</Table.Th>
            <Table.Th>{t("audit.subject")}</Table.Th>
            <Table.Th>{t("audit.details")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((entry) => (
            <Table.Tr
              key={entry.seq}
              id={auditEntryElementId(entry.seq)}
              tabIndex={-1}
              bg={markedIf(entry.seq === marked)}
            >
              <Table.Td>
                <Text size="sm" fw={600}>
                  {entry.seq}
                </Text>
              </Table.Td>
              <Table.Td style={{ whiteSpace: "nowrap" }}>
                <When at={entry.at} />
              </Table.Td>
              <Table.Td>
                <Who actor={entry.actor} />
              </Table.Td>
              <Table.Td>
                <Text size="sm">{auditActionLabel(entry.action)}</Text>
              </Table.Td>
              <Table.Td maw={220}>
                <Subject subject={entry.subject} />
              </Table.Td>
              <Table.Td maw={280}>
                <DataSummary entry={entry} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
