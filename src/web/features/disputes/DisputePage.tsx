import { Alert, Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { getRouteApi } from "@tanstack/react-router";
import { useEffect, useRef, useState } from "react";
import { type Dispute, PostMessage } from "../../../contracts/disputes.ts";
import { AlertIcon } from "../../ui/icons.tsx";
import { AnchorLink } from "../../ui/links.tsx";
import { ErrorBlock, errorMessageOf, LoadingBlock } from "../../ui/QueryState.tsx";
import { TextSubmitForm } from "../../ui/TextSubmitForm.tsx";
import { usePageTitle } from "../../ui/usePageTitle.ts";
import { SignInPrompt } from "../auth/SignInPrompt.tsx";
import { useSession } from "../auth/session.ts";
import { DisputeActions } from "./DisputeActions.tsx";
import { DisputeItemsCard } from "./DisputeItemsCard.tsx";
import { DisputeStatusBadge } from "./DisputeStatusBadge.tsx";
import { DisputeTimeline } from "./DisputeTimeline.tsx";
import { useDispute, usePostMessage } from "./disputes.api.ts";
import { SIDE_NAMES } from "./disputes.labels.ts";
import { NextStepCard } from "./NextStepCard.tsx";
import { ProposalsCard } from "./ProposalsCard.tsx";

const route = getRouteApi("/disputes/$id");

function DisputeHeader({ dispute }: { dispute: Dispute }) {
  const heading = useRef<HTMLHeadingElement>(null);
  // A new page in a single-page app: the focus moves to its heading, so screen readers start there.
  useEffect(() => heading.current?.focus(), []);
  return (
    <Stack gap="xs">
      <Group gap="sm" wrap="wrap" align="center">
        <Title order={1} ref={heading} tabIndex={-1} style={{ outline: "none" }}>
          Dispute{" "}
          <Text span inherit ff="monospace" style={{ whiteSpace: "nowrap" }}>
            {dispute.reference}
          </Text>
        </Title>
        <DisputeStatusBadge status={dispute.status} size="lg" />
      </Group>
      <Group gap="xs" wrap="wrap">
        <Badge variant="outline" color="dark">
          You are the {SIDE_NAMES[dispute.role].toLowerCase()}
        </Badge>
        <Text size="sm">
          Order{" "}
          {dispute.role === "buyer" ? (
            <AnchorLink to="/my/orders/$id" params={{ id: dispute.order.id }} ff="monospace">
              {dispute.order.id}
            </AnchorLink>
          ) : (
            <Text span ff="monospace">
              {dispute.order.id}
            </Text>
          )}{" "}
          from {dispute.order.storeName}
        </Text>
      </Group>
    </Stack>
  );
}

function MessageSection({ dispute, onSent }: { dispute: Dispute; onSent: () => void }) {
  const post = usePostMessage(dispute.id);
  if (!dispute.actions.message) return null;
  const other = dispute.role === "buyer" ? "seller" : "buyer";
  return (
    <Paper withBorder p={{ base: "md", sm: "lg" }} component="section" aria-labelledby="message-heading">
      <Stack gap="sm">
        <Title order={2} size="h4" id="message-heading">
          Write to the {other}
        </Title>
        <TextSubmitForm
          id="dispute-message"
          label="Your message"
          description={`The ${other} and, if the dispute is escalated, the platform can read it. Any language.`}
          schema={PostMessage}
          field="text"
          max={5000}
          submitLabel="Send the message"
          failedTitle="Your message was not sent"
          mutation={post}
          onSent={onSent}
        />
      </Stack>
    </Paper>
  );
}

function DisputeView({ dispute }: { dispute: Dispute }) {
  const nextStep = useRef<HTMLHeadingElement>(null);
  const refusalAlert = useRef<HTMLDivElement>(null);
  const [refusal, setRefusal] = useState<Error | null>(null);
  useEffect(() => {
    if (refusal) refusalAlert.current?.focus();
  }, [refusal]);
  // After a step the dispute stands elsewhere: the focus goes to what must happen next.
  const done = () => {
    setRefusal(null);
    requestAnimationFrame(() => nextStep.current?.focus());
  };
  return (
    <Stack gap="lg">
      <DisputeHeader dispute={dispute} />
      {refusal && (
        <Alert
          ref={refusalAlert}
          tabIndex={-1}
          color="red"
          icon={<AlertIcon />}
          role="alert"
          title="This could not be done"
          withCloseButton
          closeButtonLabel="Dismiss"
          onClose={() => setRefusal(null)}
        >
          {errorMessageOf(refusal)} The page now shows where the dispute stands.
        </Alert>
      )}
      <NextStepCard dispute={dispute} ref={nextStep} />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <DisputeItemsCard dispute={dispute} />
        <ProposalsCard dispute={dispute} />
      </SimpleGrid>
      <DisputeActions dispute={dispute} onDone={done} onRefused={setRefusal} />
      <MessageSection dispute={dispute} onSent={() => setRefusal(null)} />
      <DisputeTimeline dispute={dispute} />
    </Stack>
  );
}

export function DisputePage() {
  const { id } = route.useParams();
  const session = useSession();
  const dispute = useDispute(id, !!session.user);
  usePageTitle(dispute.data ? `Dispute ${dispute.data.reference}` : "Dispute");
  if (session.isPending) return <LoadingBlock rows={6} height={48} />;
  if (!session.user) return <SignInPrompt what="see this dispute" redirect={`/disputes/${id}`} />;
  return (
    <Stack gap="md">
      <AnchorLink
        to="/my/disputes"
        search={{ role: dispute.data?.role === "seller" ? "seller" : undefined }}
        size="sm"
      >
        ← My Disputes
      </AnchorLink>
      {dispute.isPending && <LoadingBlock rows={6} height={48} />}
      {dispute.isError && (
        <ErrorBlock
          error={dispute.error}
          title="Could not load this dispute"
          onRetry={() => dispute.refetch()}
        />
      )}
      {dispute.data && <DisputeView dispute={dispute.data} />}
    </Stack>
  );
}
