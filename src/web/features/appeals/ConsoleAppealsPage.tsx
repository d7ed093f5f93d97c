import { Text } from "@mantine/core";
import { getRouteApi } from "@tanstack/react-router";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import type { AppealDetail } from "../../../contracts/appeals.ts";
import { ConsolePage } from "../../app/console/ConsolePage.tsx";
import { ReviewCard, ReviewQueue, type StatusTab } from "../../app/console/ReviewQueue.tsx";
import { formatDateTime } from "../../ui/format.ts";
import { AnchorLink } from "../../ui/links.tsx";
import { departmentName } from "../../ui/target-kinds.ts";
import { useAppealQueue } from "./appeals.api.ts";
import { appealStatus, appellantLabel, decisionLine } from "./appeals.labels.ts";
import type { AppealTab } from "./appeals.search.ts";

const route = getRouteApi("/console/appeals");

const tabs = (t: TFunction<"appeals">): StatusTab<AppealTab>[] => [
  { value: "pending", label: t("status.pending"), empty: t("console.tabs.pendingEmpty") },
  { value: "upheld", label: t("status.upheld"), empty: t("console.tabs.upheldEmpty") },
  { value: "reversed", label: t("status.reversed"), empty: t("console.tabs.reversedEmpty") },
];

function AppealCard({ appeal }: { appeal: AppealDetail }) {
  const { t } = useTranslation("appeals");
  const status = appealStatus(appeal.status);
  const title = (
    <AnchorLink to="/console/appeals/$id" params={{ id: appeal.id }} fw={600} className="break-anywhere">
      {appeal.targetTitle}
    </AnchorLink>
  );
  const badges = [
    { label: appellantLabel(appeal), color: "gray", variant: "outline" as const },
    { label: status.label, color: status.color },
  ];
  return (
    <ReviewCard title={title} badges={badges}>
      <Text size="sm">
        {t("console.appealOf", { decision: decisionLine(appeal.decision, appeal.targetKind) })}
      </Text>
      <Text size="sm" lineClamp={2} c="dimmed" className="break-anywhere">
        “{appeal.statement}”
      </Text>
      <Text size="xs" c="dimmed">
        {t("console.line", {
          department: departmentName(appeal.department),
          date: formatDateTime(appeal.createdAt),
          name: appeal.decision.decidedBy.name,
        })}
      </Text>
    </ReviewCard>
  );
}

/** /console/appeals: decisions contested by reporters or sellers (DSA Art. 20), oldest first. */
export function ConsoleAppealsPage() {
  const status = route.useSearch().status ?? "pending";
  const navigate = route.useNavigate();
  const { t } = useTranslation("appeals");
  return (
    <ConsolePage title={t("console.title")} redirect="/console/appeals" intro={t("console.intro")}>
      <ReviewQueue
        tabs={tabs(t)}
        value={status}
        onChange={(next) => navigate({ search: next === "pending" ? {} : { status: next } })}
        useItems={useAppealQueue}
        label={t("console.title")}
        errorTitle={t("console.loadFailed")}
        loading={{ rows: 4, height: 72 }}
        keyOf={(appeal) => appeal.id}
      >
        {(appeal) => <AppealCard appeal={appeal} />}
      </ReviewQueue>
    </ConsolePage>
  );
}
