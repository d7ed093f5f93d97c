import { Checkbox, Group, MultiSelect, NumberInput, Radio, Stack, Text } from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import { useTranslation } from "react-i18next";
import type { CaseDetail } from "../../../contracts/console.ts";
import { EEA_COUNTRIES, type EnforcementType } from "../../../contracts/decisions.ts";
import { countryName } from "../../ui/format.ts";
import { availableActions, type DecisionFormValues, decisionFieldId } from "./decision-form.model.ts";
import { actionWords } from "./decisions.labels.ts";

type Form = UseFormReturnType<DecisionFormValues>;

/** The EU and EEA countries by name in the interface language, sorted. */
const countryOptions = () =>
  EEA_COUNTRIES.map((code) => ({ value: code, label: `${countryName(code)} (${code})` })).sort((a, b) =>
    a.label.localeCompare(b.label),
  );

function DaysInput({ form, name, label, help }: { form: Form; name: string; label: string; help: string }) {
  const { t } = useTranslation("decisions");
  return (
    <NumberInput
      {...form.getInputProps(name)}
      id={decisionFieldId(name)}
      label={label}
      description={help}
      min={1}
      max={365}
      allowDecimal={false}
      allowNegative={false}
      suffix={t("fields.days")}
      maw={260}
    />
  );
}

/** The parameters of one checked action, indented under its checkbox. */
function ActionParameters({ type, form }: { type: EnforcementType; form: Form }) {
  const { t } = useTranslation("decisions");
  switch (type) {
    case "demote_listing":
      return (
        <DaysInput
          form={form}
          name="demoteDays"
          label={t("fields.demoteDays")}
          help={t("fields.demoteHelp")}
        />
      );
    case "restrict_listing":
      return (
        <Stack gap="sm">
          <MultiSelect
            {...form.getInputProps("restrictTerritories")}
            id={decisionFieldId("restrictTerritories")}
            label={t("fields.countries")}
            description={t("fields.countriesHelp")}
            data={countryOptions()}
            searchable
            clearable
            placeholder={t("fields.typeCountry")}
            nothingFoundMessage={t("fields.noCountry")}
            comboboxProps={{ withinPortal: true }}
          />
          <DaysInput
            form={form}
            name="restrictDays"
            label={t("fields.restrictDays")}
            help={t("fields.restrictHelp")}
          />
        </Stack>
      );
    case "strike":
      return (
        <Radio.Group {...form.getInputProps("strikeSeverity")} label={t("fields.severity")}>
          <Group gap="lg" mt={6}>
            <Radio id={decisionFieldId("strikeSeverity")} value="general" label={t("fields.general")} />
            <Radio value="serious" label={t("fields.serious")} />
          </Group>
        </Radio.Group>
      );
    case "freeze_store":
      return (
        <DaysInput
          form={form}
          name="freezeStoreDays"
          label={t("fields.freezeDays")}
          help={t("fields.freezeHelp")}
        />
      );
    case "freeze_payouts":
      return (
        <DaysInput
          form={form}
          name="freezePayoutsDays"
          label={t("fields.payoutDays")}
          help={t("fields.payoutHelp")}
        />
      );
    default:
      return null;
  }
}

interface ActionFieldsProps {
  form: Form;
  targetKind: CaseDetail["targetKind"];
  /** Why some actions are not offered, in place of what the kind of target says. */
  note?: string;
}

const KIND_NOTES = {
  store: "fields.storeNote",
  message: "fields.messageNote",
  feedback: "fields.feedbackNote",
} as const;

/** The enforcement actions to take, each a checkbox with its parameters. */
export function ActionFields({ form, targetKind, note }: ActionFieldsProps) {
  const { t } = useTranslation("decisions");
  const types = availableActions(targetKind);
  const error = form.errors.actions;
  const shownNote = note ?? (targetKind === "listing" ? undefined : t(KIND_NOTES[targetKind]));
  return (
    <Stack
      component="fieldset"
      gap="sm"
      style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}
      aria-describedby={error ? "decision-actions-error" : undefined}
    >
      <Text component="legend" fw={600} size="sm" mb={4} p={0}>
        {t("fields.whatToDo")}
      </Text>
      {shownNote && (
        <Text size="xs" c="dimmed">
          {shownNote}
        </Text>
      )}
      {types.map((type, i) => (
        <Stack key={type} gap={6}>
          <Checkbox
            {...form.getInputProps(`actions.${type}`, { type: "checkbox" })}
            id={i === 0 ? decisionFieldId("actions") : undefined}
            label={actionWords(type, targetKind).label}
            description={actionWords(type, targetKind).help}
          />
          {form.values.actions[type] && (
            <Stack pl={32} gap="xs">
              <ActionParameters type={type} form={form} />
            </Stack>
          )}
        </Stack>
      ))}
      {error && (
        <Text c="red" size="sm" id="decision-actions-error" role="alert">
          {error}
        </Text>
      )}
    </Stack>
  );
}
