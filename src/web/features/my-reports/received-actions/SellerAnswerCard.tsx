import { Card, Stack, Text, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { SellerAnswer } from "../../../../contracts/received.ts";
import { CheckIcon } from "../../../ui/icons.tsx";
import { TextSubmitForm } from "../../../ui/TextSubmitForm.tsx";
import { evidenceLimitsText } from "../../../ui/useEvidenceFiles.ts";
import { useSellerAnswer } from "../received.api.ts";

/** "Answer the complaint": the seller's side of the story, which the moderator reads on the case. */
export function SellerAnswerCard({ caseId, decided }: { caseId: string; decided: boolean }) {
  const { t } = useTranslation("myReports");
  const send = useSellerAnswer(caseId);
  const [sent, setSent] = useState(0);
  return (
    <Card component="section" aria-labelledby="answer-heading">
      <Stack gap="sm">
        <Title order={2} size="h4" id="answer-heading">
          {t("actions.answerTitle")}
        </Title>
        <Text size="sm">
          {decided ? t("actions.answerDecided") : t("actions.answerOpen")} {t("actions.notSeen")}
        </Text>
        <TextSubmitForm
          id="seller-answer"
          label={t("actions.answerLabel")}
          description={t("actions.answerHelp")}
          schema={SellerAnswer}
          field="statement"
          max={5000}
          submitLabel={t("actions.answerSubmit")}
          failedTitle={t("actions.answerFailed")}
          mutation={send}
          evidence={{
            label: t("actions.evidenceLabel"),
            help: `${t("actions.evidenceHelp")} ${evidenceLimitsText()}`,
            sentWith: "answer",
          }}
          onSent={() => {
            setSent((n) => n + 1);
            notifications.show({ color: "green", message: t("actions.sentToModerator") });
          }}
        />
        <div role="status">
          {sent > 0 && (
            <Text size="sm" c="green.8" fw={500}>
              <CheckIcon size={14} /> {t("actions.answerSent")}
            </Text>
          )}
        </div>
      </Stack>
    </Card>
  );
}
