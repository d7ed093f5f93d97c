import { Text } from "@mantine/core";
import { getRouteApi } from "@tanstack/react-router";
import type { RightQueueItem, RightStatus } from "../../../../contracts/rights.ts";
import { ConsolePage } from "../../../app/console/ConsolePage.tsx";
import { ReviewCard, ReviewQueue, type StatusTab } from "../../../app/console/ReviewQueue.tsx";
import { countryName, formatDateTime } from "../../../ui/format.ts";
import { AnchorLink } from "../../../ui/links.tsx";
import { HOLDER_KIND_NAMES, RIGHT_TYPE_NAMES } from "../rights.labels.ts";
import { useRightQueue } from "./rights-review.api.ts";

const route = getRouteApi("/console/rights");

const TABS: StatusTab<RightStatus>[] = [
  { value: "pending", label: "To verify", empty: "No rights wait for verification. Well done." },
  { value: "approved", label: "Verified", empty: "No right has been verified yet." },
  { value: "rejected", label: "Rejected", empty: "No right has been rejected." },
];

const useRightsOfStatus = (status: RightStatus) => useRightQueue(status, true);

function QueueCard({ item }: { item: RightQueueItem }) {
  const title = (
    <AnchorLink to="/console/rights/$id" params={{ id: item.id }} fw={600} className="break-anywhere">
      {RIGHT_TYPE_NAMES[item.type]} {item.registrationNumber}
    </AnchorLink>
  );
  const badges = [
    ...(item.actsAsAgent ? [{ label: "Agent", color: "grape" }] : []),
    { label: `${item.fileCount} ${item.fileCount === 1 ? "file" : "files"}`, color: "gray" },
  ];
  return (
    <ReviewCard title={title} badges={badges}>
      <Text size="sm">
        {item.holder.legalName} · {HOLDER_KIND_NAMES[item.holder.kind]} · {countryName(item.holder.country)}
      </Text>
      <Text size="xs" c="dimmed">
        {item.office} · owner {item.ownerName} · sent {formatDateTime(item.submittedAt)}
      </Text>
    </ReviewCard>
  );
}

/** /console/rights: IP Protection's queue of rights to verify, and those already reviewed. */
export function ConsoleRightsPage() {
  const status = route.useSearch().status ?? "pending";
  const navigate = route.useNavigate();
  return (
    <ConsolePage
      title="IP rights verification"
      redirect="/console/rights"
      intro="Check each right against its certificate and the holder's identity documents. Only verified rights can back IP complaints. Oldest first."
    >
      <ReviewQueue
        tabs={TABS}
        value={status}
        onChange={(next) => navigate({ search: next === "pending" ? {} : { status: next } })}
        useItems={useRightsOfStatus}
        label="IP rights"
        errorTitle="Could not load the rights"
        loading={{ rows: 4, height: 64 }}
        keyOf={(item) => item.id}
      >
        {(item) => <QueueCard item={item} />}
      </ReviewQueue>
    </ConsolePage>
  );
}
