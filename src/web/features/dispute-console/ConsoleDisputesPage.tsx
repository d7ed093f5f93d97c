import { Text } from "@mantine/core";
import { getRouteApi } from "@tanstack/react-router";
import type { TFunction } from "i18next";
import { Trans, useTranslation } from "react-i18next";
import type { ConsoleDisputeItem } from "../../../contracts/disputes.ts";
import { ConsolePage } from "../../app/console/ConsolePage.tsx";
import { type ReviewBadge, ReviewCard, ReviewQueue, type StatusTab } from "../../app/console/ReviewQueue.tsx";
import { formatDateTime } from "../../ui/format.ts";
import { AnchorLink } from "../../ui/links.tsx";
import { LoadingBlock } from "../../ui/QueryState.tsx";
import { formatRelative, useNow } from "../../ui/time.ts";
import {
  DISPUTE_STATUS_COLORS,
  disputeReasonLabel,
  disputeStatusLabel,
} from "../disputes/disputes.labels.ts";
import { formatMoney } from "../disputes/money.ts";
import { type QueueStatus, useDisputeQueue, useDisputesAccess } from "./dispute-console.api.ts";
import { NotYourDepartment } from "./NotYourDepartment.tsx";

const route = getRouteApi("/console/disputes");

type Tab = QueueStatus | "all";

const tabs = (t: TFunction<"disputeConsole">): StatusTab<Tab>[] => [
  { value: "all", label: t("queue.tabs.all"), empty: t("queue.tabs.allEmpty") },
  { value: "escalated", label: t("queue.tabs.escalated"), empty: t("queue.tabs.escalatedEmpty") },
  {
    value: "awaiting_evidence",
    label: t("queue.tabs.awaitingEvidence"),
    empty: t("queue.tabs.awaitingEvidenceEmpty"),
  },
  { value: "appealed", label: t("queue.tabs.appealed"), empty: t("queue.tabs.appealedEmpty") },
];

const useItemsOf = (tab: Tab) => useDisputeQueue(tab === "all" ? undefined : tab);

function DueLine({ item, now }: { item: ConsoleDisputeItem; now: number }) {
  const { t } = useTranslation("disputeConsole");
  if (!item.dueAt) return <Text size="xs">{t("queue.noDeadline")}</Text>;
  return (
    <Text size="xs" fw={item.overdue ? 700 : 400} c={item.overdue ? "red.9" : undefined}>
      <Trans
        t={t}
        i18nKey={item.overdue ? "queue.wasDue" : "queue.due"}
        values={{ date: formatDateTime(item.dueAt), relative: formatRelative(item.dueAt, now) }}
        components={{ time: <time dateTime={item.dueAt} /> }}
      />
    </Text>
  );
}

function DisputeCard({ item, now }: { item: ConsoleDisputeItem; now: number }) {
  const { t } = useTranslation("disputeConsole");
  const title = (
    <AnchorLink to="/console/disputes/$id" params={{ id: item.id }} fw={600}>
      {item.reference}
    </AnchorLink>
  );
  const badges: ReviewBadge[] = [
    { label: disputeStatusLabel(item.status), color: DISPUTE_STATUS_COLORS[item.status] },
    ...(item.overdue ? [{ label: t("queue.overdue"), color: "red" }] : []),
  ];
  return (
    <ReviewCard title={title} badges={badges}>
      <Text size="sm" fw={500} className="break-anywhere">
        {item.title} · {item.storeName}
      </Text>
      <Text size="sm">
        {t("queue.reason", { reason: disputeReasonLabel(item.reason), money: formatMoney(item.disputed) })}
      </Text>
      <DueLine item={item} now={now} />
    </ReviewCard>
  );
}

function DisputeQueue() {
  const status: Tab = route.useSearch().status ?? "all";
  const navigate = route.useNavigate();
  const now = useNow();
  const { t } = useTranslation("disputeConsole");
  return (
    <ReviewQueue
      tabs={tabs(t)}
      value={status}
      onChange={(next) => navigate({ search: next === "all" ? {} : { status: next } })}
      useItems={useItemsOf}
      label={t("queue.label")}
      errorTitle={t("queue.loadFailed")}
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
  const { t } = useTranslation("disputeConsole");
  return (
    <ConsolePage title={t("queue.title")} redirect="/console/disputes" intro={t("queue.intro")}>
      <DisputesOnly />
    </ConsolePage>
  );
}
