import { Card, Stack, Text, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useRef } from "react";
import { useTranslation } from "react-i18next";
import { FileAppeal } from "../../../contracts/appeals.ts";
import type { ReceivedComplaintDetail } from "../../../contracts/received.ts";
import { formatDate } from "../../ui/format.ts";
import { TextSubmitForm } from "../../ui/TextSubmitForm.tsx";
import { useSellerAppeal } from "../my-reports/received.api.ts";
import { AppealStatusCard, appealDeadline } from "./AppealStatusCard.tsx";
import { useAppealFormText } from "./ReporterAppealCard.tsx";

/**
 * The seller's appeal of a decision that restricted its store or listing: the form (once, within 6 months
 * of a decision with a statement of reasons), then where the appeal stands.
 */
export function SellerAppealCard({ complaint }: { complaint: ReceivedComplaintDetail }) {
  const { t } = useTranslation("appeals");
  const shared = useAppealFormText();
  const send = useSellerAppeal(complaint.caseId);
  const sentHere = useRef(false);
  const { decision, appeal } = complaint;
  if (appeal)
    return (
      <AppealStatusCard
        appeal={appeal}
        focusOnMount={sentHere.current}
        reversedNote={
          complaint.targetKind === "feedback" ? t("form.ratingReversed") : t("form.sellerReversed")
        }
      />
    );
  if (decision?.outcome !== "action_taken" || !decision.statementPuid || decision.reversedAt) return null;
  const deadline = appealDeadline(decision.decidedAt);
  if (deadline.getTime() < Date.now()) return null;
  return (
    <Card component="section" aria-labelledby="seller-appeal-heading">
      <Stack gap="sm">
        <Title order={2} size="h4" id="seller-appeal-heading">
          {t("form.sellerTitle")}
        </Title>
        <Text size="sm">{t("form.sellerIntro", { date: formatDate(deadline.toISOString()) })}</Text>
        <TextSubmitForm
          id="seller-appeal-statement"
          label={shared.label}
          description={t("form.sellerHelp")}
          schema={FileAppeal}
          field="statement"
          max={5000}
          submitLabel={t("form.submit")}
          failedTitle={t("form.failed")}
          titles={shared.refusals}
          mutation={send}
          evidence={shared.evidence}
          onSent={() => {
            sentHere.current = true;
            notifications.show({ color: "green", title: t("form.sentTitle"), message: t("form.sent") });
          }}
        />
      </Stack>
    </Card>
  );
}
