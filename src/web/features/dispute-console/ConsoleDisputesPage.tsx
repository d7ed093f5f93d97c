import { Text } from "@mantine/core";
import { getRouteApi } from "@tanstack/react-router";
import { type ConsoleDisputeItem, DISPUTE_REASON_LABELS } from "../../../contracts/disputes.ts";
import { ConsolePage } from "../../app/console/ConsolePage.tsx";
import { type ReviewBadge, ReviewCard, ReviewQueue, type StatusTab } from "../../app/console/ReviewQueue.tsx";
import { formatDateTime } from "../../ui/format.ts";
import { AnchorLink } from "../../ui/links.tsx";
import { LoadingBlock } from "../../ui/QueryState.tsx";
import { formatRelative, useNow } from "../../ui/time.ts";
import { DISPUTE_STATUS_COLORS } from "../disputes/disputes.labels.ts";
import { formatMoney } from "../disputes/money.ts";
import { type QueueStatus, useDisputeQueue, useDisputesAccess } from "./dispute-console.api.ts";
import { NotYourDepartment } from "./NotYourDepartment.tsx";

const route = getRouteApi("/console/disputes");

type Tab = QueueStatus | "all";

const TABS: StatusTab<Tab>[] = [
  { value: "all", label: "All", empty: "No dispute waits for the platform. Escalated disputes appear here." },
  { value: "escalated", label: "To rule", empty: "No escalated dispute waits for a ruling." },
  {
    value: "awaiting_evidence",
    label: "Waiting for evidence",
    empty: "No dispute waits for evidence you asked for.",
  },
  { value: "appealed", label: "Appealed", empty: "No ruling has been appealed." },
];

const useItemsOf = (tab: Tab) => useDisputeQueue(tab === "all" ? undefined : tab);

function DueLine({ item, now }: { item: ConsoleDisputeItem; now: number }) {
  if (!item.dueAt) return <Text size="xs">No deadline</Text>;
  return (
    <Text size="xs" fw={item.overdue ? 700 : 400} c={item.overdue ? "red.9" : undefined}>
      {item.overdue ? "Was due" : "Due"} <time dateTime={item.dueAt}>{formatDateTime(item.dueAt)}</time> (
      {formatRelative(item.dueAt, now)})
    </Text>
  );
}

function DisputeCard({ item, now }: { item: ConsoleDisputeItem; now: number }) {
  const title = (
    <AnchorLink to="/console/disputes/$id" params={{ id: item.id }} fw={600}>
      {item.reference}
    </AnchorLink>
  );
  const badges: ReviewBadge[] = [
    { label: item.statusLabel, color: DISPUTE_STATUS_COLORS[item.status] },
    ...(item.overdue ? [{ label: "Overdue", color: "red" }] : []),
  ];
  return (
    <ReviewCard title={title} badges={badges}>
      <Text size="sm" fw={500} className="break-anywhere">
        {item.title} · {item.storeName}
      </Text>
      <Text size="sm">
        Buyer’s reason: “{DISPUTE_REASON_LABELS[item.reason]}” · disputed {formatMoney(item.disputed)}
      </Text>
      <DueLine item={item} now={now} />
    </ReviewCard>
  );
}

function DisputeQueue() {
  const status: Tab = route.useSearch().status ?? "all";
  const navigate = route.useNavigate();
  const now = useNow();
  return (
    <ReviewQueue
      tabs={TABS}
      value={status}
      onChange={(next) => navigate({ search: next === "all" ? {} : { status: next } })}
      useItems={useItemsOf}
      label="Disputes"
      errorTitle="Could not load the disputes"
      loading={{ rows: 4, height: 88 }}
      keyOf={(item) => item.id}
    >
      {(item) => <DisputeCard item={item} now={now} />}
    </ReviewQueue>
  );
}

/** Only the Disputes department (and admins) mediate; the rest are told so before any list loads. */
function DisputesOnly() {
  const access = useDisputesAccess();
  if (access === "checking") return <LoadingBlock rows={4} height={88} />;
  if (access === "refused") return <NotYourDepartment />;
  return <DisputeQueue />;
}

/** /console/disputes: disputes with the platform, the soonest deadline first. */
export function ConsoleDisputesPage() {
  return (
    <ConsolePage
      title="Disputes"
      redirect="/console/disputes"
      intro="Order disputes the buyer and the seller could not settle between them. The platform rules within 7 days of the escalation or the appeal (target: 48 hours), on the evidence of both. Soonest deadline first."
    >
      <DisputesOnly />
    </ConsolePage>
  );
}
