import { Stack } from "@mantine/core";
import { getRouteApi } from "@tanstack/react-router";
import { AnchorLink } from "../../ui/links.tsx";
import { ErrorBlock, LoadingBlock } from "../../ui/QueryState.tsx";
import { usePageTitle } from "../../ui/usePageTitle.ts";
import { SignInPrompt } from "../auth/SignInPrompt.tsx";
import { useSession } from "../auth/session.ts";
import { ReportDetailView } from "./ReportDetailView.tsx";
import { useReport } from "./reports.api.ts";

const route = getRouteApi("/my/reports/$id");

export function MyReportDetailPage() {
  const { id } = route.useParams();
  const session = useSession();
  const report = useReport(id, undefined, !!session.user);
  usePageTitle(report.data ? `Report ${report.data.reference}` : "Report");

  if (session.isPending) return <LoadingBlock rows={6} height={40} />;
  if (!session.user) return <SignInPrompt what="see this report" redirect={`/my/reports/${id}`} />;

  return (
    <Stack gap="md">
      <AnchorLink to="/my/reports" size="sm">
        ← My Reports
      </AnchorLink>
      {report.isPending && <LoadingBlock rows={6} height={40} />}
      {report.isError && <ErrorBlock error={report.error} title="Could not load this report" />}
      {report.data && <ReportDetailView report={report.data} />}
    </Stack>
  );
}
