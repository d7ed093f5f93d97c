import { Alert, Button, Group, Modal, Stack, Text, Textarea } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { ReportCreated } from "../../../contracts/reports.ts";
import { existingOf } from "../../api/http.ts";
import { CheckIcon, ShieldIcon } from "../../ui/icons.tsx";
import { AnchorLink } from "../../ui/links.tsx";
import { errorMessageOf } from "../../ui/QueryState.tsx";
import { useReportPhishing } from "./messages.api.ts";

/** Where the report went: its reference and the way to it in My Reports. */
function Reported({ report }: { report: Pick<ReportCreated, "id" | "reference"> }) {
  const { t } = useTranslation("messages");
  return (
    <Alert
      color="green"
      variant="light"
      icon={<CheckIcon />}
      title={t("report.done", { reference: report.reference })}
      role="status"
    >
      <Stack gap={4}>
        <Text size="sm">{t("report.doneText")}</Text>
        <AnchorLink to="/my/reports/$id" params={{ id: report.id }} size="sm">
          {t("report.openReport")}
        </AnchorLink>
      </Stack>
    </Alert>
  );
}

/** "Report as phishing": one click, a confirmation with an optional note, and the report is filed. */
export function ReportPhishingButton({
  messageId,
  variant = "subtle",
}: {
  messageId: string;
  variant?: "subtle" | "light";
}) {
  const { t } = useTranslation("messages");
  const [opened, dialog] = useDisclosure(false);
  const [note, setNote] = useState("");
  const report = useReportPhishing();
  const existing = existingOf(report.error);
  const done = report.data ?? existing;

  if (done) return <Reported report={done} />;
  const send = () =>
    report.mutate(
      { messageId, input: note.trim() ? { note: note.trim() } : {} },
      { onSettled: dialog.close },
    );

  return (
    <>
      <Group gap="xs">
        <Button
          variant={variant}
          color="red"
          size="compact-sm"
          leftSection={<ShieldIcon size={14} />}
          onClick={dialog.open}
        >
          {t("report.button")}
        </Button>
        {report.isError && !existing && (
          <Text size="sm" c="red.8" role="alert">
            {t("report.failed")}: {errorMessageOf(report.error)}
          </Text>
        )}
      </Group>
      <Modal
        opened={opened}
        onClose={dialog.close}
        closeButtonProps={{ "aria-label": t("close") }}
        title={t("report.title")}
        centered
      >
        <Stack gap="md">
          <Text size="sm">{t("report.text")}</Text>
          <Textarea
            label={t("report.note")}
            description={t("report.noteHelp")}
            value={note}
            onChange={(event) => setNote(event.currentTarget.value)}
            maxLength={2000}
            autosize
            minRows={2}
          />
          <Text size="xs" c="dimmed">
            {t("report.agreement")}
          </Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={dialog.close}>
              {t("report.cancel")}
            </Button>
            <Button color="red" onClick={send} loading={report.isPending} data-autofocus>
              {t("report.confirm")}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
