import { Text } from "@mantine/core";
import { getRouteApi } from "@tanstack/react-router";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import type { RightQueueItem, RightStatus } from "../../../../contracts/rights.ts";
import { ConsolePage } from "../../../app/console/ConsolePage.tsx";
import { ReviewCard, ReviewQueue, type StatusTab } from "../../../app/console/ReviewQueue.tsx";
import { countryName, formatDateTime } from "../../../ui/format.ts";
import { AnchorLink } from "../../../ui/links.tsx";
import { holderKindName, rightTypeName } from "../rights.labels.ts";
import { useRightQueue } from "./rights-review.api.ts";

const route = getRouteApi("/console/rights");

const tabs = (t: TFunction<"rights">): StatusTab<RightStatus>[] => [
  { value: "pending", label: t("review.tabs.pending"), empty: t("review.tabs.pendingEmpty") },
  { value: "approved", label: t("review.tabs.approved"), empty: t("review.tabs.approvedEmpty") },
  { value: "rejected", label: t("review.tabs.rejected"), empty: t("review.tabs.rejectedEmpty") },
];

const useRightsOfStatus = (status: RightStatus) => useRightQueue(status, true);

function QueueCard({ item }: { item: RightQueueItem }) {
  const { t } = useTranslation("rights");
  const title = (
    <AnchorLink to="/console/rights/$id" params={{ id: item.id }} fw={600} className="break-anywhere">
      {rightTypeName(item.type)} {item.registrationNumber}
    </AnchorLink>
  );
  const badges = [
    ...(item.actsAsAgent ? [{ label: t("review.agent"), color: "grape" }] : []),
    { label: t("review.fileCount", { count: item.fileCount }), color: "gray" },
  ];
  return (
    <ReviewCard title={title} badges={badges}>
      <Text size="sm">
        {item.holder.legalName} · {holderKindName(item.holder.kind)} · {countryName(item.holder.country)}
      </Text>
      <Text size="xs" c="dimmed">
        {t("review.queueLine", {
          office: item.office,
          owner: item.ownerName,
          date: formatDateTime(item.submittedAt),
        })}
      </Text>
    </ReviewCard>
  );
}

/** /console/rights: IP Protection's queue of rights to verify, and those already reviewed. */
export function ConsoleRightsPage() {
  const status = route.useSearch().status ?? "pending";
  const navigate = route.useNavigate();
  const { t } = useTranslation("rights");
  return (
    <ConsolePage title={t("review.pageTitle")} redirect="/console/rights" intro={t("review.intro")}>
      <ReviewQueue
        tabs={tabs(t)}
        value={status}
        onChange={(next) => navigate({ search: next === "pending" ? {} : { status: next } })}
        useItems={useRightsOfStatus}
        label={t("review.label")}
        errorTitle={t("review.loadFailed")}
        loading={{ rows: 4, height: 64 }}
        keyOf={(item) => item.id}
      >
        {(item) => <QueueCard item={item} />}
      </ReviewQueue>
    </ConsolePage>
  );
}
