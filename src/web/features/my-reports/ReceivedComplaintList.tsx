import { Badge, Text } from "@mantine/core";
import { useNavigate } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import type { ReceivedComplaint } from "../../../contracts/received.ts";
import { formatDate } from "../../ui/format.ts";
import { AnchorLink } from "../../ui/links.tsx";
import { SummaryCard, SummaryCardList } from "../../ui/SummaryCardList.tsx";
import { targetKindLabel } from "../../ui/target-kinds.ts";
import { CaseStatusBadge } from "./CaseStatusBadge.tsx";
import { complaintTitle, decisionSummary, reportTypeTitle } from "./received.labels.ts";

function ComplaintItem({ complaint }: { complaint: ReceivedComplaint }) {
  const { t } = useTranslation("myReports");
  const navigate = useNavigate();
  return (
    <SummaryCard
      onOpen={() => navigate({ to: "/my/received/$caseId", params: { caseId: complaint.caseId } })}
      label={
        <Badge size="sm" variant="outline" color="gray">
          {targetKindLabel(complaint.targetKind)}
        </Badge>
      }
      status={<CaseStatusBadge status={complaint.status} size="sm" />}
      title={
        <AnchorLink
          to="/my/received/$caseId"
          params={{ caseId: complaint.caseId }}
          fw={600}
          className="break-anywhere"
          onClick={(event) => event.stopPropagation()}
        >
          {complaintTitle(complaint)}
        </AnchorLink>
      }
      facts={[
        { label: t("received.store"), value: complaint.storeName },
        {
          label: t("received.received"),
          value: <time dateTime={complaint.receivedAt}>{formatDate(complaint.receivedAt)}</time>,
        },
        { label: t("received.complaints"), value: complaint.reportCount },
        { label: t("received.about"), value: complaint.types.map(reportTypeTitle).join(", ") || "—" },
      ]}
      footer={
        <Text size="sm">
          <Text span fw={500}>
            {t("received.decision")}
          </Text>{" "}
          {decisionSummary(complaint.decision, complaint.targetKind)}
          {complaint.decision && (
            <Text span c="dimmed">
              {" "}
              · {formatDate(complaint.decision.decidedAt)}
            </Text>
          )}
        </Text>
      }
    />
  );
}

/** Complaints about my stores and listings, as cards that read well from a phone to a desktop. */
export function ReceivedComplaintList({ complaints }: { complaints: ReceivedComplaint[] }) {
  const { t } = useTranslation("myReports");
  return (
    <SummaryCardList label={t("received.label")}>
      {complaints.map((complaint) => (
        <ComplaintItem key={complaint.caseId} complaint={complaint} />
      ))}
    </SummaryCardList>
  );
}
