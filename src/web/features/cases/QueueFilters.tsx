import { Button, Group, Select, SimpleGrid, Switch } from "@mantine/core";
import { REPORT_TYPES, ReportTypeId } from "../../../contracts/report-types.ts";
import { hasNarrowingFilters, type QueueSearch } from "./cases.search.ts";

const TYPE_OPTIONS = REPORT_TYPES.map((t) => ({ value: t.id, label: t.title }));

const STATUS_OPTIONS = [
  { value: "open", label: "Open" },
  { value: "needs_info", label: "Needs information" },
  { value: "decided", label: "Decided" },
];

interface QueueFiltersProps {
  search: QueueSearch;
  onChange: (patch: Partial<QueueSearch>) => void;
}

/** Narrows the queue; every filter lives in the address bar. */
export function QueueFilters({ search, onChange }: QueueFiltersProps) {
  const clear = () =>
    onChange({ type: undefined, overdue: undefined, mine: undefined, trustedFlagger: undefined });
  return (
    <Group
      component="section"
      aria-label="Filters"
      gap="md"
      align="flex-end"
      wrap="wrap"
      justify="space-between"
    >
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm" style={{ flex: "1 1 420px" }} maw={560}>
        <Select
          label="Report type"
          placeholder="All types"
          data={TYPE_OPTIONS}
          value={search.type ?? null}
          onChange={(value) => {
            const parsed = ReportTypeId.safeParse(value);
            onChange({ type: parsed.success ? parsed.data : undefined });
          }}
          clearable
          comboboxProps={{ withinPortal: true }}
        />
        <Select
          label="Status"
          data={STATUS_OPTIONS}
          value={search.status ?? "open"}
          onChange={(value) =>
            onChange({ status: value === "needs_info" || value === "decided" ? value : undefined })
          }
          allowDeselect={false}
          comboboxProps={{ withinPortal: true }}
        />
      </SimpleGrid>
      <Group gap="lg" wrap="wrap" pb={6}>
        <Switch
          label="Overdue only"
          checked={!!search.overdue}
          onChange={(event) => onChange({ overdue: event.currentTarget.checked || undefined })}
        />
        <Switch
          label="Assigned to me"
          checked={!!search.mine}
          onChange={(event) => onChange({ mine: event.currentTarget.checked || undefined })}
        />
        <Switch
          label="Trusted flaggers"
          checked={!!search.trustedFlagger}
          onChange={(event) => onChange({ trustedFlagger: event.currentTarget.checked || undefined })}
        />
        {hasNarrowingFilters(search) && (
          <Button variant="subtle" size="compact-sm" onClick={clear}>
            Clear filters
          </Button>
        )}
      </Group>
    </Group>
  );
}
