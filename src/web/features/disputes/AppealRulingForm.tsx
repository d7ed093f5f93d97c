import { Paper, Stack, Text, Title } from "@mantine/core";
import { Trans, useTranslation } from "react-i18next";
import { AppealRuling, type Dispute } from "../../../contracts/disputes.ts";
import { formatDateTime } from "../../ui/format.ts";
import { TextSubmitForm } from "../../ui/TextSubmitForm.tsx";
import { useAppeal } from "./disputes.api.ts";

/** Either side may appeal the platform's ruling once, until `appealUntil`; another mediator decides. */
export function AppealRulingForm({ dispute, onDone }: { dispute: Dispute; onDone: () => void }) {
  const { t } = useTranslation("disputes");
  const appeal = useAppeal(dispute.id);
  const until = dispute.actions.appealUntil;
  return (
    <Paper withBorder p={{ base: "md", sm: "lg" }} component="section" aria-labelledby="appeal-heading">
      <Stack gap="sm">
        <Title order={2} size="h4" id="appeal-heading">
          {t("appeal.title")}
        </Title>
        <Text size="sm">
          {until ? (
            <Trans
              t={t}
              i18nKey="appeal.textUntil"
              values={{ date: formatDateTime(until) }}
              components={{ time: <time dateTime={until} /> }}
            />
          ) : (
            t("appeal.text")
          )}
        </Text>
        <TextSubmitForm
          id="appeal-reason"
          label={t("appeal.label")}
          description={t("appeal.help")}
          schema={AppealRuling}
          field="reason"
          max={5000}
          submitLabel={t("appeal.submit")}
          failedTitle={t("appeal.failed")}
          mutation={appeal}
          onSent={onDone}
        />
      </Stack>
    </Paper>
  );
}
