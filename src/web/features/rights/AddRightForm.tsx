import { Button, Divider, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { MAX_CERTIFICATES } from "../../../contracts/rights.ts";
import { ApiError } from "../../api/http.ts";
import { progressPerFile } from "../../api/upload.ts";
import { type FormErrors, focusFirstError, keyAmong, placeFieldErrors } from "../../ui/form-errors.ts";
import { FileDropField } from "./FileDropField.tsx";
import { type FormProblem, FormProblemAlert } from "./FormProblemAlert.tsx";
import { RightFields } from "./RightFields.tsx";
import {
  checkRight,
  initialRightValues,
  RIGHT_FORM_ORDER,
  type RightValues,
  rightsFieldId,
} from "./right-form.model.ts";
import { rightsKeys, sendRight } from "./rights.api.ts";
import { useAttachedFiles } from "./useAttachedFiles.ts";

const ALERT_ID = "right-form-error";

interface AddRightFormProps {
  /** Suggested as the owner: most holders own the rights they add. */
  holderName: string;
  onDone: (added: boolean) => void;
}

/** Adds a right to the vault with its certificates (and an agent's letter), for verification. */
export function AddRightForm({ holderName, onDone }: AddRightFormProps) {
  const { t } = useTranslation("rights");
  const queryClient = useQueryClient();
  const form = useForm<RightValues>({ mode: "controlled", initialValues: initialRightValues(holderName) });
  const certificates = useAttachedFiles(MAX_CERTIFICATES);
  const letter = useAttachedFiles(1);
  const [uploading, setUploading] = useState(false);
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [fileErrors, setFileErrors] = useState<FormErrors>({});
  const [focusPending, setFocusPending] = useState<FormErrors | null>(null);

  // A file just attached answers the error that asked for it.
  const certificateCount = certificates.files.length;
  const letterCount = letter.files.length;
  useEffect(() => {
    if (certificateCount > 0) setFileErrors(({ certificate: _, ...rest }) => rest);
  }, [certificateCount]);
  useEffect(() => {
    if (letterCount > 0) setFileErrors(({ authorisation: _, ...rest }) => rest);
  }, [letterCount]);

  useEffect(() => {
    if (!focusPending || uploading) return;
    focusFirstError({
      order: RIGHT_FORM_ORDER,
      idOf: rightsFieldId,
      errors: focusPending,
      otherwise: ALERT_ID,
    });
    setFocusPending(null);
  }, [focusPending, uploading]);

  const showProblems = (errors: FormErrors, next: FormProblem) => {
    const { certificate, authorisation, ...onForm } = errors;
    form.setErrors(onForm);
    setFileErrors({ certificate, authorisation } as FormErrors);
    setProblem(next);
    setFocusPending(errors);
  };

  const submit = async (values: RightValues) => {
    setProblem(null);
    setFileErrors({});
    const letters = values.actsAsAgent ? letter.files : [];
    const checked = checkRight(values, certificates.files.length, letters.length);
    if (!checked.ok) return showProblems(checked.errors, { error: null, unplaced: [] });

    const certificateFiles = certificates.files.map((f) => f.file);
    const letterFile = letters[0]?.file ?? null;
    setUploading(true);
    certificates.resetProgress();
    letter.resetProgress();
    try {
      await sendRight(checked.right, certificateFiles, letterFile, (loaded, total) => {
        const sizes = [...certificateFiles, ...(letterFile ? [letterFile] : [])].map((f) => f.size);
        const percents = progressPerFile(sizes, loaded, total);
        certificates.showProgress(percents.slice(0, certificateFiles.length));
        letter.showProgress(percents.slice(certificateFiles.length));
      });
      await queryClient.invalidateQueries({ queryKey: rightsKeys.mine });
      form.reset();
      certificates.clear();
      letter.clear();
      onDone(true);
    } catch (error) {
      const refused =
        error instanceof ApiError ? error : new ApiError(0, "unknown", t("problem.nothingSent"), {});
      certificates.resetProgress();
      letter.resetProgress();
      if (refused.code === "unsupported_file_type") {
        certificates.markRefused(refused.message);
        letter.markRefused(refused.message);
      }
      const { errors, unplaced } = placeFieldErrors(refused.fields, { keyOf: keyAmong(RIGHT_FORM_ORDER) });
      showProblems(errors, { error: refused, unplaced });
    } finally {
      setUploading(false);
    }
  };

  return (
    <Paper withBorder p={{ base: "md", sm: "xl" }} component="section" aria-labelledby="right-form-title">
      <form onSubmit={form.onSubmit(submit)} noValidate>
        <Stack gap="md">
          <Stack gap={4}>
            <Title order={2} size="h3" id="right-form-title">
              {t("vault.add")}
            </Title>
            <Text size="sm" c="dimmed">
              {t("add.intro")}
            </Text>
          </Stack>
          {problem && <FormProblemAlert id={ALERT_ID} problem={problem} />}
          <RightFields form={form} disabled={uploading} />
          {form.values.actsAsAgent && (
            <FileDropField
              id={rightsFieldId("authorisation")}
              label={t("add.letter")}
              help={t("add.letterHelp")}
              required
              attached={letter}
              uploading={uploading}
              error={fileErrors.authorisation}
            />
          )}
          <FileDropField
            id={rightsFieldId("certificate")}
            label={t("add.certificates")}
            help={t("add.certificatesHelp", { max: MAX_CERTIFICATES })}
            required
            attached={certificates}
            uploading={uploading}
            error={fileErrors.certificate}
          />
          <Divider />
          <Group justify="flex-end" gap="sm">
            {uploading && (
              <Text size="sm" c="dimmed" role="status">
                {t("add.uploading")}
              </Text>
            )}
            <Button variant="default" onClick={() => onDone(false)} disabled={uploading}>
              {t("add.cancel")}
            </Button>
            <Button type="submit" loading={uploading}>
              {t("add.submit")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
