import { Grid, Stack } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { getRouteApi } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import type { CaseDetail } from "../../../contracts/console.ts";
import { ConsoleGate } from "../../app/console/ConsoleGate.tsx";
import { AnchorLink } from "../../ui/links.tsx";
import { ErrorBlock, LoadingBlock } from "../../ui/QueryState.tsx";
import { useNow } from "../../ui/time.ts";
import { usePageTitle } from "../../ui/usePageTitle.ts";
import { useSession } from "../auth/session.ts";
import { DecisionDialog } from "../decisions/DecisionDialog.tsx";
import { DecisionSummary } from "../decisions/DecisionSummary.tsx";
import { ReportedRatingCase } from "../feedback/ReportedRatingCase.tsx";
import { ReportedMessageCase } from "../messages/ReportedMessageCase.tsx";
import { CaseHeader } from "./CaseHeader.tsx";
import { CaseNotes } from "./CaseNotes.tsx";
import { CaseReports } from "./CaseReports.tsx";
import { CaseTimeline } from "./CaseTimeline.tsx";
import { claimStateOf } from "./ClaimControls.tsx";
import { useCaseDetail } from "./cases.api.ts";
import { SellerPanel } from "./SellerPanel.tsx";
import { TargetComparison } from "./TargetComparison.tsx";

const route = getRouteApi("/console/cases/$id");

/** What was reported, as each kind of target is best read: a message or rating as kept, else then and now. */
function ReportedTarget({ detail }: { detail: CaseDetail }) {
  if (detail.targetKind === "message") return <ReportedMessageCase detail={detail} />;
  if (detail.targetKind === "feedback") return <ReportedRatingCase detail={detail} />;
  return <TargetComparison detail={detail} />;
}

function CaseView({ detail, reload }: { detail: CaseDetail; reload: () => Promise<CaseDetail | undefined> }) {
  const { user } = useSession();
  const now = useNow();
  const [deciding, dialog] = useDisclosure(false);
  const claim = claimStateOf(detail, user?.id, now);

  return (
    <Stack gap="lg">
      <CaseHeader
        detail={detail}
        claim={claim}
        now={now}
        onDecide={dialog.open}
        onStale={() => void reload()}
      />
      {detail.decision && <DecisionSummary decision={detail.decision} targetKind={detail.targetKind} />}
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="lg">
            <ReportedTarget detail={detail} />
            <CaseReports reports={detail.reports} caseId={detail.id} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap="lg">
            <SellerPanel seller={detail.seller} />
            <CaseNotes caseId={detail.id} notes={detail.notes} />
            <CaseTimeline events={detail.events} />
          </Stack>
        </Grid.Col>
      </Grid>
      <DecisionDialog detail={detail} opened={deciding} onClose={dialog.close} onReload={reload} />
    </Stack>
  );
}

function CaseLoader({ id }: { id: string }) {
  const query = useCaseDetail(id, true);
  const { t } = useTranslation("cases");
  usePageTitle(query.data ? t("page.pageTitleOf", { title: query.data.targetTitle }) : t("page.pageTitle"));
  if (query.isPending) return <LoadingBlock rows={8} height={40} />;
  if (query.isError)
    return <ErrorBlock error={query.error} title={t("page.loadFailed")} onRetry={() => query.refetch()} />;
  return <CaseView detail={query.data} reload={async () => (await query.refetch()).data} />;
}

/** /console/cases/$id: everything needed to decide one case. */
export function ConsoleCasePage() {
  const { id } = route.useParams();
  const { t } = useTranslation("cases");
  return (
    <ConsoleGate redirect={`/console/cases/${id}`}>
      <Stack gap="md">
        <AnchorLink to="/console" size="sm">
          {t("page.back")}
        </AnchorLink>
        <CaseLoader id={id} />
      </Stack>
    </ConsoleGate>
  );
}
