import { Card, Stack, Text, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useRef } from "react";
import { FileAppeal } from "../../../contracts/appeals.ts";
import type { ReportDetail } from "../../../contracts/reports.ts";
import { formatDate } from "../../ui/format.ts";
import { TextSubmitForm } from "../../ui/TextSubmitForm.tsx";
import { EVIDENCE_LIMITS_TEXT } from "../../ui/useEvidenceFiles.ts";
import { AppealStatusCard, appealDeadline } from "./AppealStatusCard.tsx";
import { useFileAppeal } from "./reports.api.ts";

export const APPEAL_REFUSALS: Record<string, string> = {
  already_appealed: "You already appealed this decision",
  appeal_too_late: "It is too late to appeal",
  nothing_to_appeal: "There is nothing to appeal",
  not_decided: "There is no decision to appeal yet",
};

export const APPEAL_LABEL = "Why should the decision change?";

/** The files an appeal may carry: only the staff member who reviews it sees them. */
export const APPEAL_EVIDENCE = {
  label: "Evidence files (optional)",
  help: `Documents, screenshots or photos that support your appeal; only Redress staff see them. ${EVIDENCE_LIMITS_TEXT}`,
  sentWith: "appeal",
};

function AppealForm({ report, token, onSent }: { report: ReportDetail; token?: string; onSent: () => void }) {
  const send = useFileAppeal(report.id, token);
  const deadline = report.outcome ? appealDeadline(report.outcome.decidedAt) : null;
  return (
    <Card component="section" aria-labelledby="appeal-form-heading">
      <Stack gap="sm">
        <Title order={2} size="h4" id="appeal-form-heading">
          Appeal this decision
        </Title>
        <Text size="sm">
          Think we got it wrong? A member of staff who did not take the decision reviews your appeal. You can
          appeal once{deadline ? `, until ${formatDate(deadline.toISOString())}` : ""}.
        </Text>
        <TextSubmitForm
          id="report-appeal-statement"
          label={APPEAL_LABEL}
          description="Between 20 and 5000 characters. Say what was missed or misjudged, as precisely as you can."
          schema={FileAppeal}
          field="statement"
          max={5000}
          submitLabel="Send appeal"
          failedTitle="Your appeal was not sent"
          titles={APPEAL_REFUSALS}
          mutation={send}
          evidence={APPEAL_EVIDENCE}
          onSent={() => {
            onSent();
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

/**
 * The reporter's appeal: its status once sent; before that, the form, while the decision was "no action"
 * and is less than 6 months old (action taken leaves the reporter nothing to appeal).
 */
export function ReporterAppealCard({ report, token }: { report: ReportDetail; token?: string }) {
  const sentHere = useRef(false);
  if (report.appeal)
    return (
      <AppealStatusCard
        appeal={report.appeal}
        focusOnMount={sentHere.current}
        reversedNote="The case was reopened: a moderator decides it again, and you will be told the new outcome."
      />
    );
  const outcome = report.outcome;
  if (outcome?.decision !== "no_action") return null;
  if (appealDeadline(outcome.decidedAt).getTime() < Date.now()) return null;
  return (
    <AppealForm
      report={report}
      token={token}
      onSent={() => {
        sentHere.current = true;
      }}
    />
  );
}
