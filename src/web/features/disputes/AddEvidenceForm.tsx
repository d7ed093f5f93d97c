import { Blockquote, Button, Group, Paper, Stack, Text, Textarea, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { type Dispute, ProvideEvidence } from "../../../contracts/disputes.ts";
import { ApiError } from "../../api/http.ts";
import { EvidenceDropField, UploadStatus } from "../../ui/EvidenceDropField.tsx";
import { focusElement } from "../../ui/form-errors.ts";
import { useEvidenceFiles } from "../../ui/useEvidenceFiles.ts";
import { DISPUTE_EVIDENCE, DISPUTE_FILES_TEXT, FILE_REFUSAL_CODES } from "./dispute-files.ts";
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
function wordingOf(dispute: Dispute) {
  if (dispute.actions.provideEvidence)
    return {
      title: "Answer the platform's request",
      intro:
        "Send what the mediator asks for here, by the deadline in the next step above: the dispute then goes back to the mediator.",
      label: "Your answer",
      submit: "Send the evidence to the platform",
    };
  const other = dispute.role === "buyer" ? "seller" : "buyer";
  return {
    title: "Add evidence",
    intro: `Photos, videos or documents that support your side. They go on the timeline, where the ${other} and the platform's mediators can see them.`,
    label: "What the files show",
    submit: "Add the evidence",
  };
}

function EvidenceFields({ dispute, onDone, onRefused }: AddEvidenceFormProps) {
  const [message, setMessage] = useState("");
  const [errors, setErrors] = useState<Errors>({});
  const evidence = useEvidenceFiles("dispute", DISPUTE_EVIDENCE);
  const send = useAddEvidence(dispute.id);
  const wording = wordingOf(dispute);

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
      setErrors({ message: parsed.error.issues[0]?.message ?? "Describe the evidence you send." });
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
            title: "Evidence sent",
            message: `${files.length === 1 ? "1 file" : `${files.length} files`} and your message are on the timeline.`,
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
          description="Say what each file shows, and anything the other side should know about it."
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
          label="Files"
          help={`${DISPUTE_FILES_TEXT} Files are checked by their content.`}
          evidence={evidence}
          uploading={send.isPending}
          error={errors.files}
        />
        <Group justify="flex-end" gap="sm">
          {send.isPending && evidence.files.length > 0 && (
            <UploadStatus files={evidence.files} sendingText="Sending…" />
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
  const wording = wordingOf(dispute);
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
              The mediator asks:
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
              Add evidence
            </Button>
          </Group>
        )}
        {(asked || opened) && <EvidenceFields {...props} />}
      </Stack>
    </Paper>
  );
}
