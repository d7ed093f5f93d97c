import { Code, Table, Text } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { FieldDescriptor, ReportTypeId, ReportTypeInfo } from "../../../contracts/report-types.ts";
import { formatCalendarDate } from "../../ui/format.ts";
import { type FieldWords, fieldWords } from "../report-form/field-words.ts";
import { rightLabel } from "../rights/rights.labels.ts";

function optionLabel(words: FieldWords, value: unknown): string {
  return words.options.find((o) => o.value === value)?.label ?? String(value);
}

function DetailValue({ field, words, value }: { field: FieldDescriptor; words: FieldWords; value: unknown }) {
  const { t } = useTranslation("myReports");
  switch (field.kind) {
    case "checkbox":
      return <Text size="sm">{value === true ? t("details.yes") : t("details.no")}</Text>;
    case "select":
      return <Text size="sm">{optionLabel(words, value)}</Text>;
    case "multiselect":
      return (
        <Text size="sm">
          {(Array.isArray(value) ? value : [value]).map((v) => optionLabel(words, v)).join(", ")}
        </Text>
      );
    case "date":
      return <Text size="sm">{formatCalendarDate(String(value))}</Text>;
    case "url":
      // Never a live link: it may be the very phishing link that was reported.
      return <Code className="break-anywhere">{String(value)}</Code>;
    default:
      return (
        <Text size="sm" style={{ whiteSpace: "pre-wrap" }} className="break-anywhere">
          {String(value)}
        </Text>
      );
  }
}

/** The facts of the right an IP complaint rests on, copied from the vault when it was filed. */
const RIGHT_FACTS = ["rightType", "registrationNumber", "jurisdiction", "rightsOwner"] as const;

/** The right an IP complaint rests on, in words, instead of its id in the vault. */
function rightOf(details: Record<string, unknown>): string | null {
  const [type, registrationNumber, office, ownerName] = RIGHT_FACTS.map((key) => details[key]);
  if (![type, registrationNumber, office, ownerName].every((v) => typeof v === "string")) return null;
  return rightLabel({
    type: String(type),
    registrationNumber: String(registrationNumber),
    office: String(office),
    ownerName: String(ownerName),
  });
}

interface DetailRow {
  key: string;
  label: string;
  value: ReactNode;
}

/** The type-specific answers of a report, labelled as in its form, in the interface language. */
export function ReportDetailsList({
  type,
  details,
}: {
  type: ReportTypeInfo | undefined;
  details: Record<string, unknown>;
}) {
  const { t } = useTranslation("myReports");
  const right = rightOf(details);
  const isAnswered = (field: FieldDescriptor) =>
    details[field.name] !== undefined && details[field.name] !== null;
  const rowOf = (typeId: ReportTypeId, field: FieldDescriptor): DetailRow => {
    const words = fieldWords(typeId, field);
    const isRight = field.optionsFrom === "my_rights" && right;
    return {
      key: field.name,
      // "Your IP right" in the form; here staff read it too.
      label: isRight ? t("details.ipRight") : words.label,
      value: isRight ? (
        <Text size="sm">{right}</Text>
      ) : (
        <DetailValue field={field} words={words} value={details[field.name]} />
      ),
    };
  };
  const rows = type ? type.fields.filter(isAnswered).map((field) => rowOf(type.id, field)) : [];
  // Answers the current form no longer has are still shown, under their own name.
  const known = new Set<string>([...(type?.fields.map((f) => f.name) ?? []), ...(right ? RIGHT_FACTS : [])]);
  for (const [key, value] of Object.entries(details)) {
    if (!known.has(key))
      rows.push({ key, label: key, value: <Text size="sm">{JSON.stringify(value)}</Text> });
  }
  if (rows.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t("details.none")}
      </Text>
    );
  return (
    <Table variant="vertical" layout="fixed" withTableBorder>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={row.key}>
            <Table.Th w={{ base: 130, sm: 240 }} style={{ verticalAlign: "top" }}>
              {row.label}
            </Table.Th>
            <Table.Td>{row.value}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
