import { Alert, Button, Group, Paper, Radio, Stack, Text, Textarea, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { type AppealDetail, DecideAppeal } from "../../../contracts/appeals.ts";
import { hasFieldErrors, placeIssues } from "../../ui/form-errors.ts";
import { AlertIcon } from "../../ui/icons.tsx";
import { errorMessageOf } from "../../ui/QueryState.tsx";
import { useDecideAppeal } from "./appeals.api.ts";

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
      key === "outcome" ? "Choose to uphold or to reverse the decision." : issue.message,
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
  const decide = useDecideAppeal(appeal.id);
  const form = useForm<Values>({ mode: "controlled", initialValues: { outcome: "", reason: "" }, validate });
  const acted = appeal.decision.outcome === "action_taken";

  const submit = (values: Values) => {
    const body = DecideAppeal.parse(values);
    decide.mutate(body, {
      onSuccess: () =>
        notifications.show({
          color: "green",
          title: body.outcome === "reversed" ? "Decision reversed" : "Decision upheld",
          message: "Both sides are told, with your reasons.",
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
            Your decision on the appeal
          </Title>
          <Radio.Group {...form.getInputProps("outcome")} label="Outcome" name={FIELD_IDS.outcome} required>
            <Stack gap="sm" mt="xs">
              <Radio value="upheld" label="Uphold the decision" description="The decision stands as it is." />
              <Radio
                value="reversed"
                label="Reverse the decision"
                description={
                  acted
                    ? "Its enforcement is undone: the listing comes back, strikes are removed, the store is unfrozen."
                    : "The case reopens for a new decision."
                }
              />
            </Stack>
          </Radio.Group>
          <Textarea
            {...form.getInputProps("reason")}
            id={FIELD_IDS.reason}
            label="Reasons (sent to both sides)"
            description="At least 20 characters. The reporters and the seller read them: no personal data."
            autosize
            minRows={4}
            maxRows={12}
            maxLength={2000}
            required
          />
          {refusal && (
            <Alert color="red" icon={<AlertIcon />} role="alert" title="The appeal was not decided">
              {errorMessageOf(decide.error)}
            </Alert>
          )}
          <Group justify="space-between" gap="sm">
            <Text size="xs" c="dimmed">
              {form.values.reason.trim().length} / 2000
            </Text>
            <Button type="submit" loading={decide.isPending}>
              Decide appeal
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
