import { Alert, Stack } from "@mantine/core";
import { getRouteApi } from "@tanstack/react-router";
import { useEffect } from "react";
import { InfoIcon } from "../../ui/icons.tsx";
import { ErrorBlock, LoadingBlock } from "../../ui/QueryState.tsx";
import { usePageTitle } from "../../ui/usePageTitle.ts";
import { ReportDetailView } from "./ReportDetailView.tsx";
import { useReport } from "./reports.api.ts";
import { recallTrackingToken, storeTrackingToken } from "./tracking-token.ts";

const route = getRouteApi("/track/$id");

/** A guest follows a report through its private link: /track/<id>?token=… */
export function TrackReportPage() {
  const { id } = route.useParams();
  const search = route.useSearch();
  const token = search.token ?? recallTrackingToken(id);
  const report = useReport(id, token);
  usePageTitle(report.data ? `Report ${report.data.reference}` : "Follow a report");

  useEffect(() => {
    if (search.token) storeTrackingToken(id, search.token);
  }, [id, search.token]);

  return (
    <Stack gap="md">
      <Alert variant="light" icon={<InfoIcon />} color="indigo">
        This page is private: anyone with its link can see this report. Keep the link to yourself.
      </Alert>
      {report.isPending && <LoadingBlock rows={6} height={40} />}
      {report.isError && <ErrorBlock error={report.error} title="Could not open this report" />}
      {report.data && <ReportDetailView report={report.data} token={token} />}
    </Stack>
  );
}
