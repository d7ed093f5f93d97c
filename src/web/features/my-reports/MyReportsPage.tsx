import { Paper, Stack, Tabs, Text, Title } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { getRouteApi } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { ButtonLink } from "../../ui/links.tsx";
import { PagedList } from "../../ui/PagedList.tsx";
import { LoadingBlock } from "../../ui/QueryState.tsx";
import { usePageTitle } from "../../ui/usePageTitle.ts";
import { SignInPrompt } from "../auth/SignInPrompt.tsx";
import { useSession } from "../auth/session.ts";
import { MyRecord } from "../reporters/MyRecord.tsx";
import { useMyAccuracy } from "../reporters/reporters.api.ts";
import { StandingNotice } from "../reporters/StandingNotice.tsx";
import { type ReportBox, validateMyReportsSearch } from "./my-reports.search.ts";
import { ReceivedComplaints } from "./ReceivedComplaints.tsx";
import { useMyReports } from "./reports.api.ts";
import { SentReportCards } from "./SentReportCards.tsx";
import { SentReportsTable } from "./SentReportsTable.tsx";

const route = getRouteApi("/my/reports");

function EmptySent() {
  const { t } = useTranslation("myReports");
  return (
    <Paper withBorder p="xl" ta="center">
      <Stack align="center" gap="sm">
        <Title order={2} size="h4">
          {t("sent.noneTitle")}
        </Title>
        <Text c="dimmed" size="sm">
          {t("sent.none")}
        </Text>
        <ButtonLink to="/report">{t("sent.reportProblem")}</ButtonLink>
      </Stack>
    </Paper>
  );
}

/** Below Mantine's `sm` breakpoint the table's six columns do not fit: show cards instead. */
const NARROW = "(max-width: 47.99em)";

function SentReports() {
  const query = useMyReports(true);
  const narrow = useMediaQuery(NARROW, false, { getInitialValueInEffect: false });
  return (
    <PagedList query={query} loading={{ rows: 5, height: 36 }} empty={<EmptySent />}>
      {(reports) => (narrow ? <SentReportCards reports={reports} /> : <SentReportsTable reports={reports} />)}
    </PagedList>
  );
}

const TITLE_KEYS = {
  sent: "title",
  received: "titleReceived",
  record: "titleRecord",
} as const satisfies Record<ReportBox, string>;

/** A warning or suspension is shown on every box; "My record" shows it with the figures instead. */
function StandingAboveTabs() {
  const record = useMyAccuracy(true);
  return record.data ? <StandingNotice record={record.data} /> : null;
}

export function MyReportsPage() {
  const box: ReportBox = route.useSearch().box ?? "sent";
  const navigate = route.useNavigate();
  const { t } = useTranslation("myReports");
  usePageTitle(t(TITLE_KEYS[box]));
  const session = useSession();
  if (session.isPending) return <LoadingBlock rows={5} height={36} />;
  if (!session.user)
    return (
      <SignInPrompt
        what={t("signInTo")}
        redirect={box === "sent" ? "/my/reports" : `/my/reports?box=${box}`}
      />
    );
  return (
    <Stack gap="lg">
      <Title order={1}>{t("title")}</Title>
      {box !== "record" && <StandingAboveTabs />}
      <Tabs
        value={box}
        onChange={(value) => {
          const next = validateMyReportsSearch({ box: value }).box ?? "sent";
          void navigate({ search: { box: next } });
        }}
        keepMounted={false}
      >
        <Tabs.List>
          <Tabs.Tab value="sent">{t("tabs.sent")}</Tabs.Tab>
          <Tabs.Tab value="received">{t("tabs.received")}</Tabs.Tab>
          <Tabs.Tab value="record">{t("tabs.record")}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="sent" pt="md">
          <SentReports />
        </Tabs.Panel>
        <Tabs.Panel value="received" pt="md">
          <ReceivedComplaints />
        </Tabs.Panel>
        <Tabs.Panel value="record" pt="md">
          <MyRecord />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
