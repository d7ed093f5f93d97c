import { Button, Center, Paper, Stack, Text } from "@mantine/core";
import type { InfiniteData, UseInfiniteQueryResult } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { ErrorBlock, LoadingBlock } from "./QueryState.tsx";

/** What a list says when it has nothing to show, in a bordered box. */
export function EmptyNote({ children }: { children: ReactNode }) {
  return (
    <Paper withBorder p="lg" ta="center">
      <Text c="dimmed">{children}</Text>
    </Paper>
  );
}

interface Pages {
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => unknown;
}

/** "Load more": the next page of a keyset-paged list, while there is one. */
export function LoadMore({ pages }: { pages: Pages }) {
  const { t } = useTranslation("ui");
  if (!pages.hasNextPage) return null;
  return (
    <Center>
      <Button variant="default" onClick={() => pages.fetchNextPage()} loading={pages.isFetchingNextPage}>
        {t("loadMore")}
      </Button>
    </Center>
  );
}

interface PagedListProps<T> {
  query: UseInfiniteQueryResult<InfiniteData<{ items: T[] }>>;
  /** The placeholder while the first page loads. */
  loading: { rows: number; height: number };
  errorTitle?: string;
  /** Shown in place of the list when it has no item at all. */
  empty: ReactNode;
  /** The items loaded so far, as the page shows them. */
  children: (items: T[]) => ReactNode;
}

/**
 * A list loaded a page at a time: its loading and error states, its empty state, and "Load more". A page
 * after the first that fails to load keeps what is shown and says so below it.
 */
export function PagedList<T>({ query, loading, errorTitle, empty, children }: PagedListProps<T>) {
  const { t } = useTranslation("ui");
  if (query.isPending) return <LoadingBlock {...loading} />;
  if (!query.data)
    return <ErrorBlock error={query.error} title={errorTitle} onRetry={() => query.refetch()} />;
  const items = query.data.pages.flatMap((page) => page.items);
  if (items.length === 0) return <>{empty}</>;
  return (
    <Stack gap="md">
      {children(items)}
      {query.isFetchNextPageError && (
        <ErrorBlock error={query.error} title={t("loadMoreFailed")} onRetry={() => query.fetchNextPage()} />
      )}
      <LoadMore pages={query} />
    </Stack>
  );
}
