import { Card, Stack, Text, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { SellerAnswer } from "../../../../contracts/received.ts";
import { CheckIcon } from "../../../ui/icons.tsx";
import { TextSubmitForm } from "../../../ui/TextSubmitForm.tsx";
import { EVIDENCE_LIMITS_TEXT } from "../../../ui/useEvidenceFiles.ts";

const ANSWER_EVIDENCE = {
  label: "Evidence files (optional)",
  help: `Invoices, licences, certificates or photos that back your answer; only the moderators see them. ${EVIDENCE_LIMITS_TEXT}`,
  sentWith: "answer",
};

import { useSellerAnswer } from "../received.api.ts";

/** "Answer the complaint": the seller's side of the story, which the moderator reads on the case. */
export function SellerAnswerCard({ caseId, decided }: { caseId: string; decided: boolean }) {
  const send = useSellerAnswer(caseId);
  const [sent, setSent] = useState(0);
  return (
    <Card component="section" aria-labelledby="answer-heading">
      <Stack gap="sm">
        <Title order={2} size="h4" id="answer-heading">
          Answer the complaint
        </Title>
        <Text size="sm">
          {decided
            ? "Add your side of the story to the case. The moderators and whoever reviews an appeal or counter-notice will read it."
            : "Tell the moderator your side of the story before the decision: what the listing is, where the goods come from, anything that shows the complaint is wrong."}{" "}
          The complainant does not see your answer.
        </Text>
        <TextSubmitForm
          id="seller-answer"
          label="Your answer"
          description="Between 20 and 5000 characters."
          schema={SellerAnswer}
          field="statement"
          max={5000}
          submitLabel="Send answer"
          failedTitle="Your answer was not sent"
          mutation={send}
          evidence={ANSWER_EVIDENCE}
          onSent={() => {
            setSent((n) => n + 1);
            notifications.show({ color: "green", message: "Sent to the moderator" });
          }}
        />
        <div role="status">
          {sent > 0 && (
            <Text size="sm" c="green.8" fw={500}>
              <CheckIcon size={14} /> Your answer was sent to the moderator. You can add more if needed.
            </Text>
          )}
        </div>
      </Stack>
    </Card>
  );
}
