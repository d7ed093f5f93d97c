import { Stack } from "@mantine/core";
import { getRouteApi, Navigate } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { AnchorLink } from "../../ui/links.tsx";
import { ErrorBlock, LoadingBlock } from "../../ui/QueryState.tsx";
import { usePageTitle } from "../../ui/usePageTitle.ts";
import { SignInPrompt } from "../auth/SignInPrompt.tsx";
import { useSession } from "../auth/session.ts";
import { FindMyReport } from "../report-center/FindMyReport.tsx";
import { ReportDetailView } from "./ReportDetailView.tsx";
import { useReport } from "./reports.api.ts";
import { recallTrackingToken } from "./tracking-token.ts";

const route = getRouteApi("/my/reports/$id");

export function MyReportDetailPage() {
  const { id } = route.useParams();
  const session = useSession();
  const report = useReport(id, undefined, !!session.user);
  const { t } = useTranslation("myReports");
  usePageTitle(
    report.data ? t("report.pageTitleOf", { reference: report.data.reference }) : t("report.pageTitle"),
  );

  if (session.isPending) return <LoadingBlock rows={6} height={40} />;
  if (!session.user) {
    // A guest who opened its private link in this tab is taken to it rather than asked to sign in.
    const token = recallTrackingToken(id);
    if (token) return <Navigate to="/track/$id" params={{ id }} search={{ token }} replace />;
    return (
      <Stack gap="lg" maw={720} mx="auto">
        <SignInPrompt what={t("report.signInTo")} redirect={`/my/reports/${id}`} />
        <FindMyReport />
      </Stack>
    );
  }

  return (
    <Stack gap="md">
      <AnchorLink to="/my/reports" size="sm">
        {t("report.back")}
      </AnchorLink>
      {report.isPending && <LoadingBlock rows={6} height={40} />}
      {report.isError && <ErrorBlock error={report.error} title={t("report.loadFailed")} />}
      {report.data && <ReportDetailView report={report.data} />}
    </Stack>
  );
}
