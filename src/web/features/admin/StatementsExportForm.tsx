import {
  Alert,
  Button,
  Group,
  Loader,
  Radio,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { type UseFormReturnType, useForm } from "@mantine/form";
import i18next from "i18next";
import { useTranslation } from "react-i18next";
import { focusFirstListed, hasFieldErrors, keyAmong, placeFieldErrors } from "../../ui/form-errors.ts";
import { ErrorBlock } from "../../ui/QueryState.tsx";
import { type ExportedFile, type ExportFormat, useStatementsExport } from "./statements-export.api.ts";

interface Values {
  from: string;
  to: string;
  format: ExportFormat;
}

const FORMATS: readonly ExportFormat[] = ["json", "csv"];
const PERIOD_ENDS = ["from", "to"] as const;
const FIELD_IDS: Record<keyof Values, string> = {
  from: "statements-from",
  to: "statements-to",
  format: "statements-format-json",
};

/** A day as a date field holds it (YYYY-MM-DD), in the admin's own calendar. */
const dayOf = (date: Date) =>
  `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, "0")}-${String(date.getDate()).padStart(2, "0")}`;

/** This month so far: the period a monthly report or upload asks for. */
function thisMonthSoFar(today = new Date()): Pick<Values, "from" | "to"> {
  return { from: dayOf(new Date(today.getFullYear(), today.getMonth(), 1)), to: dayOf(today) };
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function validate({ from, to }: Values): Partial<Record<keyof Values, string>> {
  const errors: Partial<Record<keyof Values, string>> = {};
  if (!DAY.test(from)) errors.from = i18next.t("admin:statements.needFrom");
  if (!DAY.test(to)) errors.to = i18next.t("admin:statements.needTo");
  // ISO days sort as text.
  else if (!errors.from && to < from) errors.to = i18next.t("admin:statements.toBeforeFrom");
  return errors;
}

const focusOnError = (errors: Record<string, unknown>) => focusFirstListed(FIELD_IDS, errors);

function FormatChoice({ form }: { form: UseFormReturnType<Values> }) {
  const { t } = useTranslation("admin");
  return (
    <Radio.Group
      {...form.getInputProps("format")}
      label={t("statements.format")}
      description={t("statements.formatHelp")}
    >
      <Stack gap="sm" mt="xs">
        {FORMATS.map((format) => (
          <Radio
            key={format}
            id={`statements-format-${format}`}
            value={format}
            label={t(`statements.formats.${format}.label`)}
            description={t(`statements.formats.${format}.help`)}
          />
        ))}
      </Stack>
    </Radio.Group>
  );
}

/** What the file holds, said once it is saved: an empty period is not a failed download. */
function Downloaded({ file }: { file: ExportedFile }) {
  const { t } = useTranslation("admin");
  const what =
    file.count === null
      ? ""
      : file.count === 0
        ? t("statements.noneInPeriod")
        : t("statements.holds", { count: file.count });
  return (
    <Alert color="green" title={t("statements.downloaded", { fileName: file.fileName })} role="status">
      {what && <Text size="sm">{what}</Text>}
    </Alert>
  );
}

/** "From", "To" and the format; the file is fetched with the session and saved under the server's name. */
export function StatementsExportForm() {
  const { t } = useTranslation("admin");
  const download = useStatementsExport();
  const form = useForm<Values>({
    mode: "controlled",
    initialValues: { ...thisMonthSoFar(), format: "json" },
    validate,
  });

  const submit = (values: Values) =>
    download.mutate(values, {
      onError: (error) => {
        if (!hasFieldErrors(error)) return;
        const { errors } = placeFieldErrors(error.fields, { keyOf: keyAmong(["from", "to", "format"]) });
        form.setErrors(errors);
        focusOnError(errors);
      },
    });

  const general = download.error && !hasFieldErrors(download.error);
  return (
    <form onSubmit={form.onSubmit(submit, focusOnError)} noValidate>
      <Stack gap="md">
        <Title order={2} size="h4" id="statements-form-heading">
          {t("statements.formTitle")}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          {PERIOD_ENDS.map((end) => (
            <TextInput
              key={end}
              {...form.getInputProps(end)}
              id={FIELD_IDS[end]}
              type="date"
              label={t(`statements.${end}`)}
              description={t(`statements.${end}Help`)}
            />
          ))}
        </SimpleGrid>
        <FormatChoice form={form} />
        {download.isPending && (
          <Group gap="sm" role="status">
            <Loader size="sm" />
            <Text size="sm">{t("statements.preparing")}</Text>
          </Group>
        )}
        {general && <ErrorBlock error={download.error} title={t("statements.failed")} />}
        {download.isSuccess && <Downloaded file={download.data} />}
        <Group justify="flex-end">
          <Button type="submit" loading={download.isPending}>
            {t("statements.download")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
