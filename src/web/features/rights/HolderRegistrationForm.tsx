import { Button, Group, Paper, Radio, Select, Stack, Text, Textarea, TextInput, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { CreateHolder, MAX_HOLDER_DOCUMENTS } from "../../../contracts/rights.ts";
import { ApiError } from "../../api/http.ts";
import { progressPerFile } from "../../api/upload.ts";
import { FieldLabel } from "../../ui/FieldLabel.tsx";
import {
  type FormErrors,
  focusFirstError,
  keyAmong,
  placeFieldErrors,
  placeIssues,
} from "../../ui/form-errors.ts";
import { HelpButton } from "../../ui/HelpButton.tsx";
import { countryOptions } from "./countries.ts";
import { FileDropField } from "./FileDropField.tsx";
import { type FormProblem, FormProblemAlert } from "./FormProblemAlert.tsx";
import { rightsFieldId } from "./right-form.model.ts";
import { rightsKeys, sendHolder } from "./rights.api.ts";
import { useAttachedFiles } from "./useAttachedFiles.ts";

interface HolderValues {
  kind: "person" | "company";
  legalName: string;
  country: string | null;
  address: string;
  contactEmail: string;
  companyNumber: string;
}

const ORDER = [
  "kind",
  "legalName",
  "country",
  "address",
  "contactEmail",
  "companyNumber",
  "document",
] as const;
const ALERT_ID = "holder-form-error";
const id = rightsFieldId;

/** The registration of a member as a rights holder, with its identity documents. */
export function HolderRegistrationForm({ accountEmail }: { accountEmail: string }) {
  const { t } = useTranslation("rights");
  const queryClient = useQueryClient();
  const form = useForm<HolderValues>({
    mode: "controlled",
    initialValues: {
      kind: "company",
      legalName: "",
      country: null,
      address: "",
      contactEmail: accountEmail,
      companyNumber: "",
    },
  });
  const documents = useAttachedFiles(MAX_HOLDER_DOCUMENTS);
  const [uploading, setUploading] = useState(false);
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [documentError, setDocumentError] = useState<string>();
  const [focusPending, setFocusPending] = useState<FormErrors | null>(null);

  // A file just attached answers the error that asked for it.
  const documentCount = documents.files.length;
  useEffect(() => {
    if (documentCount > 0) setDocumentError(undefined);
  }, [documentCount]);

  // A disabled field cannot take the focus: wait until the upload is over.
  useEffect(() => {
    if (!focusPending || uploading) return;
    focusFirstError({ order: ORDER, idOf: rightsFieldId, errors: focusPending, otherwise: ALERT_ID });
    setFocusPending(null);
  }, [focusPending, uploading]);

  const showProblems = (errors: FormErrors, next: FormProblem) => {
    const { document, ...onForm } = errors;
    form.setErrors(onForm);
    setDocumentError(document);
    setProblem(next);
    setFocusPending(errors);
  };

  const submit = async (values: HolderValues) => {
    setProblem(null);
    setDocumentError(undefined);
    const holder = {
      kind: values.kind,
      legalName: values.legalName,
      country: values.country ?? "",
      address: values.address,
      contactEmail: values.contactEmail.trim(),
      companyNumber: values.kind === "company" ? values.companyNumber : undefined,
    };
    const checked = CreateHolder.safeParse(holder);
    const errors = checked.success ? {} : placeIssues(checked.error.issues).errors;
    if (documents.files.length === 0) errors.document = t("register.needDocument");
    if (Object.keys(errors).length > 0) return showProblems(errors, { error: null, unplaced: [] });

    const files = documents.files.map((f) => f.file);
    setUploading(true);
    documents.resetProgress();
    try {
      const saved = await sendHolder(holder, files, (loaded, total) =>
        documents.showProgress(
          progressPerFile(
            files.map((f) => f.size),
            loaded,
            total,
          ),
        ),
      );
      queryClient.setQueryData(rightsKeys.holder, saved);
    } catch (error) {
      const refused =
        error instanceof ApiError ? error : new ApiError(0, "unknown", t("problem.nothingSent"), {});
      documents.resetProgress();
      if (refused.code === "unsupported_file_type") documents.markRefused(refused.message);
      const { errors, unplaced } = placeFieldErrors(refused.fields, { keyOf: keyAmong(ORDER) });
      showProblems(errors, { error: refused, unplaced });
    } finally {
      setUploading(false);
    }
  };

  const input = (key: keyof HolderValues) => ({
    ...form.getInputProps(key),
    id: id(key),
    disabled: uploading,
  });

  return (
    <form onSubmit={form.onSubmit(submit)} noValidate aria-labelledby="holder-form-title">
      <Stack gap="lg">
        <Stack gap={4}>
          <Title order={2} id="holder-form-title">
            {t("register.title")}
          </Title>
          <Text c="dimmed" size="sm">
            {t("register.intro")}
          </Text>
        </Stack>
        {problem && <FormProblemAlert id={ALERT_ID} problem={problem} />}
        <Paper withBorder p={{ base: "md", sm: "xl" }}>
          <Stack gap="md">
            <Group gap={4} align="flex-start" wrap="nowrap">
              <Radio.Group
                {...form.getInputProps("kind")}
                id={id("kind")}
                label={t("register.kind")}
                withAsterisk
              >
                <Group gap="lg" mt={6}>
                  <Radio value="person" label={t("register.person")} disabled={uploading} />
                  <Radio value="company" label={t("register.company")} disabled={uploading} />
                </Group>
              </Radio.Group>
              <HelpButton label={t("register.kind")} help={t("register.help.kind")} />
            </Group>
            <div>
              <FieldLabel
                htmlFor={id("legalName")}
                label={t("register.legalName")}
                help={t("register.help.legalName")}
                required
              />
              <TextInput
                {...input("legalName")}
                autoComplete={form.values.kind === "person" ? "name" : "organization"}
                maxLength={200}
              />
            </div>
            <div>
              <FieldLabel
                htmlFor={id("country")}
                label={t("register.country")}
                help={t("register.help.country")}
                required
              />
              <Select
                {...input("country")}
                data={countryOptions()}
                searchable
                placeholder={t("register.chooseCountry")}
                nothingFoundMessage={t("register.noCountry")}
                comboboxProps={{ withinPortal: true }}
              />
            </div>
            <div>
              <FieldLabel
                htmlFor={id("address")}
                label={t("register.address")}
                help={t("register.help.address")}
                required
              />
              <Textarea
                {...input("address")}
                autosize
                minRows={2}
                maxRows={5}
                maxLength={500}
                autoComplete="street-address"
              />
            </div>
            <div>
              <FieldLabel
                htmlFor={id("contactEmail")}
                label={t("register.contactEmail")}
                help={t("register.help.contactEmail")}
                required
              />
              <TextInput {...input("contactEmail")} type="email" autoComplete="email" />
            </div>
            {form.values.kind === "company" && (
              <div>
                <FieldLabel
                  htmlFor={id("companyNumber")}
                  label={t("register.companyNumber")}
                  help={t("register.help.companyNumber")}
                />
                <TextInput {...input("companyNumber")} maxLength={100} autoComplete="off" />
              </div>
            )}
            <FileDropField
              id={id("document")}
              label={t("register.documents")}
              help={t("register.help.document", { max: MAX_HOLDER_DOCUMENTS })}
              required
              attached={documents}
              uploading={uploading}
              error={documentError}
            />
          </Stack>
        </Paper>
        <Group justify="flex-end">
          {uploading && (
            <Text size="sm" c="dimmed" role="status">
              {t("register.uploading")}
            </Text>
          )}
          <Button type="submit" size="md" loading={uploading} w={{ base: "100%", xs: "auto" }}>
            {t("register.submit")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
