import { Blockquote, Button, Group, Paper, Stack, Text, Textarea, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import type { TFunction } from "i18next";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { type Dispute, ProvideEvidence } from "../../../contracts/disputes.ts";
import { ApiError } from "../../api/http.ts";
import { EvidenceDropField, UploadStatus } from "../../ui/EvidenceDropField.tsx";
import { focusElement } from "../../ui/form-errors.ts";
import { useEvidenceFiles } from "../../ui/useEvidenceFiles.ts";
import { DISPUTE_EVIDENCE, disputeFilesText, FILE_REFUSAL_CODES } from "./dispute-files.ts";
import { useAddEvidence } from "./disputes.api.ts";

const IDS = { message: "evidence-message", files: "evidence-files" };
const MESSAGE_MAX = 5000;

interface AddEvidenceFormProps {
  dispute: Dispute;
  onDone: () => void;
  /** A refusal no field can show (409: the dispute moved on); the page says it. */
  onRefused: (error: Error) => void;
}

interface Errors {
  message?: string;
  files?: string;
}

/** What the platform asked for, in the mediator's words: the latest request in the timeline. */
function requestOf(dispute: Dispute): string | null {
  return dispute.timeline.findLast((e) => e.type === "evidence.requested")?.text ?? null;
}

/** What the message field asks: an answer to the platform's request, or what the files show. */
function wordingOf(dispute: Dispute, t: TFunction<"disputes">) {
  if (dispute.actions.provideEvidence)
    return {
      title: t("evidence.answerTitle"),
      intro: t("evidence.answerIntro"),
      label: t("evidence.answerLabel"),
      submit: t("evidence.answerSubmit"),
    };
  const other = dispute.role === "buyer" ? "seller" : "buyer";
  return {
    title: t("evidence.addTitle"),
    intro: t(`evidence.addIntro.${other}`),
    label: t("evidence.addLabel"),
    submit: t("evidence.addSubmit"),
  };
}

function EvidenceFields({ dispute, onDone, onRefused }: AddEvidenceFormProps) {
  const [message, setMessage] = useState("");
  const [errors, setErrors] = useState<Errors>({});
  const evidence = useEvidenceFiles("dispute", DISPUTE_EVIDENCE);
  const send = useAddEvidence(dispute.id);
  const { t } = useTranslation("disputes");
  const { t: ui } = useTranslation("ui");
  const wording = wordingOf(dispute, t);

  const refused = (error: Error) => {
    evidence.resetProgress();
    if (!(error instanceof ApiError)) return onRefused(error);
    if (FILE_REFUSAL_CODES.includes(error.code)) {
      if (error.code === "unsupported_file_type") evidence.markRefused(error.message);
      setErrors({ files: error.message });
      return focusElement(IDS.files);
    }
    if (error.fields.message) {
      setErrors({ message: error.fields.message });
      return focusElement(IDS.message);
    }
    onRefused(error);
  };

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const parsed = ProvideEvidence.safeParse({ message });
    if (!parsed.success) {
      setErrors({ message: parsed.error.issues[0]?.message ?? t("evidence.describe") });
      return focusElement(IDS.message);
    }
    setErrors({});
    evidence.resetProgress();
    const files = evidence.files.map((f) => f.file);
    send.mutate(
      { text: parsed.data.message, files, onProgress: evidence.showProgress },
      {
        onSuccess: () => {
          setMessage("");
          evidence.clear();
          notifications.show({
            color: "green",
            title: t("evidence.sentTitle"),
            message: t("evidence.sent", { count: files.length }),
          });
          onDone();
        },
        onError: refused,
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Textarea
          id={IDS.message}
          label={wording.label}
          description={t("evidence.messageHelp")}
          value={message}
          onChange={(event) => {
            setMessage(event.currentTarget.value);
            setErrors((e) => ({ ...e, message: undefined }));
          }}
          error={errors.message}
          required
          autosize
          minRows={3}
          maxRows={10}
          maxLength={MESSAGE_MAX}
          disabled={send.isPending}
        />
        <EvidenceDropField
          id={IDS.files}
          label={t("evidence.files")}
          help={`${disputeFilesText()} ${t("files.checked")}`}
          evidence={evidence}
          uploading={send.isPending}
          error={errors.files}
        />
        <Group justify="flex-end" gap="sm">
          {send.isPending && evidence.files.length > 0 && (
            <UploadStatus files={evidence.files} sendingText={ui("sending")} />
          )}
          <Button type="submit" loading={send.isPending}>
            {wording.submit}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/**
 * Evidence from either side, with a message saying what it shows. Asked for by the platform, the form is
 * open and quotes the request it answers; otherwise it opens from a button, to keep the page short.
 */
export function AddEvidenceForm(props: AddEvidenceFormProps) {
  const { dispute } = props;
  const asked = dispute.actions.provideEvidence;
  const [opened, setOpened] = useState(false);
  const { t } = useTranslation("disputes");
  const wording = wordingOf(dispute, t);
  const request = requestOf(dispute);
  const open = () => {
    setOpened(true);
    focusElement(IDS.message);
  };
  return (
    <Paper
      withBorder
      p={{ base: "md", sm: "lg" }}
      component="section"
      aria-labelledby="evidence-heading"
      style={asked ? { borderColor: "var(--mantine-color-orange-7)", borderWidth: 2 } : undefined}
    >
      <Stack gap="sm">
        <Title order={2} size="h4" id="evidence-heading">
          {wording.title}
        </Title>
        {asked && request && (
          <Stack gap={4}>
            <Text size="sm" fw={600}>
              {t("evidence.asks")}
            </Text>
            <Blockquote p="sm" color="orange" className="break-anywhere">
              {request}
            </Blockquote>
          </Stack>
        )}
        <Text size="sm">{wording.intro}</Text>
        {!asked && !opened && (
          <Group>
            <Button variant="default" onClick={open}>
              {t("evidence.add")}
            </Button>
          </Group>
        )}
        {(asked || opened) && <EvidenceFields {...props} />}
      </Stack>
    </Paper>
  );
}
