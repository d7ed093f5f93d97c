import { Alert, Stack, Text, Title } from "@mantine/core";
import { getRouteApi } from "@tanstack/react-router";
import { useEffect } from "react";
import { ApiError } from "../../api/http.ts";
import { AlertIcon, InfoIcon } from "../../ui/icons.tsx";
import { ErrorBlock, LoadingBlock } from "../../ui/QueryState.tsx";
import { usePageTitle } from "../../ui/usePageTitle.ts";
import { FindMyReport } from "../report-center/FindMyReport.tsx";
import { ReportDetailView } from "./ReportDetailView.tsx";
import { useReport } from "./reports.api.ts";
import { recallTrackingToken, storeTrackingToken } from "./tracking-token.ts";

const route = getRouteApi("/track/$id");

/** A link without a token, with a wrong one, or with one that no longer opens the report. */
function LinkDoesNotWork({ hadToken }: { hadToken: boolean }) {
  return (
    <Stack gap="lg" maw={720}>
      <Title order={1}>
        {hadToken ? "This private link does not work" : "This page needs your private link"}
      </Title>
      <Alert color="orange" variant="light" icon={<AlertIcon />}>
        <Text size="sm" c="dark">
          {hadToken
            ? "The link may be incomplete (copied only in part) or replaced by a newer one. Ask for a new link below: it reaches you at the email you gave with the report."
            : "Open the link from your receipt email, or ask for a new one below."}
        </Text>
      </Alert>
      <FindMyReport />
    </Stack>
  );
}

/**
 * A guest follows a report through its private link, /track/<id>?token=…, on the very page a member
 * sees: the decision, the moderator's questions (answered here), the appeal (filed here).
 */
export function TrackReportPage() {
  const { id } = route.useParams();
  const search = route.useSearch();
  const token = search.token ?? recallTrackingToken(id);
  const report = useReport(id, token, token !== undefined);
  usePageTitle(report.data ? `Report ${report.data.reference}` : "Follow a report");

  useEffect(() => {
    if (search.token) storeTrackingToken(id, search.token);
  }, [id, search.token]);

  if (!token) return <LinkDoesNotWork hadToken={false} />;
  const refused = report.error instanceof ApiError && [401, 403, 404].includes(report.error.status);
  if (refused) return <LinkDoesNotWork hadToken />;

  return (
    <Stack gap="md">
      <Alert variant="light" icon={<InfoIcon />} color="indigo">
        <Text size="sm" c="dark">
          This page is private: anyone with its link can see this report and act on it. Keep the link to
          yourself.
        </Text>
      </Alert>
      {report.isPending && <LoadingBlock rows={6} height={40} />}
      {report.isError && <ErrorBlock error={report.error} title="Could not open this report" />}
      {report.data && <ReportDetailView report={report.data} token={token} />}
    </Stack>
  );
}
