import { Checkbox, Group, MultiSelect, Select, SimpleGrid, TextInput } from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import { NICE_CLASS_MAX, NICE_CLASS_MIN, RIGHT_TYPE_NAMES, RightType } from "../../../contracts/rights.ts";
import { FieldLabel } from "../../ui/FieldLabel.tsx";
import { HelpButton } from "../../ui/HelpButton.tsx";
import type { RightValues } from "./right-form.model.ts";
import { rightsFieldId as id } from "./right-form.model.ts";

const TYPE_OPTIONS = RightType.options.map((value) => ({ value, label: RIGHT_TYPE_NAMES[value] }));
const CLASS_OPTIONS = Array.from({ length: NICE_CLASS_MAX - NICE_CLASS_MIN + 1 }, (_, i) => ({
  value: String(i + NICE_CLASS_MIN),
  label: `Class ${i + NICE_CLASS_MIN}`,
}));

const HELP = {
  type: "Trademark: a registered brand name or logo. Copyright: an original work. Patent: an invention. Design: the registered look of a product.",
  registrationNumber:
    "The number printed on the registration certificate, e.g. EU 018000001 or US 1234567. For an unregistered copyright, a reference to the work (title, ISBN, deposit number).",
  office:
    "The office that registered the right, or the country where it is protected, e.g. EUIPO, USPTO, WIPO, CNIPA.",
  classes:
    "The Nice classes (1–45) of goods and services the trademark is registered for, as listed on the certificate.",
  ownerName:
    "The person or company that owns the right, as on the certificate. It is shown to sellers on your complaints.",
  validFrom: "The date the right took effect (filing or registration date).",
  validTo: "The date protection ends or must be renewed. Leave empty for a copyright: it needs none.",
  agent:
    "Tick this if you file for someone else's right, for example as a law firm or brand-protection agency. You then attach the owner's letter of authorisation.",
};

/** The facts of a right, each with its label and "?" help; classes only for trademarks. */
export function RightFields({ form, disabled }: { form: UseFormReturnType<RightValues>; disabled: boolean }) {
  const input = (key: keyof RightValues) => ({ ...form.getInputProps(key), id: id(key), disabled });
  const trademark = form.values.type === "trademark";
  const copyright = form.values.type === "copyright";
  return (
    <>
      <div>
        <FieldLabel htmlFor={id("type")} label="Type of right" help={HELP.type} required />
        <Select
          {...input("type")}
          data={TYPE_OPTIONS}
          placeholder="Choose one"
          allowDeselect={false}
          comboboxProps={{ withinPortal: true }}
        />
      </div>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <div>
          <FieldLabel
            htmlFor={id("registrationNumber")}
            label="Registration number"
            help={HELP.registrationNumber}
            required
          />
          <TextInput {...input("registrationNumber")} maxLength={100} autoComplete="off" />
        </div>
        <div>
          <FieldLabel htmlFor={id("office")} label="Office or jurisdiction" help={HELP.office} required />
          <TextInput {...input("office")} maxLength={100} autoComplete="off" />
        </div>
      </SimpleGrid>
      {trademark && (
        <div>
          <FieldLabel htmlFor={id("classes")} label="Nice classes" help={HELP.classes} required />
          <MultiSelect
            {...input("classes")}
            data={CLASS_OPTIONS}
            searchable
            placeholder="Choose one or more"
            hidePickedOptions
            comboboxProps={{ withinPortal: true }}
          />
        </div>
      )}
      <div>
        <FieldLabel htmlFor={id("ownerName")} label="Owner of the right" help={HELP.ownerName} required />
        <TextInput {...input("ownerName")} maxLength={200} autoComplete="off" />
      </div>
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
        <div>
          <FieldLabel htmlFor={id("validFrom")} label="Valid from" help={HELP.validFrom} required />
          <TextInput {...input("validFrom")} type="date" />
        </div>
        <div>
          <FieldLabel htmlFor={id("validTo")} label="Valid until" help={HELP.validTo} required={!copyright} />
          <TextInput {...input("validTo")} type="date" />
        </div>
      </SimpleGrid>
      <Group gap={6} wrap="nowrap" align="flex-start">
        <Checkbox
          {...form.getInputProps("actsAsAgent", { type: "checkbox" })}
          id={id("actsAsAgent")}
          disabled={disabled}
          label="I act as an agent for the owner"
        />
        <HelpButton label="I act as an agent for the owner" help={HELP.agent} />
      </Group>
    </>
  );
}
