import { Card, Stack, Text, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { SellerAnswer } from "../../../../contracts/received.ts";
import { CheckIcon } from "../../../ui/icons.tsx";
import { TextSubmitForm } from "../../../ui/TextSubmitForm.tsx";
import { evidenceLimitsText } from "../../../ui/useEvidenceFiles.ts";
import { useSellerAnswer } from "../received.api.ts";

interface SellerAnswerCardProps {
  caseId: string;
  decided: boolean;
  /** The complaint is about the user's own rating: its side of the story is about the order. */
  aboutRating: boolean;
}

/** "Answer the complaint": the seller's (or rating author's) side of the story, read on the case. */
export function SellerAnswerCard({ caseId, decided, aboutRating }: SellerAnswerCardProps) {
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
          {decided
            ? t("actions.answerDecided")
            : aboutRating
              ? t("actions.answerOpenRating")
              : t("actions.answerOpen")}{" "}
          {t("actions.notSeen")}
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
