import { Alert, Button, Group, Paper, Radio, Stack, Text, Textarea, TextInput, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useTranslation } from "react-i18next";
import type { ConsoleDispute } from "../../../contracts/disputes.ts";
import { focusFirstError, hasFieldErrors } from "../../ui/form-errors.ts";
import { AlertIcon } from "../../ui/icons.tsx";
import { errorMessageOf } from "../../ui/QueryState.tsx";
import { formatMoney } from "../disputes/money.ts";
import type { useRuling } from "./dispute-console.api.ts";
import { outcomeChoices, outcomeName } from "./dispute-console.labels.ts";
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
  const { t } = useTranslation("disputeConsole");
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500}>
        {t("ruling.considered")}
      </Text>
      <Group gap="xs">
        <Text size="sm">{count === 0 ? t("ruling.noneTicked") : t("ruling.ticked", { count })}</Text>
        <Button size="compact-sm" variant="subtle" onClick={focusEvidence}>
          {t("ruling.chooseInTimeline")}
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
  const { t } = useTranslation("disputeConsole");
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
          title: t("ruling.ruled", { outcome: outcomeName(checked.body.outcome) }),
          message: t("ruling.bothSee", { reference: ruled.reference }),
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
            {t("ruling.title")}
          </Title>
          <EvidenceSummary count={evidence.length} error={evidenceError} />
          <Radio.Group
            {...form.getInputProps("outcome")}
            label={t("ruling.outcome")}
            name="ruling-outcome"
            required
          >
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
              label={t("ruling.amount")}
              description={t("ruling.amountHelp", { currency: dispute.disputed.currency, most: maximum })}
              inputMode="decimal"
              autoComplete="off"
              styles={{ wrapper: { maxWidth: 260 } }}
              required
            />
          )}
          <Textarea
            {...form.getInputProps("reasons")}
            id={FIELD_IDS.reasons}
            label={t("ruling.reasons")}
            description={t("ruling.reasonsHelp")}
            autosize
            minRows={5}
            maxRows={14}
            maxLength={5000}
            required
          />
          {refusal && (
            <Alert color="red" icon={<AlertIcon />} role="alert" title={t("ruling.notSent")}>
              {errorMessageOf(refusal)}
            </Alert>
          )}
          <Group justify="space-between" gap="sm">
            <Text size="xs" c="dark.6">
              {form.values.reasons.trim().length} / 5000
            </Text>
            <Button type="submit" loading={ruling.isPending}>
              {t("ruling.submit")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
