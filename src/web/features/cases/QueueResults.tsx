import { Paper, Stack, Text, Title } from "@mantine/core";
import { useDisclosure, useMediaQuery } from "@mantine/hooks";
import { useTranslation } from "react-i18next";
import type { CaseQueueItem } from "../../../contracts/console.ts";
import { LoadMore } from "../../ui/PagedList.tsx";
import { useNow } from "../../ui/time.ts";
import { BulkDecisionDialog } from "../decisions/bulk/BulkDecisionDialog.tsx";
import { CaseQueueCards } from "./CaseQueueCards.tsx";
import { CaseQueueTable } from "./CaseQueueTable.tsx";
import { hasNarrowingFilters, type QueueSearch } from "./cases.search.ts";
import { SelectAllCheckbox, SelectionBar } from "./SelectionBar.tsx";
import { useQueueSelection } from "./useQueueSelection.ts";

const EMPTY_TITLES = {
  open: "queue.emptyOpen",
  needs_info: "queue.emptyNeedsInfo",
  decided: "queue.emptyDecided",
} as const satisfies Record<NonNullable<QueueSearch["status"]> | "open", string>;

function EmptyQueue({ search }: { search: QueueSearch }) {
  const { t } = useTranslation("cases");
  const narrowed = hasNarrowingFilters(search);
  return (
    <Paper withBorder p="xl" ta="center">
      <Stack align="center" gap="sm">
        <Title order={2} size="h4">
          {t(EMPTY_TITLES[search.status ?? "open"])}
        </Title>
        <Text c="dimmed" size="sm">
          {narrowed ? t("queue.filtersHide") : t("queue.newReports")}
        </Text>
      </Stack>
    </Paper>
  );
}

const WIDE = "(min-width: 62em)";

/**
 * A table on wide screens, cards on narrow ones. Only one is rendered (not one hidden by CSS), so that
 * every case appears once on the page, for find-in-page and for tests alike.
 */
function useWideScreen(): boolean {
  const initial = typeof window !== "undefined" && window.matchMedia(WIDE).matches;
  return useMediaQuery(WIDE, initial, { getInitialValueInEffect: false });
}

interface QueueResultsProps {
  items: CaseQueueItem[];
  search: QueueSearch;
  myId: string | undefined;
  /** True while the rows shown belong to the previous filters. */
  stale: boolean;
  hasNextPage: boolean;
  loadingMore: boolean;
  onLoadMore: () => void;
}

export function QueueResults(props: QueueResultsProps) {
  const { items, search, myId, stale } = props;
  const now = useNow();
  const wide = useWideScreen();
  const selectable = search.status !== "decided";
  const selection = useQueueSelection(items, JSON.stringify(search));
  const [deciding, dialog] = useDisclosure(false);
  const finished = (decidedIds: string[]) => {
    for (const id of decidedIds) selection.toggle(id, false);
    dialog.close();
  };
  const view = {
    items,
    myId,
    now,
    showDepartment: !search.department,
    selection: selectable ? selection : undefined,
  };
  return (
    <>
      {items.length === 0 && !stale ? (
        <EmptyQueue search={search} />
      ) : (
        <Stack gap="md" aria-busy={stale} style={{ opacity: stale ? 0.6 : 1, transition: "opacity 150ms" }}>
          {selectable && <SelectAllCheckbox selection={selection} count={items.length} />}
          {wide ? <CaseQueueTable {...view} /> : <CaseQueueCards {...view} />}
          <LoadMore
            pages={{
              hasNextPage: props.hasNextPage,
              isFetchingNextPage: props.loadingMore,
              fetchNextPage: props.onLoadMore,
            }}
          />
          {selectable && <SelectionBar selection={selection} onDecide={dialog.open} />}
        </Stack>
      )}
      {selectable && (
        <BulkDecisionDialog
          items={selection.selected}
          opened={deciding}
          onClose={dialog.close}
          onFinished={finished}
        />
      )}
    </>
  );
}
