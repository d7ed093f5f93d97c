import { Radio, Stack, Text, Textarea, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ResolutionKind, type Side } from "../../../contracts/disputes.ts";
import { resolutionLabel } from "./disputes.labels.ts";
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

/** The wanted resolution (radio), its amount for a partial refund, and a note: opening and answering alike. */
export function ResolutionFields(props: ResolutionFieldsProps) {
  const { idPrefix, values, errors, onChange, currency, maxMinor, disabled } = props;
  const { t } = useTranslation("disputes");
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
              label={resolutionLabel(kind)}
              description={t(`resolutionHelp.${props.proposer}.${kind}`)}
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
          label={t("resolutionFields.amount", { currency })}
          description={
            most
              ? t("resolutionFields.amountHelpMost", { example, most })
              : t("resolutionFields.amountHelp", { example })
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
          label={t("resolutionFields.note")}
          description={t("resolutionFields.noteHelp")}
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
