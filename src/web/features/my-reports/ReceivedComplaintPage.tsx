import { Badge, Card, Group, List, Stack, Text, Title } from "@mantine/core";
import { getRouteApi } from "@tanstack/react-router";
import type { ReceivedComplaintDetail } from "../../../contracts/received.ts";
import { ApiError } from "../../api/http.ts";
import { formatDateTime } from "../../ui/format.ts";
import { AnchorLink } from "../../ui/links.tsx";
import { ErrorBlock, LoadingBlock } from "../../ui/QueryState.tsx";
import { usePageTitle } from "../../ui/usePageTitle.ts";
import { SignInPrompt } from "../auth/SignInPrompt.tsx";
import { useSession } from "../auth/session.ts";
import { CaseStatusBadge } from "./CaseStatusBadge.tsx";
import { ReceivedComplaintCard } from "./ReceivedComplaintCard.tsx";
import { ReceivedDecisionCard } from "./ReceivedDecisionCard.tsx";
import { useReceivedComplaint } from "./received.api.ts";
import { StatementOfReasons } from "./StatementOfReasons.tsx";

const route = getRouteApi("/my/received/$caseId");

/** Asking again will not find a complaint that is not there or not yours. */
const isClientError = (error: unknown) =>
  error instanceof ApiError && error.status >= 400 && error.status < 500;

// Only intellectual-property complaints can be answered with a counter-notice.
const IP_TYPES = new Set(["ip_rights_holder", "copyright"]);

/** What the seller may do about the complaint; the actions themselves come in a later release. */
function NextSteps({ complaint }: { complaint: ReceivedComplaintDetail }) {
  const restricted = complaint.decision?.outcome === "action_taken";
  return (
    <Card component="section" aria-labelledby="next-steps-heading">
      <Title order={2} size="h4" id="next-steps-heading" mb="xs">
        What you can do
      </Title>
      <List size="sm" spacing={4}>
        <List.Item>Answer the complaint with your side of the story.</List.Item>
        {complaint.types.some((t) => IP_TYPES.has(t)) && (
          <List.Item>File a counter-notice if you believe the rights holder is wrong.</List.Item>
        )}
        {restricted && (
          <List.Item>Appeal the decision within 6 months, to have it reviewed by someone else.</List.Item>
        )}
      </List>
      <Text size="sm" c="dimmed" mt="xs">
        Answers, counter-notices and appeals are coming soon to this page.
      </Text>
    </Card>
  );
}

function ComplaintView({ complaint }: { complaint: ReceivedComplaintDetail }) {
  const count = complaint.complaints.length;
  return (
    <Stack gap="lg">
      <Stack gap={6}>
        <Text size="sm" c="dimmed">
          Complaint about your {complaint.targetKind === "store" ? "store" : "listing"}
        </Text>
        <Group gap="sm" align="center">
          <Title order={1} fz={{ base: 24, sm: 32 }} className="break-anywhere">
            {complaint.targetTitle}
          </Title>
          <CaseStatusBadge status={complaint.status} size="lg" />
        </Group>
        <Group gap="xs">
          <Badge size="sm" variant="outline" color="gray">
            {complaint.targetKind === "store" ? "Store" : "Listing"}
          </Badge>
          <Text size="sm">
            {complaint.storeName} · first received{" "}
            <time dateTime={complaint.receivedAt}>{formatDateTime(complaint.receivedAt)}</time>
          </Text>
        </Group>
      </Stack>
      <ReceivedDecisionCard decision={complaint.decision} />
      <Stack gap="sm" component="section" aria-labelledby="complaints-heading">
        <Title order={2} size="h4" id="complaints-heading">
          {count === 1 ? "The complaint" : `The ${count} complaints`}
        </Title>
        {complaint.complaints.map((item, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: complaints come without ids, in a fixed order
          <ReceivedComplaintCard key={i} complaint={item} index={i} />
        ))}
      </Stack>
      {complaint.statement && <StatementOfReasons statement={complaint.statement} />}
      <NextSteps complaint={complaint} />
    </Stack>
  );
}

/** My Reports → Received → one complaint case about my store or listing. */
export function ReceivedComplaintPage() {
  const { caseId } = route.useParams();
  const session = useSession();
  const complaint = useReceivedComplaint(caseId, !!session.user);
  usePageTitle(complaint.data ? `Complaint about ${complaint.data.targetTitle}` : "Complaint");

  if (session.isPending) return <LoadingBlock rows={6} height={40} />;
  if (!session.user)
    return <SignInPrompt what="see complaints about your stores" redirect={`/my/received/${caseId}`} />;

  return (
    <Stack gap="md">
      <AnchorLink to="/my/reports" search={{ box: "received" }} size="sm">
        ← Received complaints
      </AnchorLink>
      {complaint.isPending && <LoadingBlock rows={6} height={40} />}
      {complaint.isError && (
        <ErrorBlock
          error={complaint.error}
          title="Could not load this complaint"
          onRetry={isClientError(complaint.error) ? undefined : () => complaint.refetch()}
        />
      )}
      {complaint.data && <ComplaintView complaint={complaint.data} />}
    </Stack>
  );
}
