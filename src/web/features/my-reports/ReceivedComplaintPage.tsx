import { Badge, Group, Stack, Text, Title } from "@mantine/core";
import { getRouteApi } from "@tanstack/react-router";
import { Trans, useTranslation } from "react-i18next";
import type { ReceivedComplaintDetail } from "../../../contracts/received.ts";
import { ApiError } from "../../api/http.ts";
import { formatDateTime } from "../../ui/format.ts";
import { AnchorLink } from "../../ui/links.tsx";
import { ErrorBlock, LoadingBlock } from "../../ui/QueryState.tsx";
import { targetKindLabel } from "../../ui/target-kinds.ts";
import { usePageTitle } from "../../ui/usePageTitle.ts";
import { SignInPrompt } from "../auth/SignInPrompt.tsx";
import { useSession } from "../auth/session.ts";
import { CaseStatusBadge } from "./CaseStatusBadge.tsx";
import { ReceivedComplaintCard } from "./ReceivedComplaintCard.tsx";
import { ReceivedDecisionCard } from "./ReceivedDecisionCard.tsx";
import { useReceivedComplaint } from "./received.api.ts";
import { complaintPageTitle, complaintTitle } from "./received.labels.ts";
import { SellerActions } from "./received-actions/SellerActions.tsx";
import { StatementOfReasons } from "./StatementOfReasons.tsx";

const route = getRouteApi("/my/received/$caseId");

/** Asking again will not find a complaint that is not there or not yours. */
const isClientError = (error: unknown) =>
  error instanceof ApiError && error.status >= 400 && error.status < 500;

function ComplaintView({ complaint }: { complaint: ReceivedComplaintDetail }) {
  const { t } = useTranslation("myReports");
  const count = complaint.complaints.length;
  return (
    <Stack gap="lg">
      <Stack gap={6}>
        <Text size="sm" c="dimmed">
          {t(`complaint.about.${complaint.targetKind}`)}
        </Text>
        <Group gap="sm" align="center">
          <Title order={1} fz={{ base: 24, sm: 32 }} className="break-anywhere">
            {complaintTitle(complaint)}
          </Title>
          <CaseStatusBadge status={complaint.status} size="lg" />
        </Group>
        <Group gap="xs">
          <Badge size="sm" variant="outline" color="gray">
            {targetKindLabel(complaint.targetKind)}
          </Badge>
          <Text size="sm">
            <Trans
              t={t}
              i18nKey="complaint.firstReceived"
              values={{ store: complaint.storeName, date: formatDateTime(complaint.receivedAt) }}
              components={{ time: <time dateTime={complaint.receivedAt} /> }}
            />
          </Text>
        </Group>
      </Stack>
      <ReceivedDecisionCard
        decision={complaint.decision}
        targetKind={complaint.targetKind}
        reversedOnAppeal={complaint.appeal?.status === "reversed"}
        strikeStanding={complaint.strikeStanding}
      />
      <Stack gap="sm" component="section" aria-labelledby="complaints-heading">
        <Title order={2} size="h4" id="complaints-heading">
          {t("complaint.the", { count })}
        </Title>
        {complaint.complaints.map((item, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: complaints come without ids, in a fixed order
          <ReceivedComplaintCard key={i} complaint={item} index={i} />
        ))}
      </Stack>
      {complaint.statement && (
        <StatementOfReasons statement={complaint.statement} targetKind={complaint.targetKind} />
      )}
      <SellerActions complaint={complaint} />
    </Stack>
  );
}

/** My Reports → Received → one complaint case about my store or listing. */
export function ReceivedComplaintPage() {
  const { caseId } = route.useParams();
  const session = useSession();
  const complaint = useReceivedComplaint(caseId, !!session.user);
  const { t } = useTranslation("myReports");
  usePageTitle(complaint.data ? complaintPageTitle(complaint.data) : t("complaint.pageTitle"));

  if (session.isPending) return <LoadingBlock rows={6} height={40} />;
  if (!session.user)
    return <SignInPrompt what={t("complaint.signInTo")} redirect={`/my/received/${caseId}`} />;

  return (
    <Stack gap="md">
      <AnchorLink to="/my/reports" search={{ box: "received" }} size="sm">
        {t("complaint.back")}
      </AnchorLink>
      {complaint.isPending && <LoadingBlock rows={6} height={40} />}
      {complaint.isError && (
        <ErrorBlock
          error={complaint.error}
          title={t("complaint.loadFailed")}
          onRetry={isClientError(complaint.error) ? undefined : () => complaint.refetch()}
        />
      )}
      {complaint.data && <ComplaintView complaint={complaint.data} />}
    </Stack>
  );
}
