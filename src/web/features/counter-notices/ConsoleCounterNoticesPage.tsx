import { useTranslation } from "react-i18next";
import { ConsolePage } from "../../app/console/ConsolePage.tsx";
import { EmptyNote } from "../../ui/PagedList.tsx";
import { ErrorBlock, LoadingBlock } from "../../ui/QueryState.tsx";
import { SummaryCardList } from "../../ui/SummaryCardList.tsx";
import { CounterNoticeDecisionCard } from "./CounterNoticeDecisionCard.tsx";
import { useCounterNoticeQueue } from "./counter-notices.api.ts";

function CounterNoticeQueue() {
  const { t } = useTranslation("counterNotices");
  const query = useCounterNoticeQueue();
  if (query.isPending) return <LoadingBlock rows={3} height={96} />;
  if (query.isError)
    return <ErrorBlock error={query.error} title={t("console.loadFailed")} onRetry={() => query.refetch()} />;
  if (query.data.length === 0) return <EmptyNote>{t("console.none")}</EmptyNote>;
  return (
    <SummaryCardList label={t("console.label")} gap="md">
      {query.data.map((notice) => (
        <CounterNoticeDecisionCard key={notice.id} notice={notice} />
      ))}
    </SummaryCardList>
  );
}

/** /console/counter-notices: IP Protection decides sellers' counter-notices once the rights holder replied. */
export function ConsoleCounterNoticesPage() {
  const { t } = useTranslation("counterNotices");
  return (
    <ConsolePage title={t("console.title")} redirect="/console/counter-notices" intro={t("console.intro")}>
      <CounterNoticeQueue />
    </ConsolePage>
  );
}
