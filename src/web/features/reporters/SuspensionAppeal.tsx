import { Stack, Text } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Trans, useTranslation } from "react-i18next";
import { FileAppeal } from "../../../contracts/appeals.ts";
import type { MyAccuracy } from "../../../contracts/reporters.ts";
import { requestJson } from "../../api/http.ts";
import { formatDateTime } from "../../ui/format.ts";
import { TextSubmitForm } from "../../ui/TextSubmitForm.tsx";

/** The suspended reporter's appeal of its suspension (once per suspension), or its outcome. */
export function SuspensionAppeal({ record }: { record: MyAccuracy }) {
  const { t } = useTranslation("reporters");
  const queryClient = useQueryClient();
  const send = useMutation({
    mutationFn: (statement: string) =>
      requestJson("/api/v1/me/suspension/appeal", { method: "POST", body: { statement } }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ["my-reports", "accuracy"] }),
  });
  const appeal = record.suspensionAppeal;
  if (
    appeal &&
    (appeal.status === "pending" ||
      !record.suspendedUntil ||
      appeal.at > suspensionStart(record.suspendedUntil))
  ) {
    return (
      <Stack gap={4} mt="sm">
        <Text size="sm" fw={600}>
          {t(`appeal.status.${appeal.status}`)}
        </Text>
        <Text size="xs" c="dimmed">
          <Trans
            t={t}
            i18nKey="appeal.sent"
            values={{ date: formatDateTime(appeal.at) }}
            components={{ time: <time dateTime={appeal.at} /> }}
          />
          {appeal.reason ? t("appeal.reasons", { reason: appeal.reason }) : ""}
        </Text>
      </Stack>
    );
  }
  return (
    <Stack gap="xs" mt="sm">
      <TextSubmitForm
        id="suspension-appeal-statement"
        label={t("appeal.label")}
        description={t("appeal.help")}
        schema={FileAppeal}
        field="statement"
        max={5000}
        submitLabel={t("appeal.submit")}
        failedTitle={t("appeal.failed")}
        titles={{
          already_appealed: t("appeal.alreadyAppealed"),
          not_suspended: t("appeal.notSuspended"),
        }}
        mutation={send}
      />
    </Stack>
  );
}

function suspensionStart(until: string): string {
  return new Date(new Date(until).getTime() - 30 * 86_400_000).toISOString();
}
