import { ConsolePage } from "../../app/console/ConsolePage.tsx";
import { EmptyNote } from "../../ui/PagedList.tsx";
import { ErrorBlock, LoadingBlock } from "../../ui/QueryState.tsx";
import { SummaryCardList } from "../../ui/SummaryCardList.tsx";
import { CounterNoticeDecisionCard } from "./CounterNoticeDecisionCard.tsx";
import { useCounterNoticeQueue } from "./counter-notices.api.ts";

function CounterNoticeQueue() {
  const query = useCounterNoticeQueue();
  if (query.isPending) return <LoadingBlock rows={3} height={96} />;
  if (query.isError)
    return (
      <ErrorBlock
        error={query.error}
        title="Could not load the counter-notices"
        onRetry={() => query.refetch()}
      />
    );
  if (query.data.length === 0) return <EmptyNote>No counter-notice waits for a decision.</EmptyNote>;
  return (
    <SummaryCardList label="Counter-notices to decide" gap="md">
      {query.data.map((notice) => (
        <CounterNoticeDecisionCard key={notice.id} notice={notice} />
      ))}
    </SummaryCardList>
  );
}

/** /console/counter-notices: IP Protection decides sellers' counter-notices once the rights holder replied. */
export function ConsoleCounterNoticesPage() {
  return (
    <ConsolePage
      title="Counter-notices"
      redirect="/console/counter-notices"
      intro="Sellers contest IP removals with a counter-notice; the rights holder has 3 business days to reply. Those listed here have the reply, or ran out of time. Reinstate the listing, or keep it removed, and say why: both sides read your reasons. Oldest first."
    >
      <CounterNoticeQueue />
    </ConsolePage>
  );
}
