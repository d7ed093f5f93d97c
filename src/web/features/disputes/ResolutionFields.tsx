import { Radio, Stack, Text, Textarea, TextInput } from "@mantine/core";
import { RESOLUTION_LABELS, ResolutionKind, type Side } from "../../../contracts/disputes.ts";
import { formatMoney, fractionDigitsOf } from "./money.ts";

export interface ResolutionValues {
  kind: ResolutionKind | null;
  amount: string;
  note: string;
}

interface ResolutionFieldsProps {
  /** Prefix of the field ids: `<idPrefix>-resolution`, `-amount`, `-note`. */
  idPrefix: string;
  values: ResolutionValues;
  errors: Partial<Record<keyof ResolutionValues, string>>;
  onChange: (change: Partial<ResolutionValues>) => void;
  currency: string;
  /** The most a refund can be (what was paid for the disputed items); null while no item is chosen. */
  maxMinor: number | null;
  /** The radio group's question, e.g. "What do you want?". */
  legend: string;
  /** Who proposes: the help under each choice speaks to them. */
  proposer: Side;
  /** A note to the other side; the opening form has the description instead. */
  withNote?: boolean;
  disabled?: boolean;
}

const HELP: Record<Side, Record<ResolutionKind, string>> = {
  buyer: {
    refund: "You keep the items and get back what you paid for them.",
    partial_refund: "You keep the items and get part of the price back, the amount you name.",
    return_and_refund: "You send the items back and get back what you paid once the seller receives them.",
  },
  seller: {
    refund: "The buyer keeps the items and gets back what they paid for them.",
    partial_refund: "The buyer keeps the items and gets part of the price back, the amount you name.",
    return_and_refund: "The buyer sends the items back; you refund what they paid once you receive them.",
  },
};

/** The wanted resolution (radio), its amount for a partial refund, and a note: opening and answering alike. */
export function ResolutionFields(props: ResolutionFieldsProps) {
  const { idPrefix, values, errors, onChange, currency, maxMinor, disabled } = props;
  const example = (12.5).toFixed(fractionDigitsOf(currency));
  const most = maxMinor ? formatMoney({ amountMinor: maxMinor, currency }) : null;
  return (
    <Stack gap="md">
      <Radio.Group
        id={`${idPrefix}-resolution`}
        label={props.legend}
        value={values.kind ?? ""}
        onChange={(kind) => onChange({ kind: ResolutionKind.parse(kind) })}
        error={errors.kind}
        required
      >
        <Stack gap="xs" mt="xs">
          {ResolutionKind.options.map((kind) => (
            <Radio
              key={kind}
              value={kind}
              label={RESOLUTION_LABELS[kind]}
              description={HELP[props.proposer][kind]}
              disabled={disabled}
              // The group's id goes to its first radio, so that the focus lands there on an error.
              id={kind === ResolutionKind.options[0] ? `${idPrefix}-resolution-first` : undefined}
            />
          ))}
        </Stack>
      </Radio.Group>
      {values.kind === "partial_refund" && (
        <TextInput
          id={`${idPrefix}-amount`}
          label={`Amount of the partial refund (${currency})`}
          description={
            most
              ? `For example ${example}. At most ${most}, what was paid for the disputed items.`
              : `For example ${example}.`
          }
          inputMode="decimal"
          autoComplete="off"
          leftSection={
            <Text size="sm" c="dimmed" aria-hidden="true">
              {currency}
            </Text>
          }
          leftSectionWidth={48}
          value={values.amount}
          onChange={(event) => onChange({ amount: event.currentTarget.value })}
          error={errors.amount}
          required
          maw={420}
          disabled={disabled}
        />
      )}
      {props.withNote !== false && (
        <Textarea
          id={`${idPrefix}-note`}
          label="Note to the other side (optional)"
          description="A few words on why this is fair. Any language."
          value={values.note}
          onChange={(event) => onChange({ note: event.currentTarget.value })}
          error={errors.note}
          autosize
          minRows={2}
          maxRows={6}
          maxLength={2000}
          disabled={disabled}
        />
      )}
    </Stack>
  );
}
