import { Button, Paper, Stack, Text, Title } from "@mantine/core";
import type { Dispute } from "../../../contracts/disputes.ts";
import { formatDateTime } from "../../ui/format.ts";
import { AddEvidenceForm } from "./AddEvidenceForm.tsx";
import { AppealRulingForm } from "./AppealRulingForm.tsx";
import { ConfirmStep } from "./ConfirmStep.tsx";
import { CounterProposalForm } from "./CounterProposalForm.tsx";
import { useAccept, useEscalate, useReopen, useWithdraw } from "./disputes.api.ts";
import { proposalSummary } from "./proposal-text.ts";
import { ConfirmReturnStep, ShipReturnForm } from "./ReturnSteps.tsx";

interface StepProps {
  dispute: Dispute;
  onDone: () => void;
  onRefused: (error: Error) => void;
}

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <Paper withBorder p={{ base: "md", sm: "lg" }} component="section" aria-labelledby={id}>
      <Stack gap="sm" align="flex-start">
        <Title order={2} size="h4" id={id}>
          {title}
        </Title>
        {children}
      </Stack>
    </Paper>
  );
}

/** Accepting the other side's latest proposal ends the dispute with what it says. */
function AcceptStep({ dispute, onDone, onRefused }: StepProps) {
  const accept = useAccept(dispute.id);
  const proposal = dispute.proposals.find((p) => p.id === dispute.actions.accept);
  if (!proposal) return null;
  const summary = proposalSummary(proposal, dispute.disputed);
  return (
    <Section id="accept-heading" title={`Accept the ${proposal.by}'s proposal`}>
      <Text size="sm">
        <Text span fw={600}>
          {summary}.
        </Text>{" "}
        Accepting ends the dispute: the marketplace carries out what was agreed.
      </Text>
      <ConfirmStep
        label="Accept this proposal"
        question={`Accept the ${proposal.by}'s proposal?`}
        consequence={`${summary}. The dispute ends with this; it cannot be undone.`}
        confirmLabel="Yes, accept"
        color="green"
        mutation={accept}
        onDone={onDone}
        onRefused={onRefused}
      />
    </Section>
  );
}

/** Either side may hand the dispute to the platform after 3 days of negotiation: until then, from when. */
function EscalateStep({ dispute, onDone, onRefused }: StepProps) {
  const escalate = useEscalate(dispute.id);
  const from = dispute.actions.escalateFrom;
  if (!from) return null;
  return (
    <Section id="escalate-heading" title="Ask the platform to decide">
      <Text size="sm">
        If you cannot agree, a mediator of the platform reviews both sides and rules, usually within 48 hours
        and at most 7 days.
      </Text>
      {dispute.actions.escalate ? (
        <ConfirmStep
          label="Escalate to the platform"
          question="Hand the dispute to the platform?"
          consequence="The negotiation stops and a mediator decides on what both sides have said. You can still write messages."
          confirmLabel="Yes, escalate"
          variant="light"
          color="grape"
          mutation={escalate}
          onDone={onDone}
          onRefused={onRefused}
        />
      ) : (
        <>
          <Button variant="light" color="grape" disabled aria-describedby="escalate-from">
            Escalate to the platform
          </Button>
          <Text size="sm" id="escalate-from" fw={500}>
            You can escalate from <time dateTime={from}>{formatDateTime(from)}</time>.
          </Text>
        </>
      )}
    </Section>
  );
}

/** The buyer may withdraw (and reopen once, while buyer protection lasts). */
function BuyerSteps({ dispute, onDone, onRefused }: StepProps) {
  const withdraw = useWithdraw(dispute.id);
  const reopen = useReopen(dispute.id);
  if (!dispute.actions.withdraw && !dispute.actions.reopen) return null;
  return (
    <Section
      id="buyer-steps-heading"
      title={dispute.actions.reopen ? "Reopen the dispute" : "Withdraw the dispute"}
    >
      {dispute.actions.withdraw && (
        <>
          <Text size="sm">
            Solved it another way? Withdraw the dispute. You can reopen it once while buyer protection lasts.
          </Text>
          <ConfirmStep
            label="Withdraw the dispute"
            question="Withdraw this dispute?"
            consequence="The dispute stops and nobody needs to act on it. You can reopen it once while buyer protection lasts."
            confirmLabel="Yes, withdraw"
            color="red"
            variant="light"
            mutation={withdraw}
            onDone={onDone}
            onRefused={onRefused}
          />
        </>
      )}
      {dispute.actions.reopen && (
        <>
          <Text size="sm">
            The problem is back? You can reopen this dispute once, while buyer protection lasts.
          </Text>
          <ConfirmStep
            label="Reopen the dispute"
            question="Reopen this dispute?"
            consequence="The negotiation starts again where it stood, and the seller's clock runs again."
            confirmLabel="Yes, reopen"
            mutation={reopen}
            onDone={onDone}
            onRefused={onRefused}
          />
        </>
      )}
    </Section>
  );
}

/**
 * What the reader may do now, exactly as the dispute's `actions` say (the server checks each again). What
 * is asked of the reader with a deadline comes first; adding evidence, always possible, comes last.
 */
export function DisputeActions(props: StepProps) {
  const { actions } = props.dispute;
  return (
    <>
      {actions.provideEvidence && <AddEvidenceForm {...props} />}
      {actions.shipReturn && <ShipReturnForm {...props} />}
      {actions.confirmReturn && <ConfirmReturnStep {...props} />}
      {actions.accept && <AcceptStep {...props} />}
      {actions.propose && <CounterProposalForm {...props} />}
      <EscalateStep {...props} />
      {actions.appeal && <AppealRulingForm {...props} />}
      <BuyerSteps {...props} />
      {!actions.provideEvidence && actions.message && <AddEvidenceForm {...props} />}
    </>
  );
}
