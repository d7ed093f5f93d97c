import { Text } from "@mantine/core";
import { useNavigate } from "@tanstack/react-router";
import i18next from "i18next";
import { useTranslation } from "react-i18next";
import type { DisputeSummary } from "../../../contracts/disputes.ts";
import { formatDate, formatDateTime } from "../../ui/format.ts";
import { AnchorLink } from "../../ui/links.tsx";
import { SummaryCard, SummaryCardList } from "../../ui/SummaryCardList.tsx";
import { DisputeStatusBadge } from "./DisputeStatusBadge.tsx";
import { whoName } from "./disputes.labels.ts";
import { formatMoney } from "./money.ts";

function nextText(dispute: DisputeSummary): string {
  if (dispute.nextWho === "nobody") return i18next.t("disputes:list.ended");
  return whoName(dispute.nextWho, dispute.role);
}

function DisputeSummaryCard({ dispute }: { dispute: DisputeSummary }) {
  const { t } = useTranslation("disputes");
  const navigate = useNavigate();
  const yourTurn = dispute.nextWho === dispute.role;
  return (
    <SummaryCard
      onOpen={() => navigate({ to: "/disputes/$id", params: { id: dispute.id } })}
      label={
        <AnchorLink
          to="/disputes/$id"
          params={{ id: dispute.id }}
          fw={600}
          ff="monospace"
          style={{ whiteSpace: "nowrap" }}
          onClick={(event) => event.stopPropagation()}
        >
          {dispute.reference}
        </AnchorLink>
      }
      status={<DisputeStatusBadge status={dispute.status} size="sm" />}
      title={
        <Text size="sm" fw={500} className="break-anywhere">
          {dispute.title}{" "}
          <Text span size="sm" c="dark.6">
            · {dispute.storeName}
          </Text>
        </Text>
      }
      facts={[
        {
          label: t("list.nextToAct"),
          value: (
            <Text span size="sm" fw={yourTurn ? 700 : undefined} c={yourTurn ? "orange.9" : undefined}>
              {nextText(dispute)}
            </Text>
          ),
        },
        {
          label: t("list.by"),
          value: dispute.nextBy ? (
            <time dateTime={dispute.nextBy}>{formatDateTime(dispute.nextBy)}</time>
          ) : (
            "—"
          ),
        },
        { label: t("list.amountDisputed"), value: formatMoney(dispute.disputed) },
        {
          label: t("list.opened"),
          value: <time dateTime={dispute.openedAt}>{formatDate(dispute.openedAt)}</time>,
        },
      ]}
    />
  );
}

/** Disputes as cards: reference, what and where, status, who acts next and by when. */
export function DisputeSummaryCards({ disputes, label }: { disputes: DisputeSummary[]; label: string }) {
  return (
    <SummaryCardList label={label}>
      {disputes.map((dispute) => (
        <DisputeSummaryCard key={dispute.id} dispute={dispute} />
      ))}
    </SummaryCardList>
  );
}
