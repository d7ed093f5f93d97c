import { Code, Table, Text } from "@mantine/core";
import type { FieldDescriptor, ReportTypeInfo } from "../../../contracts/report-types.ts";
import { formatCalendarDate } from "../../ui/format.ts";

function optionLabel(field: FieldDescriptor, value: unknown): string {
  return field.options?.find((o) => o.value === value)?.label ?? String(value);
}

function DetailValue({ field, value }: { field: FieldDescriptor; value: unknown }) {
  switch (field.kind) {
    case "checkbox":
      return <Text size="sm">{value === true ? "Yes" : "No"}</Text>;
    case "select":
      return <Text size="sm">{optionLabel(field, value)}</Text>;
    case "multiselect":
      return (
        <Text size="sm">
          {(Array.isArray(value) ? value : [value]).map((v) => optionLabel(field, v)).join(", ")}
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

/** The type-specific answers of a report, labelled as in its form. */
export function ReportDetailsList({
  type,
  details,
}: {
  type: ReportTypeInfo | undefined;
  details: Record<string, unknown>;
}) {
  const rows = (type?.fields ?? [])
    .filter((field) => details[field.name] !== undefined && details[field.name] !== null)
    .map((field) => ({
      key: field.name,
      label: field.label,
      value: <DetailValue field={field} value={details[field.name]} />,
    }));
  // Answers the current form no longer has are still shown, under their own name.
  const known = new Set(type?.fields.map((f) => f.name));
  for (const [key, value] of Object.entries(details)) {
    if (!known.has(key))
      rows.push({ key, label: key, value: <Text size="sm">{JSON.stringify(value)}</Text> });
  }
  if (rows.length === 0)
    return (
      <Text size="sm" c="dimmed">
        No further details.
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
