import { Alert, List, Paper, Stack, Text, ThemeIcon, Title } from "@mantine/core";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
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

const NEXT_STEPS = [
  "A moderator of the right team reviews your report and the evidence.",
  "If something is missing, we ask you by email — answer quickly, the report waits for you.",
  "You get the decision and its reasons by email, and you can appeal it.",
];

export function ReportSubmittedPage() {
  usePageTitle("Report sent");
  const { id } = route.useParams();
  const session = useSession();
  const confirmation = useConfirmation(id);

  if (confirmation.isPending) return <LoadingBlock rows={4} height={40} />;
  if (!confirmation.data) return <ErrorBlock error={confirmation.error} title="Could not load this report" />;
  const { reference, expectedDecisionBy, trackingUrl } = confirmation.data;
  const isGuest = !session.user;

  return (
    <Stack gap="lg" maw={720} mx="auto">
      <Paper withBorder p={{ base: "lg", sm: "xl" }}>
        <Stack align="center" ta="center" gap="sm">
          <ThemeIcon size={64} radius="xl" color="green" aria-hidden="true">
            <CheckIcon size={36} />
          </ThemeIcon>
          <Title order={1}>Thank you — your report was sent</Title>
          <Text c="dimmed">Your reference number</Text>
          <Text data-testid="report-reference" ff="monospace" fw={700} fz={32} aria-live="polite">
            {reference}
          </Text>
          <Text>
            We will decide within 48 hours, by <strong>{formatDateTime(expectedDecisionBy)}</strong>.
          </Text>
        </Stack>
      </Paper>

      <Paper withBorder p="lg">
        <Title order={2} size="h4" mb="sm">
          What happens next
        </Title>
        <List spacing="xs" type="ordered">
          {NEXT_STEPS.map((step) => (
            <List.Item key={step}>{step}</List.Item>
          ))}
        </List>
      </Paper>

      {isGuest && trackingUrl && <TrackingLink url={trackingUrl} />}
      {isGuest && (
        <Alert variant="light" color="indigo" icon={<MailIcon />} title="A receipt is on its way">
          We sent a receipt with your reference number and your private link to the email address you gave.
        </Alert>
      )}
      {!isGuest && (
        <Stack align="center">
          <Text size="sm" c="dimmed">
            A receipt was sent to your email. You can follow this report in My Reports.
          </Text>
          <ButtonLink to="/my/reports/$id" params={{ id }}>
            Open in My Reports
          </ButtonLink>
        </Stack>
      )}
      <Stack align="center">
        <ButtonLink to="/report" variant="subtle">
          Report something else
        </ButtonLink>
      </Stack>
    </Stack>
  );
}
