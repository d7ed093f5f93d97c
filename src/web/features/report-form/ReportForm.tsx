import { Button, Divider, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useDebouncedValue } from "@mantine/hooks";
import { useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { type ReactNode, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { isFieldShown } from "../../../contracts/report-details.ts";
import type { ReportTypeInfo } from "../../../contracts/report-types.ts";
import { ApiError } from "../../api/http.ts";
import { UploadStatus } from "../../ui/EvidenceDropField.tsx";
import { type FormErrors, focusElement, focusFirstError } from "../../ui/form-errors.ts";
import { type AttachedFile, useEvidenceFiles } from "../../ui/useEvidenceFiles.ts";
import { rememberTrackingToken } from "../my-reports/tracking-token.ts";
import { AgreementField, ContactFields, DescriptionField, TargetField } from "./CommonFields.tsx";
import { DetailField } from "./DetailField.tsx";
import { DUPLICATE_WARNING_ID, DuplicateWarning } from "./DuplicateWarning.tsx";
import { EvidenceField } from "./EvidenceField.tsx";
import { RightField } from "./RightField.tsx";
import { useDuplicateReport, useResolvedTarget } from "./report-form.api.ts";
import {
  fieldId,
  fieldOrder,
  initialValues,
  mapServerFields,
  type ReportFormValues,
  takesManyTargets,
  validateReport,
} from "./report-form.model.ts";
import { SubmitErrorAlert, type SubmitProblem } from "./SubmitErrorAlert.tsx";
import { createIdempotencyKeys, sendReport, signatureOf } from "./submit-report.ts";
import { resolveProblemOf, TargetCard } from "./TargetCard.tsx";

interface ReportFormProps {
  type: ReportTypeInfo;
  target: string | undefined;
  /** A reason to choose at once, e.g. "counterfeit" from the IP form's way out for buyers. */
  reason?: string;
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

/** Where the focus goes after a failed send: a named element, or the first field (in page order) at fault. */
interface FocusTarget {
  errors: FormErrors;
  elementId?: string;
}

function focusFirstProblem(type: ReportTypeInfo, { errors, elementId }: FocusTarget) {
  if (elementId) focusElement(elementId);
  else focusFirstError({ order: fieldOrder(type), idOf: fieldId, errors, otherwise: "report-submit-error" });
}

/** The server names a refused file in its message; that file's own row can then carry it. */
const refusedFileIsListed = (message: string, files: AttachedFile[]) =>
  files.some((f) => message.includes(`"${f.file.name}"`));

/** The one link of a single-link report, once typing paused: what the card and the duplicate check use. */
function useSettledTarget(type: ReportTypeInfo, text: string): string {
  const [settled] = useDebouncedValue(text.trim(), 400);
  return takesManyTargets(type) ? "" : settled;
}

export function ReportForm({ type, target, reason, accountEmail }: ReportFormProps) {
  const { t } = useTranslation("reportForm");
  const signedIn = accountEmail !== null;
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const form = useForm<ReportFormValues>({
    mode: "controlled",
    initialValues: initialValues(type, target, accountEmail ?? "", reason),
  });
  const evidence = useEvidenceFiles();
  const keys = useRef(createIdempotencyKeys());
  const [uploading, setUploading] = useState(false);
  const [problem, setProblem] = useState<SubmitProblem | null>(null);
  const [evidenceError, setEvidenceError] = useState<string | undefined>();
  // Errors to point at once the fields are enabled again (a disabled field cannot take the focus).
  const [focusPending, setFocusPending] = useState<FocusTarget | null>(null);

  const link = useSettledTarget(type, form.values.targets);
  const resolved = useResolvedTarget(link);
  const duplicate = useDuplicateReport(type.id, link, signedIn).data?.duplicate ?? null;
  const linkProblem = resolveProblemOf(resolved.error);

  // A link that leads nowhere is said on its field, where the server would say it too.
  useEffect(() => {
    if (linkProblem && form.values.targets.trim() === link) form.setFieldError("targets", linkProblem);
  }, [linkProblem, link, form.setFieldError, form.values.targets]);

  useEffect(() => {
    if (!focusPending || uploading) return;
    focusFirstProblem(type, focusPending);
    setFocusPending(null);
  }, [focusPending, uploading, type]);

  const showProblems = (errors: FormErrors, next: SubmitProblem | null, elementId?: string) => {
    const { evidence: onEvidence, ...onForm } = errors;
    form.setErrors(onForm);
    setEvidenceError(onEvidence);
    setProblem(next);
    setFocusPending({ errors, elementId });
  };

  const refusedByServer = (error: ApiError, values: ReportFormValues) => {
    // The warning beside the link already names the open report: point there, say it once.
    if (error.code === "duplicate_report" && duplicate) {
      showProblems({}, null, DUPLICATE_WARNING_ID);
      return;
    }
    const { onFields, unplaced } = mapServerFields(type, values, error.fields);
    let elementId: string | undefined;
    if (error.code === "unsupported_file_type" && refusedFileIsListed(error.message, evidence.files)) {
      // The refused file's own row says why, and nowhere else.
      evidence.markRefused(error.message);
      delete onFields.evidence;
      elementId = fieldId("evidence");
    }
    if (["file_too_large", "too_many_files", "payload_too_large"].includes(error.code))
      onFields.evidence ??= error.message;
    const placed = (Object.keys(onFields).length > 0 || elementId !== undefined) && unplaced.length === 0;
    // Placed on its fields, a refusal needs no second telling above the form: only the summary.
    showProblems(onFields, placed ? { error: null, unplaced: [] } : { error, unplaced }, elementId);
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
      const refused = error instanceof ApiError ? error : new ApiError(0, "unknown", t("notSent"), {});
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
              {t("requiredNote")}
            </Text>
            <Section title={t("sections.what")}>
              <TargetField form={form} type={type} disabled={uploading} />
              <TargetCard url={link} resolved={resolved} />
              {duplicate && <DuplicateWarning duplicate={duplicate} />}
              {shownFields.map((field) => {
                const Field = field.optionsFrom === "my_rights" ? RightField : DetailField;
                return (
                  <Field key={field.name} typeId={type.id} field={field} form={form} disabled={uploading} />
                );
              })}
            </Section>
            <Divider />
            <Section title={t("sections.happened")}>
              <DescriptionField form={form} type={type} disabled={uploading} />
              <EvidenceField evidence={evidence} uploading={uploading} error={evidenceError} />
            </Section>
            <Divider />
            <Section title={t("sections.you")}>
              <ContactFields form={form} type={type} signedIn={signedIn} disabled={uploading} />
              <AgreementField form={form} disabled={uploading} />
            </Section>
          </Stack>
        </Paper>
        <Group justify="flex-end" align="center">
          {uploading && <UploadStatus files={evidence.files} sendingText={t("sending")} />}
          <Button
            type="submit"
            size="md"
            loading={uploading}
            disabled={uploading}
            w={{ base: "100%", xs: "auto" }}
          >
            {t("send")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
