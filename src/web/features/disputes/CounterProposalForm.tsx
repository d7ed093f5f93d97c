import { Button, Group, Paper, Stack, Text, Title } from "@mantine/core";
import i18next from "i18next";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { type Dispute, Proposal } from "../../../contracts/disputes.ts";
import { ApiError } from "../../api/http.ts";
import { type FormErrors, focusFirstListed } from "../../ui/form-errors.ts";
import { usePropose } from "./disputes.api.ts";
import { formatMoney, parseAmount } from "./money.ts";
import { ResolutionFields, type ResolutionValues } from "./ResolutionFields.tsx";

const PREFIX = "counter";
const IDS = { kind: `${PREFIX}-resolution-first`, amount: `${PREFIX}-amount`, note: `${PREFIX}-note` };
const EMPTY: ResolutionValues = { kind: null, amount: "", note: "" };

type Checked = { ok: true; proposal: Proposal } | { ok: false; errors: FormErrors };

/** The form's values as a proposal, the amount no more than what was paid for the disputed items. */
function checkCounterProposal(values: ResolutionValues, disputed: Dispute["disputed"]): Checked {
  const errors: FormErrors = {};
  let amountMinor: number | undefined;
  if (values.kind === "partial_refund") {
    const parsed = parseAmount(values.amount, disputed.currency);
    if (!parsed.ok) errors.amount = parsed.message;
    else if (parsed.minor > disputed.amountMinor)
      errors.amount = i18next.t("disputes:amount.atMostDisputed", { most: formatMoney(disputed) });
    else amountMinor = parsed.minor;
  }
  const parsed = Proposal.safeParse({
    kind: values.kind ?? undefined,
    amountMinor,
    note: values.note.trim() || undefined,
  });
  if (!parsed.success)
    for (const issue of parsed.error.issues) errors[fieldOf(issue.path.map(String))] ??= issue.message;
  return Object.keys(errors).length > 0 || !parsed.success
    ? { ok: false, errors }
    : { ok: true, proposal: parsed.data };
}

/** The server names the amount `amountMinor` (sometimes with a leading dot): the last part says the field. */
function fieldOf(path: string[]): keyof ResolutionValues {
  const last = path.at(-1);
  if (last === "amountMinor") return "amount";
  if (last === "note") return "note";
  return "kind";
}

/** The side whose turn it is answers with a proposal of its own; the other side's 5 days start again. */
interface CounterProposalFormProps {
  dispute: Dispute;
  onDone: () => void;
  /** A refusal no field can show (409: the dispute moved on); the page says it, since the form may go. */
  onRefused: (error: Error) => void;
}

export function CounterProposalForm({ dispute, onDone, onRefused }: CounterProposalFormProps) {
  const [values, setValues] = useState<ResolutionValues>(EMPTY);
  const [errors, setErrors] = useState<FormErrors>({});
  const propose = usePropose(dispute.id);
  const { t } = useTranslation("disputes");
  const other = dispute.role === "buyer" ? "seller" : "buyer";

  const change = (next: Partial<ResolutionValues>) => {
    setValues((v) => ({ ...v, ...next }));
    setErrors((e) => Object.fromEntries(Object.entries(e).filter(([key]) => !(key in next))));
  };
  const showErrors = (found: FormErrors) => {
    setErrors(found);
    focusFirstListed(IDS, found);
  };
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    propose.reset();
    const checked = checkCounterProposal(values, dispute.disputed);
    if (!checked.ok) return showErrors(checked.errors);
    propose.mutate(checked.proposal, {
      onSuccess: () => {
        setValues(EMPTY);
        onDone();
      },
      onError: (error) => {
        const fields = error instanceof ApiError ? error.fields : {};
        if (Object.keys(fields).length === 0) return onRefused(error);
        const found: FormErrors = {};
        for (const [path, message] of Object.entries(fields)) found[fieldOf(path.split("."))] ??= message;
        showErrors(found);
      },
    });
  };

  return (
    <Paper withBorder p={{ base: "md", sm: "lg" }} component="section" aria-labelledby="counter-heading">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Stack gap={4}>
            <Title order={2} size="h4" id="counter-heading">
              {t("counter.title")}
            </Title>
            <Text size="sm" c="dark.6">
              {t(`counter.intro.${other}`)}
            </Text>
          </Stack>
          <ResolutionFields
            idPrefix={PREFIX}
            legend={t("counter.legend")}
            proposer={dispute.role}
            values={values}
            errors={errors}
            onChange={change}
            currency={dispute.disputed.currency}
            maxMinor={dispute.disputed.amountMinor}
            disabled={propose.isPending}
          />
          <Group justify="flex-end">
            <Button type="submit" loading={propose.isPending}>
              {t("counter.submit")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
