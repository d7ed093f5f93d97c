import { Button, Divider, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { type ReactNode, useEffect, useRef, useState } from "react";
import { isFieldShown } from "../../../contracts/report-details.ts";
import type { ReportTypeInfo } from "../../../contracts/report-types.ts";
import { ApiError } from "../../api/http.ts";
import { UploadStatus } from "../../ui/EvidenceDropField.tsx";
import { useEvidenceFiles } from "../../ui/useEvidenceFiles.ts";
import { rememberTrackingToken } from "../my-reports/tracking-token.ts";
import { AgreementField, ContactFields, DescriptionField, TargetField } from "./CommonFields.tsx";
import { DetailField } from "./DetailField.tsx";
import { EvidenceField } from "./EvidenceField.tsx";
import { RightField } from "./RightField.tsx";
import {
  type FormErrors,
  fieldId,
  fieldOrder,
  initialValues,
  mapServerFields,
  type ReportFormValues,
  validateReport,
} from "./report-form.model.ts";
import { SubmitErrorAlert, type SubmitProblem } from "./SubmitErrorAlert.tsx";
import { createIdempotencyKeys, sendReport, signatureOf } from "./submit-report.ts";

interface ReportFormProps {
  type: ReportTypeInfo;
  target: string | undefined;
  /** The signed-in user's email, or null for a guest. */
  accountEmail: string | null;
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack
      gap="md"
      component="fieldset"
      className="form-section"
      style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}
    >
      <Title order={2} size="h4" component="legend" mb="xs">
        {title}
      </Title>
      {children}
    </Stack>
  );
}

/** Moves the focus to the first field (in page order) that has an error, or else to the alert. */
function focusFirstProblem(type: ReportTypeInfo, errors: FormErrors) {
  requestAnimationFrame(() => {
    const first = fieldOrder(type).find((key) => errors[key]);
    const element = first
      ? document.getElementById(fieldId(first))
      : document.getElementById("report-submit-error");
    element?.focus();
    element?.scrollIntoView({ block: "center" });
  });
}

export function ReportForm({ type, target, accountEmail }: ReportFormProps) {
  const signedIn = accountEmail !== null;
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const form = useForm<ReportFormValues>({
    mode: "controlled",
    initialValues: initialValues(type, target, accountEmail ?? ""),
  });
  const evidence = useEvidenceFiles();
  const keys = useRef(createIdempotencyKeys());
  const [uploading, setUploading] = useState(false);
  const [problem, setProblem] = useState<SubmitProblem | null>(null);
  const [evidenceError, setEvidenceError] = useState<string | undefined>();
  // Errors to point at once the fields are enabled again (a disabled field cannot take the focus).
  const [focusPending, setFocusPending] = useState<FormErrors | null>(null);

  useEffect(() => {
    if (!focusPending || uploading) return;
    focusFirstProblem(type, focusPending);
    setFocusPending(null);
  }, [focusPending, uploading, type]);

  const showProblems = (errors: FormErrors, next: SubmitProblem) => {
    const { evidence: onEvidence, ...onForm } = errors;
    form.setErrors(onForm);
    setEvidenceError(onEvidence);
    setProblem(next);
    setFocusPending(errors);
  };

  const refusedByServer = (error: ApiError, values: ReportFormValues) => {
    const { onFields, unplaced } = mapServerFields(type, values, error.fields);
    if (error.code === "unsupported_file_type") evidence.markRefused(error.message);
    if (["file_too_large", "too_many_files"].includes(error.code)) onFields.evidence ??= error.message;
    showProblems(onFields, { error, unplaced });
  };

  const submit = async (values: ReportFormValues) => {
    setProblem(null);
    setEvidenceError(undefined);
    const checked = validateReport(type, values, !signedIn);
    if (!checked.ok) {
      showProblems(checked.errors, { error: null, unplaced: [] });
      return;
    }
    const files = evidence.files.map((f) => f.file);
    const idempotencyKey = keys.current.keyFor(signatureOf(checked.report, files));
    setUploading(true);
    evidence.resetProgress();
    try {
      const created = await sendReport({
        report: checked.report,
        files,
        idempotencyKey,
        onProgress: evidence.showProgress,
      });
      keys.current.settle();
      rememberTrackingToken(created);
      queryClient.setQueryData(["report-created", created.id], created);
      await queryClient.invalidateQueries({ queryKey: ["my-reports"] });
      await navigate({ to: "/report/submitted/$id", params: { id: created.id } });
    } catch (error) {
      const refused =
        error instanceof ApiError ? error : new ApiError(0, "unknown", "The report was not sent.", {});
      // A refusal is final for this submission; a lost connection or a server fault may be retried as is.
      if (refused.status >= 400 && refused.status < 500) keys.current.settle();
      evidence.resetProgress();
      refusedByServer(refused, values);
    } finally {
      setUploading(false);
    }
  };

  const shownFields = type.fields.filter((field) => isFieldShown(field, form.values.details));

  return (
    <form onSubmit={form.onSubmit(submit)} noValidate aria-describedby="required-note">
      <Stack gap="lg">
        {problem && <SubmitErrorAlert problem={problem} signedIn={signedIn} />}
        <Paper withBorder p={{ base: "md", sm: "xl" }}>
          <Stack gap="xl">
            <Text size="sm" c="dimmed" id="required-note">
              Fields marked with * are required. Press the “?” beside a field for help.
            </Text>
            <Section title="What are you reporting?">
              <TargetField form={form} type={type} disabled={uploading} />
              {shownFields.map((field) =>
                field.optionsFrom === "my_rights" ? (
                  <RightField
                    key={field.name}
                    field={field}
                    form={form}
                    disabled={uploading}
                    signedIn={signedIn}
                  />
                ) : (
                  <DetailField key={field.name} field={field} form={form} disabled={uploading} />
                ),
              )}
            </Section>
            <Divider />
            <Section title="Tell us what happened">
              <DescriptionField form={form} disabled={uploading} />
              <EvidenceField evidence={evidence} uploading={uploading} error={evidenceError} />
            </Section>
            <Divider />
            <Section title="About you">
              <ContactFields form={form} signedIn={signedIn} disabled={uploading} />
              <AgreementField form={form} disabled={uploading} />
            </Section>
          </Stack>
        </Paper>
        <Group justify="flex-end" align="center">
          {uploading && <UploadStatus files={evidence.files} sendingText="Sending your report…" />}
          <Button
            type="submit"
            size="md"
            loading={uploading}
            disabled={uploading}
            w={{ base: "100%", xs: "auto" }}
          >
            Send report
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
