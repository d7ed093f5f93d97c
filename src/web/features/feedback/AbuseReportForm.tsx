import { Alert, Button, Group, Radio, Stack, Text, Textarea } from "@mantine/core";
import type { UseMutationResult } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import {
  FEEDBACK_ABUSE_REASONS,
  type FeedbackAbuseReason,
  type ReportFeedbackAbuse,
} from "../../../contracts/feedback.ts";
import type { ReportCreated } from "../../../contracts/reports.ts";
import { ApiError } from "../../api/http.ts";
import { AlertIcon } from "../../ui/icons.tsx";
import { errorMessageOf } from "../../ui/QueryState.tsx";

const NOTE_MAX = 2000;

type AbuseReportMutation = UseMutationResult<ReportCreated, Error, ReportFeedbackAbuse>;

/** The DOM id of a reason's radio button: the first one takes the focus when no reason was chosen. */
export const reasonRadioId = (formId: string, reason: FeedbackAbuseReason) => `${formId}-reason-${reason}`;

/** The server's words for a field, when it refused the report because of that field. */
const fieldErrorOf = (error: Error | null, field: "reason" | "note") =>
  error instanceof ApiError ? error.fields[field] : undefined;

interface AbuseReportFormProps {
  id: string;
  report: AbuseReportMutation;
  onCancel: () => void;
}

/** Why the rating breaks the rules (one of five), an optional note, and Send; errors beside their field. */
export function AbuseReportForm({ id, report, onCancel }: AbuseReportFormProps) {
  const { t } = useTranslation("feedback");
  const [reason, setReason] = useState<FeedbackAbuseReason | "">("");
  const [note, setNote] = useState("");
  const [reasonMissing, setReasonMissing] = useState(false);
  const reasonError = reasonMissing ? t("abuse.chooseReason") : fieldErrorOf(report.error, "reason");
  const noteError = fieldErrorOf(report.error, "note");
  const otherError = report.error && !reasonError && !noteError ? errorMessageOf(report.error) : null;

  const send = (event: React.FormEvent) => {
    event.preventDefault();
    if (!reason) {
      setReasonMissing(true);
      document.getElementById(reasonRadioId(id, FEEDBACK_ABUSE_REASONS[0]))?.focus();
      return;
    }
    report.mutate({ reason, note: note.trim() || undefined });
  };

  return (
    <form noValidate onSubmit={send} aria-labelledby={`${id}-intro`}>
      <Stack gap="md">
        <Text size="sm" id={`${id}-intro`}>
          {t("abuse.intro")}
        </Text>
        {otherError && (
          <Alert color="red" icon={<AlertIcon />} role="alert" title={t("abuse.notSent")}>
            {otherError}
          </Alert>
        )}
        <Radio.Group
          label={t("abuse.reason")}
          value={reason}
          onChange={(value) => {
            setReason(value as FeedbackAbuseReason);
            setReasonMissing(false);
          }}
          error={reasonError}
          withAsterisk
        >
          <Stack gap="sm" mt="xs">
            {FEEDBACK_ABUSE_REASONS.map((value, i) => (
              <Radio
                key={value}
                id={reasonRadioId(id, value)}
                value={value}
                label={t(`abuse.reasons.${value}.label`)}
                description={t(`abuse.reasons.${value}.help`)}
                data-autofocus={i === 0 ? true : undefined}
              />
            ))}
          </Stack>
        </Radio.Group>
        <Stack gap={4}>
          <Textarea
            id={`${id}-note`}
            label={t("abuse.note")}
            description={t("abuse.noteHelp")}
            value={note}
            onChange={(event) => setNote(event.currentTarget.value)}
            maxLength={NOTE_MAX}
            autosize
            minRows={2}
            maxRows={8}
            error={noteError}
          />
          <Text size="xs" c="dimmed" ta="right">
            {t("abuse.count", { count: note.length, max: NOTE_MAX })}
          </Text>
        </Stack>
        <Text size="xs" c="dimmed">
          {t("abuse.agreement")}
        </Text>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel} disabled={report.isPending}>
            {t("abuse.cancel")}
          </Button>
          <Button type="submit" color="red" loading={report.isPending}>
            {t("abuse.send")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
