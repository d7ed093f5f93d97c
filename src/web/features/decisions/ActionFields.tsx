import { Checkbox, Group, MultiSelect, NumberInput, Radio, Stack, Text } from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import type { CaseDetail } from "../../../contracts/console.ts";
import { EEA_COUNTRIES, type EnforcementType } from "../../../contracts/decisions.ts";
import { countryName } from "../../ui/format.ts";
import { availableActions, type DecisionFormValues, decisionFieldId } from "./decision-form.model.ts";
import { ACTIONS } from "./decisions.labels.ts";

type Form = UseFormReturnType<DecisionFormValues>;

const COUNTRY_OPTIONS = EEA_COUNTRIES.map((code) => ({
  value: code,
  label: `${countryName(code)} (${code})`,
})).sort((a, b) => a.label.localeCompare(b.label));

function DaysInput({ form, name, label, help }: { form: Form; name: string; label: string; help: string }) {
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
      suffix=" days"
      maw={260}
    />
  );
}

/** The parameters of one checked action, indented under its checkbox. */
function ActionParameters({ type, form }: { type: EnforcementType; form: Form }) {
  switch (type) {
    case "demote_listing":
      return (
        <DaysInput
          form={form}
          name="demoteDays"
          label="Demote for how many days (optional)"
          help="Leave empty to demote it until the decision is reversed."
        />
      );
    case "restrict_listing":
      return (
        <Stack gap="sm">
          <MultiSelect
            {...form.getInputProps("restrictTerritories")}
            id={decisionFieldId("restrictTerritories")}
            label="Countries where it is hidden"
            description="EU and EEA countries only. Pick every country whose law it breaks."
            data={COUNTRY_OPTIONS}
            searchable
            clearable
            placeholder="Type a country"
            nothingFoundMessage="No such EU or EEA country"
            comboboxProps={{ withinPortal: true }}
          />
          <DaysInput
            form={form}
            name="restrictDays"
            label="Restrict for how many days (optional)"
            help="Leave empty to restrict it until the decision is reversed."
          />
        </Stack>
      );
    case "strike":
      return (
        <Radio.Group {...form.getInputProps("strikeSeverity")} label="Severity of the strike">
          <Group gap="lg" mt={6}>
            <Radio id={decisionFieldId("strikeSeverity")} value="general" label="General" />
            <Radio value="serious" label="Serious" />
          </Group>
        </Radio.Group>
      );
    case "freeze_store":
      return (
        <DaysInput
          form={form}
          name="freezeStoreDays"
          label="Freeze for how many days"
          help="The store cannot sell during this time (1 to 365 days)."
        />
      );
    case "freeze_payouts":
      return (
        <DaysInput
          form={form}
          name="freezePayoutsDays"
          label="Freeze payouts for how many days (optional)"
          help="Leave empty to hold payouts until the freeze is lifted."
        />
      );
    default:
      return null;
  }
}

interface ActionFieldsProps {
  form: Form;
  targetKind: CaseDetail["targetKind"];
  /** Why listing actions are missing, when not all targets are listings. */
  storeNote?: string;
}

/** The enforcement actions to take, each a checkbox with its parameters. */
export function ActionFields({
  form,
  targetKind,
  storeNote = "A store was reported: listing actions do not apply.",
}: ActionFieldsProps) {
  const types = availableActions(targetKind);
  const error = form.errors.actions;
  return (
    <Stack
      component="fieldset"
      gap="sm"
      style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}
      aria-describedby={error ? "decision-actions-error" : undefined}
    >
      <Text component="legend" fw={600} size="sm" mb={4} p={0}>
        What to do
      </Text>
      {targetKind === "store" && (
        <Text size="xs" c="dimmed">
          {storeNote}
        </Text>
      )}
      {types.map((type, i) => (
        <Stack key={type} gap={6}>
          <Checkbox
            {...form.getInputProps(`actions.${type}`, { type: "checkbox" })}
            id={i === 0 ? decisionFieldId("actions") : undefined}
            label={ACTIONS[type].label}
            description={ACTIONS[type].help}
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
