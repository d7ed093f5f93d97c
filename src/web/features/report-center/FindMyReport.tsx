import { Alert, Button, Card, Group, Stack, Text, TextInput, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { z } from "zod";
import { ApiError } from "../../api/http.ts";
import { hasFieldErrors, placeIssues } from "../../ui/form-errors.ts";
import { AlertIcon, CheckIcon } from "../../ui/icons.tsx";
import { errorMessageOf } from "../../ui/QueryState.tsx";
import { useFindReportLink } from "../my-reports/reports.api.ts";

const FindLink = z.object({
  reference: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^R-[0-9A-Z]{8}$/, "Enter the reference as it stands in your receipt, e.g. R-7K2M9QXA."),
  email: z.email("Enter the email address you gave with the report.").max(254),
});

export const FOUND_TEXT = "If that reference belongs to that email, we have sent a new private link to it.";

/**
 * "Find my report": a guest whose private link is lost or broken asks for a new one by reference and
 * email. The answer never says whether such a report exists, so that nobody can probe for reports.
 */
export function FindMyReport({ headingLevel = 2 }: { headingLevel?: 1 | 2 }) {
  const find = useFindReportLink();
  const form = useForm({ mode: "controlled", initialValues: { reference: "", email: "" } });
  const refusal = hasFieldErrors(find.error) ? null : find.error;

  const submit = (values: { reference: string; email: string }) => {
    const parsed = FindLink.safeParse(values);
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
            Find my report
          </Title>
          <Text size="sm">
            Reported without an account and lost the private link, or it no longer works? Give the reference
            of your report and the email you gave with it: we send a new private link to that email.
          </Text>
          {find.isSuccess ? (
            <Alert color="green" variant="light" icon={<CheckIcon />} role="status" title="Check your email">
              <Text size="sm" c="dark">
                {FOUND_TEXT} It may take a few minutes; look in your spam folder too.
              </Text>
            </Alert>
          ) : (
            <>
              {refusal && (
                <Alert color="red" icon={<AlertIcon />} role="alert" title="Your request was not sent">
                  {errorMessageOf(refusal)}
                </Alert>
              )}
              <Group gap="sm" align="flex-start" grow preventGrowOverflow={false} wrap="wrap">
                <TextInput
                  id="find-report-reference"
                  label="Reference"
                  description="In your receipt email, e.g. R-7K2M9QXA."
                  autoComplete="off"
                  spellCheck={false}
                  required
                  miw={200}
                  {...form.getInputProps("reference")}
                />
                <TextInput
                  id="find-report-email"
                  label="Your email"
                  description="The one you gave with the report."
                  type="email"
                  autoComplete="email"
                  required
                  miw={220}
                  {...form.getInputProps("email")}
                />
              </Group>
              <Group justify="flex-end">
                <Button type="submit" loading={find.isPending}>
                  Send me a new link
                </Button>
              </Group>
            </>
          )}
        </Stack>
      </form>
    </Card>
  );
}
