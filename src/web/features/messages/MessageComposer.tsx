import { Button, Group, Stack, Text, Textarea } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { MESSAGE_MAX, SendMessage } from "../../../contracts/messages.ts";
import { ApiError } from "../../api/http.ts";
import { EvidenceDropField, UploadStatus } from "../../ui/EvidenceDropField.tsx";
import { focusElement } from "../../ui/form-errors.ts";
import { errorMessageOf } from "../../ui/QueryState.tsx";
import { useEvidenceFiles } from "../../ui/useEvidenceFiles.ts";
import { FILE_REFUSALS, MESSAGE_FILES } from "./message-files.ts";

export interface Outgoing {
  text: string;
  files: File[];
  onProgress: (loaded: number, total: number) => void;
}

interface MessageComposerProps {
  /** Distinguishes the fields' ids on a page. */
  idPrefix: string;
  sending: boolean;
  /** Sends; resolves once sent, rejects with the server's refusal. */
  onSend: (outgoing: Outgoing) => Promise<unknown>;
  autoFocus?: boolean;
}

interface Errors {
  text?: string;
  files?: string;
  form?: string;
}

/** Writing a message: its text and files, each refusal beside its field and the focus moved to it. */
export function MessageComposer({ idPrefix, sending, onSend, autoFocus }: MessageComposerProps) {
  const { t } = useTranslation("messages");
  const ids = { text: `${idPrefix}-text`, files: `${idPrefix}-files`, form: `${idPrefix}-error` };
  const [text, setText] = useState("");
  const [errors, setErrors] = useState<Errors>({});
  const evidence = useEvidenceFiles("message", MESSAGE_FILES);

  const refused = (error: unknown) => {
    evidence.resetProgress();
    if (error instanceof ApiError && FILE_REFUSALS.includes(error.code)) {
      if (error.code === "unsupported_file_type") evidence.markRefused(error.message);
      setErrors({ files: error.message });
      return focusElement(ids.files);
    }
    if (error instanceof ApiError && error.fields.text) {
      setErrors({ text: error.fields.text });
      return focusElement(ids.text);
    }
    setErrors({ form: errorMessageOf(error) });
    focusElement(ids.form);
  };

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const parsed = SendMessage.safeParse({ text });
    if (!parsed.success) {
      setErrors({ text: text.trim() ? t("compose.tooLong", { max: MESSAGE_MAX }) : t("compose.empty") });
      return focusElement(ids.text);
    }
    setErrors({});
    evidence.resetProgress();
    try {
      await onSend({
        text: parsed.data.text,
        files: evidence.files.map((f) => f.file),
        onProgress: evidence.showProgress,
      });
      setText("");
      evidence.clear();
      focusElement(ids.text);
    } catch (error) {
      refused(error);
    }
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Textarea
          id={ids.text}
          label={t("compose.label")}
          description={t("compose.help")}
          placeholder={t("compose.placeholder")}
          value={text}
          onChange={(event) => {
            setText(event.currentTarget.value);
            setErrors((e) => ({ ...e, text: undefined }));
          }}
          error={errors.text}
          required
          autosize
          minRows={3}
          maxRows={12}
          maxLength={MESSAGE_MAX}
          disabled={sending}
          data-autofocus={autoFocus || undefined}
          autoFocus={autoFocus}
        />
        <EvidenceDropField
          id={ids.files}
          label={t("compose.files")}
          help={t("compose.filesHelp")}
          evidence={evidence}
          uploading={sending}
          error={errors.files}
          minHeight={60}
        />
        {errors.form && (
          <Text id={ids.form} c="red.8" size="sm" role="alert" tabIndex={-1}>
            {t("compose.failed")}: {errors.form}
          </Text>
        )}
        <Group justify="flex-end" gap="sm">
          {sending && evidence.files.length > 0 && (
            <UploadStatus files={evidence.files} sendingText={t("compose.sending")} />
          )}
          <Button type="submit" loading={sending}>
            {t("compose.send")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
