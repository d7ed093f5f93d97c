import { Badge, Group, Paper, Stack, Tabs } from "@mantine/core";
import type { InfiniteData, UseInfiniteQueryResult } from "@tanstack/react-query";
import { Fragment, type ReactNode } from "react";
import { EmptyNote, PagedList } from "../../ui/PagedList.tsx";
import { SummaryCardList } from "../../ui/SummaryCardList.tsx";

export interface StatusTab<S extends string> {
  value: S;
  label: string;
  /** What the tab's list says when nothing has this status. */
  empty: string;
}

interface StatusTabsProps<S extends string> {
  tabs: readonly StatusTab<S>[];
  value: S;
  onChange: (status: S) => void;
  /** The list of the selected tab. */
  children: (tab: StatusTab<S>) => ReactNode;
}

/** One tab per status of a review queue; only the selected tab's list is mounted (and loaded). */
function StatusTabs<S extends string>({ tabs, value, onChange, children }: StatusTabsProps<S>) {
  const statusOf = (next: string | null) => tabs.find((tab) => tab.value === next)?.value;
  return (
    <Tabs
      value={value}
      onChange={(next) => {
        const status = statusOf(next);
        if (status) onChange(status);
      }}
      keepMounted={false}
    >
      <Tabs.List>
        {tabs.map((tab) => (
          <Tabs.Tab key={tab.value} value={tab.value}>
            {tab.label}
          </Tabs.Tab>
        ))}
      </Tabs.List>
      {tabs.map((tab) => (
        <Tabs.Panel key={tab.value} value={tab.value} pt="md">
          {children(tab)}
        </Tabs.Panel>
      ))}
    </Tabs>
  );
}

export interface ReviewBadge {
  label: string;
  color: string;
  variant?: "light" | "outline";
}

interface ReviewCardProps {
  /** The link to the item's review page. */
  title: ReactNode;
  badges: ReviewBadge[];
  /** The lines under the title: who, what, when. */
  children: ReactNode;
}

/** One item of a review queue: the link to it, its badges, and a few lines about it. */
export function ReviewCard({ title, badges, children }: ReviewCardProps) {
  return (
    <Paper withBorder p="md" component="li" style={{ listStyle: "none" }}>
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" gap="xs">
          {title}
          <Group gap={6}>
            {badges.map((badge) => (
              <Badge key={badge.label} color={badge.color} variant={badge.variant ?? "light"}>
                {badge.label}
              </Badge>
            ))}
          </Group>
        </Group>
        {children}
      </Stack>
    </Paper>
  );
}

interface ReviewQueueProps<S extends string, T> {
  tabs: readonly StatusTab<S>[];
  value: S;
  onChange: (status: S) => void;
  /** The items of one status, oldest first, a page at a time. */
  useItems: (status: S) => UseInfiniteQueryResult<InfiniteData<{ items: T[] }>>;
  /** The list's name for screen readers. */
  label: string;
  errorTitle: string;
  loading: { rows: number; height: number };
  keyOf: (item: T) => string;
  /** One item, as a ReviewCard. */
  children: (item: T) => ReactNode;
}

/** A review queue of the console: a tab per status, each a paged list of cards with its empty note. */
export function ReviewQueue<S extends string, T>({ tabs, value, onChange, ...list }: ReviewQueueProps<S, T>) {
  return (
    <StatusTabs tabs={tabs} value={value} onChange={onChange}>
      {(tab) => <StatusList tab={tab} {...list} />}
    </StatusTabs>
  );
}

type StatusListProps<S extends string, T> = Omit<ReviewQueueProps<S, T>, "tabs" | "value" | "onChange"> & {
  tab: StatusTab<S>;
};

function StatusList<S extends string, T>({
  tab,
  useItems,
  label,
  keyOf,
  children,
  ...states
}: StatusListProps<S, T>) {
  return (
    <PagedList query={useItems(tab.value)} empty={<EmptyNote>{tab.empty}</EmptyNote>} {...states}>
      {(items) => (
        <SummaryCardList label={label}>
          {items.map((item) => (
            <Fragment key={keyOf(item)}>{children(item)}</Fragment>
          ))}
        </SummaryCardList>
      )}
    </PagedList>
  );
}
