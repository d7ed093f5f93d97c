import { Alert, Button, Group, Paper, Radio, Stack, Text, Textarea, TextInput, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import type { ConsoleDispute } from "../../../contracts/disputes.ts";
import { focusFirstError, hasFieldErrors } from "../../ui/form-errors.ts";
import { AlertIcon } from "../../ui/icons.tsx";
import { errorMessageOf } from "../../ui/QueryState.tsx";
import { formatMoney } from "../disputes/money.ts";
import type { useRuling } from "./dispute-console.api.ts";
import { OUTCOME_NAMES, outcomeChoices } from "./dispute-console.labels.ts";
import { FIRST_EVIDENCE_ID, focusEvidence } from "./EvidenceTimeline.tsx";
import { checkRuling, placeRulingFieldErrors, RULING_KEYS, type RulingValues } from "./ruling.model.ts";

const FIELD_IDS: Record<(typeof RULING_KEYS)[number], string> = {
  evidence: FIRST_EVIDENCE_ID,
  outcome: "ruling-outcome-refund",
  amount: "ruling-amount",
  reasons: "ruling-reasons",
};

interface RulingFormProps {
  dispute: ConsoleDispute;
  ruling: ReturnType<typeof useRuling>;
  /** The timeline entries ticked as the evidence considered. */
  evidence: string[];
  evidenceError?: string;
  onEvidenceError: (message: string | undefined) => void;
}

function EvidenceSummary({ count, error }: { count: number; error?: string }) {
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500}>
        Evidence considered
      </Text>
      <Group gap="xs">
        <Text size="sm">
          {count === 0 ? "None ticked yet" : `${count} ${count === 1 ? "entry" : "entries"} ticked`} in the
          timeline above.
        </Text>
        <Button size="compact-sm" variant="subtle" onClick={focusEvidence}>
          Choose in the timeline
        </Button>
      </Group>
      {error && (
        <Text size="sm" c="red.8">
          {error}
        </Text>
      )}
    </Stack>
  );
}

/** The ruling: its outcome, the amount of a partial refund, and the reasons both sides read. */
export function RulingForm({ dispute, ruling, evidence, evidenceError, onEvidenceError }: RulingFormProps) {
  const form = useForm<RulingValues>({
    mode: "controlled",
    initialValues: { outcome: "", amount: "", reasons: "" },
  });
  const maximum = formatMoney(dispute.disputed);

  const showErrors = ({ evidence: evidenceProblem, ...fieldErrors }: Record<string, string>) => {
    form.setErrors(fieldErrors);
    onEvidenceError(evidenceProblem);
    focusFirstError({
      order: RULING_KEYS,
      idOf: (key) => FIELD_IDS[key as keyof typeof FIELD_IDS],
      errors: { evidence: evidenceProblem, ...fieldErrors },
    });
  };

  const submit = (values: RulingValues) => {
    const checked = checkRuling(values, evidence, dispute);
    if (!checked.ok) return showErrors(checked.errors);
    onEvidenceError(undefined);
    ruling.mutate(checked.body, {
      onSuccess: (ruled) =>
        notifications.show({
          color: "green",
          title: `Ruled: ${OUTCOME_NAMES[checked.body.outcome]}`,
          message: `Both sides see the ruling on dispute ${ruled.reference}, with your reasons.`,
        }),
      onError: (error) => {
        if (hasFieldErrors(error)) showErrors(placeRulingFieldErrors(error.fields).errors);
      },
    });
  };

  const refusal = ruling.error && !hasFieldErrors(ruling.error) ? ruling.error : null;
  return (
    <Paper withBorder p={{ base: "md", sm: "lg" }} component="section" aria-labelledby="ruling-heading">
      <form onSubmit={form.onSubmit(submit)} noValidate>
        <Stack gap="md">
          <Title order={2} size="h4" id="ruling-heading">
            Your ruling
          </Title>
          <EvidenceSummary count={evidence.length} error={evidenceError} />
          <Radio.Group {...form.getInputProps("outcome")} label="Outcome" name="ruling-outcome" required>
            <Stack gap="sm" mt="xs">
              {outcomeChoices(dispute.disputed).map((choice) => (
                <Radio
                  key={choice.value}
                  id={`ruling-outcome-${choice.value}`}
                  value={choice.value}
                  label={choice.label}
                  description={choice.description}
                />
              ))}
            </Stack>
          </Radio.Group>
          {form.values.outcome === "partial_refund" && (
            <TextInput
              {...form.getInputProps("amount")}
              id={FIELD_IDS.amount}
              label="Amount to refund"
              description={`In ${dispute.disputed.currency}, e.g. 12.50. At most ${maximum}, what was paid for the disputed items.`}
              inputMode="decimal"
              autoComplete="off"
              styles={{ wrapper: { maxWidth: 260 } }}
              required
            />
          )}
          <Textarea
            {...form.getInputProps("reasons")}
            id={FIELD_IDS.reasons}
            label="Reasons (both sides read them)"
            description="Say what you found in the evidence and why it leads to this outcome. Redress adds below your reasons the amount arithmetic (each disputed item, what was paid, what is refunded) and how many timeline entries you considered. At least 30 characters."
            autosize
            minRows={5}
            maxRows={14}
            maxLength={5000}
            required
          />
          {refusal && (
            <Alert color="red" icon={<AlertIcon />} role="alert" title="The ruling was not sent">
              {errorMessageOf(refusal)}
            </Alert>
          )}
          <Group justify="space-between" gap="sm">
            <Text size="xs" c="dark.6">
              {form.values.reasons.trim().length} / 5000
            </Text>
            <Button type="submit" loading={ruling.isPending}>
              Send the ruling to both sides
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
