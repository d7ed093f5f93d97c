import { Button, Paper, Stack, Text, Title } from "@mantine/core";
import { Trans, useTranslation } from "react-i18next";
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
  const { t } = useTranslation("disputes");
  const accept = useAccept(dispute.id);
  const proposal = dispute.proposals.find((p) => p.id === dispute.actions.accept);
  if (!proposal) return null;
  const summary = proposalSummary(proposal, dispute.disputed);
  return (
    <Section id="accept-heading" title={t(`accept.title.${proposal.by}`)}>
      <Text size="sm">
        <Text span fw={600}>
          {summary}.
        </Text>{" "}
        {t("accept.ends")}
      </Text>
      <ConfirmStep
        label={t("accept.button")}
        question={t(`accept.question.${proposal.by}`)}
        consequence={t("accept.consequence", { summary })}
        confirmLabel={t("accept.confirm")}
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
  const { t } = useTranslation("disputes");
  const escalate = useEscalate(dispute.id);
  const from = dispute.actions.escalateFrom;
  if (!from) return null;
  return (
    <Section id="escalate-heading" title={t("escalate.title")}>
      <Text size="sm">{t("escalate.text")}</Text>
      {dispute.actions.escalate ? (
        <ConfirmStep
          label={t("escalate.button")}
          question={t("escalate.question")}
          consequence={t("escalate.consequence")}
          confirmLabel={t("escalate.confirm")}
          variant="light"
          color="grape"
          mutation={escalate}
          onDone={onDone}
          onRefused={onRefused}
        />
      ) : (
        <>
          <Button variant="light" color="grape" disabled aria-describedby="escalate-from">
            {t("escalate.button")}
          </Button>
          <Text size="sm" id="escalate-from" fw={500}>
            <Trans
              t={t}
              i18nKey="escalate.from"
              values={{ date: formatDateTime(from) }}
              components={{ time: <time dateTime={from} /> }}
            />
          </Text>
        </>
      )}
    </Section>
  );
}

/** The buyer may withdraw (and reopen once, while buyer protection lasts). */
function BuyerSteps({ dispute, onDone, onRefused }: StepProps) {
  const { t } = useTranslation("disputes");
  const withdraw = useWithdraw(dispute.id);
  const reopen = useReopen(dispute.id);
  if (!dispute.actions.withdraw && !dispute.actions.reopen) return null;
  return (
    <Section
      id="buyer-steps-heading"
      title={dispute.actions.reopen ? t("reopen.title") : t("withdraw.title")}
    >
      {dispute.actions.withdraw && (
        <>
          <Text size="sm">{t("withdraw.text")}</Text>
          <ConfirmStep
            label={t("withdraw.button")}
            question={t("withdraw.question")}
            consequence={t("withdraw.consequence")}
            confirmLabel={t("withdraw.confirm")}
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
          <Text size="sm">{t("reopen.text")}</Text>
          <ConfirmStep
            label={t("reopen.button")}
            question={t("reopen.question")}
            consequence={t("reopen.consequence")}
            confirmLabel={t("reopen.confirm")}
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
