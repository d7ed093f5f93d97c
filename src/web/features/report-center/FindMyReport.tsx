import { Alert, Button, Card, Group, Stack, Text, TextInput, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { ApiError } from "../../api/http.ts";
import { hasFieldErrors, placeIssues } from "../../ui/form-errors.ts";
import { AlertIcon, CheckIcon } from "../../ui/icons.tsx";
import { errorMessageOf } from "../../ui/QueryState.tsx";
import { useFindReportLink } from "../my-reports/reports.api.ts";

const findLinkSchema = (t: TFunction<"reportCenter">) =>
  z.object({
    reference: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^R-[0-9A-Z]{8}$/, t("find.referenceInvalid")),
    email: z.email(t("find.emailInvalid")).max(254),
  });

/**
 * "Find my report": a guest whose private link is lost or broken asks for a new one by reference and
 * email. The answer never says whether such a report exists, so that nobody can probe for reports.
 */
export function FindMyReport({ headingLevel = 2 }: { headingLevel?: 1 | 2 }) {
  const { t } = useTranslation("reportCenter");
  const find = useFindReportLink();
  const form = useForm({ mode: "controlled", initialValues: { reference: "", email: "" } });
  const refusal = hasFieldErrors(find.error) ? null : find.error;

  const submit = (values: { reference: string; email: string }) => {
    const parsed = findLinkSchema(t).safeParse(values);
    if (!parsed.success) {
      const { errors } = placeIssues(parsed.error.issues);
      form.setErrors(errors);
      document.getElementById(errors.reference ? "find-report-reference" : "find-report-email")?.focus();
      return;
    }
    find.mutate(parsed.data, {
      onError: (error) => {
        if (error instanceof ApiError) form.setErrors(error.fields);
      },
    });
  };

  return (
    <Card component="section" aria-labelledby="find-report-heading">
      <form onSubmit={form.onSubmit(submit)} noValidate>
        <Stack gap="sm">
          <Title order={headingLevel} size="h3" id="find-report-heading">
            {t("findMyReport")}
          </Title>
          <Text size="sm">{t("find.intro")}</Text>
          {find.isSuccess ? (
            <Alert
              color="green"
              variant="light"
              icon={<CheckIcon />}
              role="status"
              title={t("find.sentTitle")}
            >
              <Text size="sm" c="dark">
                {t("find.sent")}
              </Text>
            </Alert>
          ) : (
            <>
              {refusal && (
                <Alert color="red" icon={<AlertIcon />} role="alert" title={t("find.notSent")}>
                  {errorMessageOf(refusal)}
                </Alert>
              )}
              <Group gap="sm" align="flex-start" grow preventGrowOverflow={false} wrap="wrap">
                <TextInput
                  id="find-report-reference"
                  label={t("find.reference")}
                  description={t("find.referenceHelp")}
                  autoComplete="off"
                  spellCheck={false}
                  required
                  miw={200}
                  {...form.getInputProps("reference")}
                />
                <TextInput
                  id="find-report-email"
                  label={t("find.email")}
                  description={t("find.emailHelp")}
                  type="email"
                  autoComplete="email"
                  required
                  miw={220}
                  {...form.getInputProps("email")}
                />
              </Group>
              <Group justify="flex-end">
                <Button type="submit" loading={find.isPending}>
                  {t("find.submit")}
                </Button>
              </Group>
            </>
          )}
        </Stack>
      </form>
    </Card>
  );
}
