import { Alert, Stack, Text, Title } from "@mantine/core";
import { getRouteApi } from "@tanstack/react-router";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
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
  const { t } = useTranslation("myReports");
  return (
    <Stack gap="lg" maw={720}>
      <Title order={1}>{hadToken ? t("track.badLinkTitle") : t("track.noLinkTitle")}</Title>
      <Alert color="orange" variant="light" icon={<AlertIcon />}>
        <Text size="sm" c="dark">
          {hadToken ? t("track.badLink") : t("track.noLink")}
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
  const { t } = useTranslation("myReports");
  usePageTitle(
    report.data ? t("report.pageTitleOf", { reference: report.data.reference }) : t("track.pageTitle"),
  );

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
          {t("track.private")}
        </Text>
      </Alert>
      {report.isPending && <LoadingBlock rows={6} height={40} />}
      {report.isError && <ErrorBlock error={report.error} title={t("track.loadFailed")} />}
      {report.data && <ReportDetailView report={report.data} token={token} />}
    </Stack>
  );
}
