import { Alert, Button, Group, Paper, Radio, Stack, Text, Textarea, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import i18next from "i18next";
import { useTranslation } from "react-i18next";
import { type AppealDetail, DecideAppeal } from "../../../contracts/appeals.ts";
import { hasFieldErrors, placeIssues } from "../../ui/form-errors.ts";
import { AlertIcon } from "../../ui/icons.tsx";
import { errorMessageOf } from "../../ui/QueryState.tsx";
import { useDecideAppeal } from "./appeals.api.ts";
import { reverseHelp } from "./appeals.labels.ts";

interface Values {
  outcome: string;
  reason: string;
}

const FIELD_IDS: Record<keyof Values, string> = { outcome: "appeal-outcome", reason: "appeal-reason" };

function validate(values: Values): Partial<Record<keyof Values, string>> {
  const checked = DecideAppeal.safeParse(values);
  if (checked.success) return {};
  return placeIssues(checked.error.issues, {
    keyOf: (path) => (path[0] === "outcome" ? "outcome" : "reason"),
    messageOf: (key, issue) =>
      key === "outcome" ? i18next.t("appeals:decide.chooseOutcome") : issue.message,
  }).errors;
}

function focusFirstError(errors: Record<string, unknown>) {
  const first = errors.outcome
    ? document.querySelector<HTMLInputElement>(`input[name="${FIELD_IDS.outcome}"]`)
    : document.getElementById(FIELD_IDS.reason);
  first?.focus();
}

/** Uphold or reverse the decision under appeal, with the reasons both sides read. */
export function AppealDecisionForm({ appeal }: { appeal: AppealDetail }) {
  const { t } = useTranslation("appeals");
  const decide = useDecideAppeal(appeal.id);
  const form = useForm<Values>({ mode: "controlled", initialValues: { outcome: "", reason: "" }, validate });

  const submit = (values: Values) => {
    const body = DecideAppeal.parse(values);
    decide.mutate(body, {
      onSuccess: () =>
        notifications.show({
          color: "green",
          title: body.outcome === "reversed" ? t("decide.reversedTitle") : t("decide.upheldTitle"),
          message: t("decide.bothTold"),
        }),
      onError: (error) => {
        if (hasFieldErrors(error)) {
          form.setErrors(error.fields);
          focusFirstError(error.fields);
        }
      },
    });
  };

  const refusal = decide.error && !hasFieldErrors(decide.error);
  return (
    <Paper
      withBorder
      p={{ base: "md", sm: "lg" }}
      component="section"
      aria-labelledby="appeal-decide-heading"
    >
      <form onSubmit={form.onSubmit(submit, focusFirstError)} noValidate>
        <Stack gap="md">
          <Title order={2} size="h4" id="appeal-decide-heading">
            {t("decide.title")}
          </Title>
          <Radio.Group
            {...form.getInputProps("outcome")}
            label={t("decide.outcome")}
            name={FIELD_IDS.outcome}
            required
          >
            <Stack gap="sm" mt="xs">
              <Radio value="upheld" label={t("decide.uphold")} description={t("decide.upholdHelp")} />
              <Radio value="reversed" label={t("decide.reverse")} description={reverseHelp(appeal)} />
            </Stack>
          </Radio.Group>
          <Textarea
            {...form.getInputProps("reason")}
            id={FIELD_IDS.reason}
            label={t("decide.reasons")}
            description={t("decide.reasonsHelp")}
            autosize
            minRows={4}
            maxRows={12}
            maxLength={2000}
            required
          />
          {refusal && (
            <Alert color="red" icon={<AlertIcon />} role="alert" title={t("decide.notDecided")}>
              {errorMessageOf(decide.error)}
            </Alert>
          )}
          <Group justify="space-between" gap="sm">
            <Text size="xs" c="dimmed">
              {form.values.reason.trim().length} / 2000
            </Text>
            <Button type="submit" loading={decide.isPending}>
              {t("decide.submit")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
