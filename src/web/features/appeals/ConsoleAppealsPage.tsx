import { Text } from "@mantine/core";
import { getRouteApi } from "@tanstack/react-router";
import type { AppealDetail } from "../../../contracts/appeals.ts";
import { DEPARTMENT_NAMES } from "../../../contracts/report-types.ts";
import { ConsolePage } from "../../app/console/ConsolePage.tsx";
import { ReviewCard, ReviewQueue, type StatusTab } from "../../app/console/ReviewQueue.tsx";
import { formatDateTime } from "../../ui/format.ts";
import { AnchorLink } from "../../ui/links.tsx";
import { useAppealQueue } from "./appeals.api.ts";
import { APPEAL_STATUS, APPELLANT_LABELS, decisionLine } from "./appeals.labels.ts";
import type { AppealTab } from "./appeals.search.ts";

const route = getRouteApi("/console/appeals");

const TABS: StatusTab<AppealTab>[] = [
  { value: "pending", label: "To decide", empty: "No appeal waits for you." },
  { value: "upheld", label: "Upheld", empty: "No appeal has been upheld yet." },
  { value: "reversed", label: "Reversed", empty: "No decision has been reversed on appeal yet." },
];

function AppealCard({ appeal }: { appeal: AppealDetail }) {
  const status = APPEAL_STATUS[appeal.status];
  const title = (
    <AnchorLink to="/console/appeals/$id" params={{ id: appeal.id }} fw={600} className="break-anywhere">
      {appeal.targetTitle}
    </AnchorLink>
  );
  const badges = [
    { label: APPELLANT_LABELS[appeal.appellantKind], color: "gray", variant: "outline" as const },
    { label: status.label, color: status.color },
  ];
  return (
    <ReviewCard title={title} badges={badges}>
      <Text size="sm">Appeal of: {decisionLine(appeal.decision)}</Text>
      <Text size="sm" lineClamp={2} c="dimmed" className="break-anywhere">
        “{appeal.statement}”
      </Text>
      <Text size="xs" c="dimmed">
        {DEPARTMENT_NAMES[appeal.department]} · appealed {formatDateTime(appeal.createdAt)} · decided by{" "}
        {appeal.decision.decidedBy.name}
      </Text>
    </ReviewCard>
  );
}

/** /console/appeals: decisions contested by reporters or sellers (DSA Art. 20), oldest first. */
export function ConsoleAppealsPage() {
  const status = route.useSearch().status ?? "pending";
  const navigate = route.useNavigate();
  return (
    <ConsolePage
      title="Appeals"
      redirect="/console/appeals"
      intro="Reporters and sellers may appeal a decision once, within 6 months. Someone other than the author of the decision reviews it: appeals of your own decisions are not listed here."
    >
      <ReviewQueue
        tabs={TABS}
        value={status}
        onChange={(next) => navigate({ search: next === "pending" ? {} : { status: next } })}
        useItems={useAppealQueue}
        label="Appeals"
        errorTitle="Could not load the appeals"
        loading={{ rows: 4, height: 72 }}
        keyOf={(appeal) => appeal.id}
      >
        {(appeal) => <AppealCard appeal={appeal} />}
      </ReviewQueue>
    </ConsolePage>
  );
}
