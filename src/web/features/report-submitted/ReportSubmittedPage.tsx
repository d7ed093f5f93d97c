import { Alert, List, Paper, Stack, Text, ThemeIcon, Title } from "@mantine/core";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { Trans, useTranslation } from "react-i18next";
import type { ReportCreated } from "../../../contracts/reports.ts";
import { formatDateTime } from "../../ui/format.ts";
import { CheckIcon, MailIcon } from "../../ui/icons.tsx";
import { ButtonLink } from "../../ui/links.tsx";
import { ErrorBlock, LoadingBlock } from "../../ui/QueryState.tsx";
import { usePageTitle } from "../../ui/usePageTitle.ts";
import { useSession } from "../auth/session.ts";
import { fetchReport } from "../my-reports/reports.api.ts";
import { recallTrackingToken } from "../my-reports/tracking-token.ts";
import { TrackingLink } from "./TrackingLink.tsx";

const route = getRouteApi("/report/submitted/$id");

interface Confirmation {
  reference: string;
  expectedDecisionBy: string;
  trackingUrl: string | null;
}

/** What the confirmation needs: the answer to the submission, or (after a reload) the report itself. */
function useConfirmation(id: string) {
  const queryClient = useQueryClient();
  const created = queryClient.getQueryData<ReportCreated>(["report-created", id]);
  const token = recallTrackingToken(id);
  const fallback = useQuery({
    queryKey: ["report", id, token ?? null],
    queryFn: ({ signal }) => fetchReport(id, token, signal),
    enabled: !created,
  });
  if (created) return { data: created as Confirmation, isPending: false, error: null };
  const trackingUrl = token
    ? `${window.location.origin}/track/${id}?token=${encodeURIComponent(token)}`
    : null;
  const data = fallback.data ? { ...fallback.data, trackingUrl } : undefined;
  return { data, isPending: fallback.isPending, error: fallback.error };
}

const NEXT_STEPS = ["review", "ask", "decide"] as const;

export function ReportSubmittedPage() {
  const { t } = useTranslation("reportSubmitted");
  usePageTitle(t("pageTitle"));
  const { id } = route.useParams();
  const session = useSession();
  const confirmation = useConfirmation(id);

  if (confirmation.isPending) return <LoadingBlock rows={4} height={40} />;
  if (!confirmation.data) return <ErrorBlock error={confirmation.error} title={t("loadFailed")} />;
  const { reference, expectedDecisionBy, trackingUrl } = confirmation.data;
  const isGuest = !session.user;

  return (
    <Stack gap="lg" maw={720} mx="auto">
      <Paper withBorder p={{ base: "lg", sm: "xl" }}>
        <Stack align="center" ta="center" gap="sm">
          <ThemeIcon size={64} radius="xl" color="green" aria-hidden="true">
            <CheckIcon size={36} />
          </ThemeIcon>
          <Title order={1}>{t("title")}</Title>
          <Text c="dimmed">{t("reference")}</Text>
          <Text data-testid="report-reference" ff="monospace" fw={700} fz={32} aria-live="polite">
            {reference}
          </Text>
          <Text>
            <Trans
              t={t}
              i18nKey="decideBy"
              values={{ date: formatDateTime(expectedDecisionBy) }}
              components={{ strong: <strong /> }}
            />
          </Text>
        </Stack>
      </Paper>

      <Paper withBorder p="lg">
        <Title order={2} size="h4" mb="sm">
          {t("nextTitle")}
        </Title>
        <List spacing="xs" type="ordered">
          {NEXT_STEPS.map((step) => (
            <List.Item key={step}>{t(`next.${step}`)}</List.Item>
          ))}
        </List>
      </Paper>

      {isGuest && trackingUrl && <TrackingLink url={trackingUrl} />}
      {isGuest && (
        <Alert variant="light" color="indigo" icon={<MailIcon />} title={t("receiptTitle")}>
          {t("receiptGuest")}
        </Alert>
      )}
      {!isGuest && (
        <Stack align="center">
          <Text size="sm" c="dimmed">
            {t("receiptMember")}
          </Text>
          <ButtonLink to="/my/reports/$id" params={{ id }}>
            {t("openInMyReports")}
          </ButtonLink>
        </Stack>
      )}
      <Stack align="center">
        <ButtonLink to="/report" variant="subtle">
          {t("reportElse")}
        </ButtonLink>
      </Stack>
    </Stack>
  );
}
