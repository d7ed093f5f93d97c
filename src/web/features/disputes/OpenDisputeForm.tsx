import { Alert, Button, Group, Select, Stack, Text, Textarea } from "@mantine/core";
import { useNavigate } from "@tanstack/react-router";
import { useState } from "react";
import { DISPUTE_REASON_LABELS, DisputeReason, type Order } from "../../../contracts/disputes.ts";
import { ApiError } from "../../api/http.ts";
import { type FormErrors, focusFirstError, placeFieldErrors } from "../../ui/form-errors.ts";
import { AlertIcon } from "../../ui/icons.tsx";
import { AnchorLink } from "../../ui/links.tsx";
import { errorMessageOf } from "../../ui/QueryState.tsx";
import { CounterfeitNote } from "./CounterfeitNote.tsx";
import { useOpenDispute } from "./disputes.api.ts";
import { EvidenceLater } from "./EvidenceLater.tsx";
import { ItemsField } from "./ItemsField.tsx";
import {
  checkOpenDispute,
  chosenTotalMinor,
  formKeyOf,
  OPEN_DISPUTE_IDS as IDS,
  type ItemChoice,
  initialOpenDisputeValues,
  type OpenDisputeValues,
  openDisputeFieldId,
  openDisputeOrder,
} from "./open-dispute.model.ts";
import { ResolutionFields } from "./ResolutionFields.tsx";

const ALERT_ID = "open-dispute-error";
const DESCRIPTION_MAX = 5000;

interface Existing {
  id: string;
  reference: string;
}

function existingOf(error: unknown): Existing | null {
  if (!(error instanceof ApiError) || error.code !== "dispute_exists") return null;
  const existing = error.body.existing as Existing | undefined;
  return existing?.id ? existing : null;
}

/** Why the dispute was not opened: a dispute that already holds the items is linked, not just named. */
function RefusalAlert({ error }: { error: unknown }) {
  const existing = existingOf(error);
  return (
    <Alert
      color="red"
      icon={<AlertIcon />}
      role="alert"
      title="The dispute was not opened"
      id={ALERT_ID}
      tabIndex={-1}
    >
      <Stack gap={4}>
        <Text size="sm">{errorMessageOf(error)}</Text>
        {existing && (
          <AnchorLink to="/disputes/$id" params={{ id: existing.id }} fw={600} size="sm">
            Go to dispute {existing.reference}
          </AnchorLink>
        )}
      </Stack>
    </Alert>
  );
}

/** The buyer opens a dispute on some or all items of the order, asking for a resolution. */
export function OpenDisputeForm({ order }: { order: Order }) {
  const [values, setValues] = useState<OpenDisputeValues>(() => initialOpenDisputeValues(order));
  const [errors, setErrors] = useState<FormErrors>({});
  const open = useOpenDispute();
  const navigate = useNavigate();
  const currency = order.total.currency;
  const refusal =
    open.error && !(open.error instanceof ApiError && Object.keys(open.error.fields).length > 0);

  const change = (next: Partial<OpenDisputeValues>) => {
    setValues((v) => ({ ...v, ...next }));
    // A field changed answers its own error.
    setErrors((e) => Object.fromEntries(Object.entries(e).filter(([key]) => !(key in next))));
  };
  const changeItem = (index: number, next: Partial<ItemChoice>) => {
    setValues((v) => ({
      ...v,
      items: v.items.map((item, i) => (i === index ? { ...item, ...next } : item)),
    }));
    setErrors(({ items: _, [`items.${index}.quantity`]: __, ...rest }) => rest);
  };

  const showErrors = (found: FormErrors) => {
    setErrors(found);
    focusFirstError({
      order: openDisputeOrder(values),
      idOf: openDisputeFieldId,
      errors: found,
      otherwise: ALERT_ID,
    });
  };

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    open.reset();
    const checked = checkOpenDispute(order, values);
    if (!checked.ok) return showErrors(checked.errors);
    open.mutate(checked.input, {
      onSuccess: (dispute) => navigate({ to: "/disputes/$id", params: { id: dispute.id } }),
      onError: (error) => {
        const fields = error instanceof ApiError ? error.fields : {};
        const { errors: placed } = placeFieldErrors(fields, {
          keyOf: (path) => formKeyOf(path.map(String), values),
        });
        showErrors(placed);
      },
    });
  };

  const chosenItems = order.items.filter((_, i) => values.items[i]?.chosen);
  const total = chosenTotalMinor(order, values);
  return (
    <form onSubmit={submit} noValidate aria-labelledby="open-dispute-heading">
      <Stack gap="lg">
        <Text size="sm" c="dimmed">
          Fields marked with * are required. The seller has 5 days to answer; if they do not, what you ask for
          is carried out.
        </Text>
        {refusal && <RefusalAlert error={open.error} />}
        <ItemsField
          order={order}
          items={values.items}
          onChange={changeItem}
          errors={errors}
          disabled={open.isPending}
        />
        <Select
          id={IDS.reason}
          label="What is wrong?"
          placeholder="Choose what is wrong"
          description={
            order.disputability.reasons.length === 1 && order.disputability.reasons[0] === "not_received"
              ? "The order has not been delivered, so it can only be disputed as not received."
              : undefined
          }
          data={order.disputability.reasons.map((reason) => ({
            value: reason,
            label: DISPUTE_REASON_LABELS[reason],
          }))}
          value={values.reason}
          onChange={(reason) => change({ reason: reason ? DisputeReason.parse(reason) : null })}
          error={errors.reason}
          required
          allowDeselect={false}
          maw={420}
          disabled={open.isPending}
        />
        {values.reason === "counterfeit" && (
          <CounterfeitNote items={chosenItems.length > 0 ? chosenItems : order.items} />
        )}
        <ResolutionFields
          idPrefix="dispute"
          legend="What do you want?"
          proposer="buyer"
          withNote={false}
          values={values}
          errors={errors}
          onChange={change}
          currency={currency}
          maxMinor={total > 0 ? total : null}
          disabled={open.isPending}
        />
        <Textarea
          id={IDS.description}
          label="Describe the problem"
          description="What is wrong, when you noticed it, and what you already tried. Write in any language: the seller and the platform can translate it. At least 20 characters."
          value={values.description}
          onChange={(event) => change({ description: event.currentTarget.value })}
          error={errors.description}
          required
          autosize
          minRows={5}
          maxRows={14}
          maxLength={DESCRIPTION_MAX}
          disabled={open.isPending}
        />
        <Text size="xs" c="dimmed" mt={-12}>
          {values.description.trim().length} / {DESCRIPTION_MAX}
        </Text>
        <EvidenceLater headingId="open-dispute-evidence" />
        <Group justify="flex-end">
          <Button type="submit" loading={open.isPending}>
            Open the dispute
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
