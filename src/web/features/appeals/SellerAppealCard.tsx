import { Card, Stack, Text, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useRef } from "react";
import { FileAppeal } from "../../../contracts/appeals.ts";
import type { ReceivedComplaintDetail } from "../../../contracts/received.ts";
import { formatDate } from "../../ui/format.ts";
import { TextSubmitForm } from "../../ui/TextSubmitForm.tsx";
import { useSellerAppeal } from "../my-reports/received.api.ts";
import { AppealStatusCard, appealDeadline } from "./AppealStatusCard.tsx";
import { APPEAL_EVIDENCE, APPEAL_LABEL, APPEAL_REFUSALS } from "./ReporterAppealCard.tsx";

/**
 * The seller's appeal of a decision that restricted its store or listing: the form (once, within 6 months
 * of a decision with a statement of reasons), then where the appeal stands.
 */
export function SellerAppealCard({ complaint }: { complaint: ReceivedComplaintDetail }) {
  const send = useSellerAppeal(complaint.caseId);
  const sentHere = useRef(false);
  const { decision, appeal } = complaint;
  if (appeal)
    return (
      <AppealStatusCard
        appeal={appeal}
        focusOnMount={sentHere.current}
        reversedNote="The restrictions of the decision were undone: a removed listing is back, a frozen store is open again, a strike is withdrawn."
      />
    );
  if (decision?.outcome !== "action_taken" || !decision.statementPuid || decision.reversedAt) return null;
  const deadline = appealDeadline(decision.decidedAt);
  if (deadline.getTime() < Date.now()) return null;
  return (
    <Card component="section" aria-labelledby="seller-appeal-heading">
      <Stack gap="sm">
        <Title order={2} size="h4" id="seller-appeal-heading">
          Appeal the decision
        </Title>
        <Text size="sm">
          A member of staff who did not take the decision reviews your appeal; if it succeeds, every
          restriction is undone. You can appeal once, until {formatDate(deadline.toISOString())}.
        </Text>
        <TextSubmitForm
          id="seller-appeal-statement"
          label={APPEAL_LABEL}
          description="Between 20 and 5000 characters. Refer to the statement of reasons: which facts or grounds are wrong, and why."
          schema={FileAppeal}
          field="statement"
          max={5000}
          submitLabel="Send appeal"
          failedTitle="Your appeal was not sent"
          titles={APPEAL_REFUSALS}
          mutation={send}
          evidence={APPEAL_EVIDENCE}
          onSent={() => {
            sentHere.current = true;
            notifications.show({
              color: "green",
              title: "Appeal sent",
              message: "A colleague of the moderator will review it. We will email you the outcome.",
            });
          }}
        />
      </Stack>
    </Card>
  );
}
