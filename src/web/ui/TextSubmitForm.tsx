import { Alert, Button, Group, Stack, Text, Textarea } from "@mantine/core";
import type { UseMutationResult } from "@tanstack/react-query";
import { type FormEvent, type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { ApiError } from "../api/http.ts";
import type { TextWithEvidence } from "../api/upload.ts";
import { EvidenceDropField, UploadStatus } from "./EvidenceDropField.tsx";
import { AlertIcon } from "./icons.tsx";
import { isOneOf } from "./one-of.ts";
import { errorMessageOf } from "./QueryState.tsx";
import { type EvidenceFiles, useEvidenceFiles } from "./useEvidenceFiles.ts";

interface EvidenceOptions {
  /** The label of the file input, e.g. "Evidence files (optional)". */
  label: string;
  help: string;
  /** What the files go with, for messages: "at most 10 files per appeal". */
  sentWith: string;
}

interface CommonProps {
  /** The DOM id of the text area (its error and counter hang off it); the drop zone is `<id>-evidence`. */
  id: string;
  label: string;
  description?: string;
  /** The contract schema of the body, e.g. FileAppeal; `field` is its one text field. */
  schema: z.ZodType;
  field: string;
  max: number;
  submitLabel: string;
  /** The alert's title when the server refuses, e.g. "Your appeal was not sent". */
  failedTitle: string;
  /** Titles for known refusal codes (409 already_appealed…); others use `failedTitle`. */
  titles?: Record<string, string>;
  onSent?: () => void;
  /** Shown beside the button, e.g. a "Cancel". */
  aside?: ReactNode;
}

type TextSubmitFormProps =
  | (CommonProps & { evidence?: undefined; mutation: UseMutationResult<unknown, Error, string> })
  | (CommonProps & {
      evidence: EvidenceOptions;
      mutation: UseMutationResult<unknown, Error, TextWithEvidence>;
    });

const FILE_REFUSALS = [
  "unsupported_file_type",
  "file_too_large",
  "too_many_files",
  "payload_too_large",
] as const;

/** Points a refusal of the files at the drop zone (or at the very file); answers the message to show there. */
function evidenceErrorOf(failure: ApiError, evidence: EvidenceFiles): string | undefined {
  if (failure.code === "unsupported_file_type") {
    // The alert and the refused file's own row say it; once more under the drop zone would be noise.
    evidence.markRefused(failure.message);
    return undefined;
  }
  if (isOneOf(FILE_REFUSALS, failure.code)) return failure.message;
  return failure.fields.evidence;
}

/**
 * One text field and its button, checked with the contract's schema: the message goes next to the field,
 * a refusal of the server (a 409, a lost connection) into an alert above it. With `evidence`, files can be
 * attached too; they are sent with the text, each with its upload progress.
 */
export function TextSubmitForm(props: TextSubmitFormProps) {
  const { id, schema, field, max, mutation } = props;
  const { t } = useTranslation("ui");
  const [value, setValue] = useState("");
  const [error, setError] = useState<string>();
  const evidence = useEvidenceFiles(props.evidence?.sentWith);
  const [evidenceError, setEvidenceError] = useState<string>();
  const fieldError = mutation.error instanceof ApiError ? mutation.error.fields[field] : undefined;
  const refusal = mutation.error && !fieldError ? mutation.error : null;
  const code = refusal instanceof ApiError ? refusal.code : "";
  const withFiles = props.evidence !== undefined && evidence.files.length > 0;

  const callbacks = {
    onSuccess: () => {
      setValue("");
      evidence.clear();
      props.onSent?.();
    },
    onError: (failure: Error) => {
      evidence.resetProgress();
      if (!(failure instanceof ApiError)) return;
      setEvidenceError(evidenceErrorOf(failure, evidence));
      if (failure.fields[field]) {
        setError(failure.fields[field]);
        document.getElementById(id)?.focus();
      }
    },
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = schema.safeParse({ [field]: value });
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? t("checkField"));
      document.getElementById(id)?.focus();
      return;
    }
    setError(undefined);
    setEvidenceError(undefined);
    const text = (parsed.data as Record<string, string>)[field] ?? value.trim();
    if (props.evidence === undefined) {
      props.mutation.mutate(text, callbacks);
      return;
    }
    evidence.resetProgress();
    const files = evidence.files.map((f) => f.file);
    props.mutation.mutate({ text, files, onProgress: evidence.showProgress }, callbacks);
  };

  const counter = (
    <Text size="xs" c="dimmed">
      {value.trim().length} / {max}
    </Text>
  );
  const buttons = (
    <Group gap="sm">
      {props.aside}
      <Button type="submit" loading={mutation.isPending}>
        {props.submitLabel}
      </Button>
    </Group>
  );

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        {refusal && (
          <Alert
            color="red"
            icon={<AlertIcon />}
            role="alert"
            title={
              props.titles?.[code] ??
              (isOneOf(FILE_REFUSALS, code) ? t(`files.refusedTitles.${code}`) : props.failedTitle)
            }
          >
            {errorMessageOf(refusal)}
          </Alert>
        )}
        <Textarea
          id={id}
          label={props.label}
          description={props.description}
          value={value}
          onChange={(event) => {
            setValue(event.currentTarget.value);
            if (error) setError(undefined);
          }}
          error={error}
          required
          autosize
          minRows={4}
          maxRows={12}
          maxLength={max}
          disabled={mutation.isPending}
        />
        {props.evidence ? (
          <>
            {counter}
            <EvidenceDropField
              id={`${id}-evidence`}
              label={props.evidence.label}
              help={props.evidence.help}
              evidence={evidence}
              uploading={mutation.isPending}
              error={evidenceError}
              minHeight={60}
            />
            <Group justify="flex-end" gap="sm">
              {mutation.isPending && withFiles && (
                <UploadStatus files={evidence.files} sendingText={t("sending")} />
              )}
              {buttons}
            </Group>
          </>
        ) : (
          <Group justify="space-between" gap="sm">
            {counter}
            {buttons}
          </Group>
        )}
      </Stack>
    </form>
  );
}
