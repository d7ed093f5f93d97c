import { Badge, Group, Tabs, VisuallyHidden } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import type { QueueCount } from "../../../contracts/console.ts";
import type { DepartmentId } from "../../../contracts/report-types.ts";
import { departmentName } from "../../ui/target-kinds.ts";

type Count = z.infer<typeof QueueCount>;

const ALL = "all";

interface DepartmentTabsProps {
  counts: Count[];
  value: DepartmentId | undefined;
  onChange: (department: DepartmentId | undefined) => void;
  /** The queue of the selected tab. */
  children: ReactNode;
}

function TabLabel({ name, open, overdue }: { name: string; open: number; overdue: number }) {
  const { t } = useTranslation("cases");
  return (
    <Group gap={6} wrap="nowrap">
      <span>{name}</span>
      <Badge size="sm" variant="light" color="gray" aria-hidden="true">
        {open}
      </Badge>
      {overdue > 0 && (
        <Badge size="sm" variant="filled" color="red" aria-hidden="true">
          {overdue}
        </Badge>
      )}
      <VisuallyHidden>
        {overdue > 0 ? t("queue.openOverdueCount", { open, overdue }) : t("queue.openCount", { open })}
      </VisuallyHidden>
    </Group>
  );
}

/** One tab per department the moderator works, with its open and overdue cases, and "All" first. */
export function DepartmentTabs({ counts, value, onChange, children }: DepartmentTabsProps) {
  const { t } = useTranslation("cases");
  const departments = counts.map((c) => c.department);
  if (value && !departments.includes(value)) departments.push(value);
  const total = counts.reduce((sum, c) => ({ open: sum.open + c.open, overdue: sum.overdue + c.overdue }), {
    open: 0,
    overdue: 0,
  });
  const countOf = (department: DepartmentId) =>
    counts.find((c) => c.department === department) ?? { open: 0, overdue: 0 };
  const tabs = [
    { value: ALL, name: t("queue.allDepartments"), ...total },
    ...departments.map((d) => ({ value: d, name: departmentName(d), ...countOf(d) })),
  ];

  return (
    <Tabs
      value={value ?? ALL}
      onChange={(next) => onChange(next && next !== ALL ? (next as DepartmentId) : undefined)}
      keepMounted={false}
    >
      <Tabs.List
        aria-label={t("queue.departments")}
        style={{ flexWrap: "nowrap", overflowX: "auto", overflowY: "hidden" }}
      >
        {tabs.map((tab) => (
          <Tabs.Tab key={tab.value} value={tab.value} style={{ flexShrink: 0 }}>
            <TabLabel name={tab.name} open={tab.open} overdue={tab.overdue} />
          </Tabs.Tab>
        ))}
      </Tabs.List>
      {tabs.map((tab) => (
        <Tabs.Panel key={tab.value} value={tab.value} pt="md">
          {children}
        </Tabs.Panel>
      ))}
    </Tabs>
  );
}
