import { Button, Group, Select, SimpleGrid, Switch } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { REPORT_TYPES, ReportTypeId } from "../../../contracts/report-types.ts";
import { reportTypeTitle } from "../my-reports/received.labels.ts";
import { hasNarrowingFilters, type QueueSearch } from "./cases.search.ts";

const STATUSES = ["open", "needs_info", "decided"] as const;

interface QueueFiltersProps {
  search: QueueSearch;
  onChange: (patch: Partial<QueueSearch>) => void;
}

/** Narrows the queue; every filter lives in the address bar. */
export function QueueFilters({ search, onChange }: QueueFiltersProps) {
  const { t } = useTranslation("cases");
  const typeOptions = REPORT_TYPES.map((type) => ({ value: type.id, label: reportTypeTitle(type.id) }));
  const statusOptions = STATUSES.map((status) => ({ value: status, label: t(`status.${status}`) }));
  const clear = () =>
    onChange({ type: undefined, overdue: undefined, mine: undefined, trustedFlagger: undefined });
  return (
    <Group
      component="section"
      aria-label={t("queue.filters")}
      gap="md"
      align="flex-end"
      wrap="wrap"
      justify="space-between"
    >
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm" style={{ flex: "1 1 420px" }} maw={560}>
        <Select
          label={t("queue.type")}
          placeholder={t("queue.allTypes")}
          data={typeOptions}
          value={search.type ?? null}
          onChange={(value) => {
            const parsed = ReportTypeId.safeParse(value);
            onChange({ type: parsed.success ? parsed.data : undefined });
          }}
          clearable
          comboboxProps={{ withinPortal: true }}
        />
        <Select
          label={t("queue.status")}
          data={statusOptions}
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
          label={t("queue.overdueOnly")}
          checked={!!search.overdue}
          onChange={(event) => onChange({ overdue: event.currentTarget.checked || undefined })}
        />
        <Switch
          label={t("queue.mine")}
          checked={!!search.mine}
          onChange={(event) => onChange({ mine: event.currentTarget.checked || undefined })}
        />
        <Switch
          label={t("queue.trustedFlaggers")}
          checked={!!search.trustedFlagger}
          onChange={(event) => onChange({ trustedFlagger: event.currentTarget.checked || undefined })}
        />
        {hasNarrowingFilters(search) && (
          <Button variant="subtle" size="compact-sm" onClick={clear}>
            {t("queue.clearFilters")}
          </Button>
        )}
      </Group>
    </Group>
  );
}
