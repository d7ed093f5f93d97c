import { Group, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ConsoleGate } from "../../app/console/ConsoleGate.tsx";
import { DisputesQueueLink } from "../../app/console/DisputesQueueLink.tsx";
import { ButtonLink } from "../../ui/links.tsx";
import { ErrorBlock, LoadingBlock } from "../../ui/QueryState.tsx";
import { usePageTitle } from "../../ui/usePageTitle.ts";
import { useSession } from "../auth/session.ts";
import { BlockedDomainsLink } from "../messages/BlockedDomainsLink.tsx";
import { useCaseQueue } from "./cases.api.ts";
import { DepartmentTabs } from "./DepartmentTabs.tsx";
import { QueueFilters } from "./QueueFilters.tsx";
import { QueueResults } from "./QueueResults.tsx";
import { useQueueSearch } from "./useQueueSearch.ts";

function CaseQueue() {
  const { t } = useTranslation("cases");
  const { user } = useSession();
  const { search, update } = useQueueSearch();
  const query = useCaseQueue(search, true);

  if (query.isPending) return <LoadingBlock rows={6} height={44} />;
  if (query.isError && !query.data)
    return <ErrorBlock error={query.error} title={t("queue.loadFailed")} onRetry={() => query.refetch()} />;

  const items = query.data.pages.flatMap((page) => page.items);
  const counts = query.data.pages[0]?.counts ?? [];

  return (
    <DepartmentTabs
      counts={counts}
      value={search.department}
      onChange={(department) => update({ department }, { replace: false })}
    >
      <Stack gap="lg">
        <QueueFilters search={search} onChange={(patch) => update(patch)} />
        {query.isError && (
          <ErrorBlock error={query.error} title={t("queue.refreshFailed")} onRetry={() => query.refetch()} />
        )}
        <QueueResults
          items={items}
          search={search}
          myId={user?.id}
          stale={query.isPlaceholderData}
          hasNextPage={query.hasNextPage}
          loadingMore={query.isFetchingNextPage}
          onLoadMore={() => query.fetchNextPage()}
        />
      </Stack>
    </DepartmentTabs>
  );
}

/** /console: the cases of the moderator's departments, most urgent first. */
export function ConsoleQueuePage() {
  const { t } = useTranslation("cases");
  usePageTitle(t("queue.pageTitle"));
  return (
    <ConsoleGate redirect="/console">
      <Stack gap="lg">
        <Group justify="space-between" align="flex-start" gap="sm">
          <Stack gap={4} style={{ flex: "1 1 320px" }}>
            <Title order={1} fz={{ base: 28, sm: 34 }}>
              {t("queue.title")}
            </Title>
            <Text c="dimmed">{t("queue.intro")}</Text>
          </Stack>
          {/* Appeals, counter-notices and IP rights are worked apart from cases: each has a queue of its own. */}
          <Group gap="xs" component="nav" aria-label={t("queue.otherQueues")}>
            <ButtonLink to="/console/appeals" variant="light">
              {t("queue.appeals")}
            </ButtonLink>
            <ButtonLink to="/console/counter-notices" variant="light">
              {t("queue.counterNotices")}
            </ButtonLink>
            <ButtonLink to="/console/rights" variant="light">
              {t("queue.rights")}
            </ButtonLink>
            <ButtonLink to="/console/suspensions" variant="light">
              {t("queue.suspensions")}
            </ButtonLink>
            <DisputesQueueLink />
            <BlockedDomainsLink />
          </Group>
        </Group>
        <CaseQueue />
      </Stack>
    </ConsoleGate>
  );
}
