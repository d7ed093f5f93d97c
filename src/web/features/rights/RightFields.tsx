import { Checkbox, Group, MultiSelect, Select, SimpleGrid, TextInput } from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { NICE_CLASS_MAX, NICE_CLASS_MIN, RightType } from "../../../contracts/rights.ts";
import { FieldLabel } from "../../ui/FieldLabel.tsx";
import { HelpButton } from "../../ui/HelpButton.tsx";
import type { RightValues } from "./right-form.model.ts";
import { rightsFieldId as id } from "./right-form.model.ts";
import { rightTypeName } from "./rights.labels.ts";

const CLASS_NUMBERS = Array.from(
  { length: NICE_CLASS_MAX - NICE_CLASS_MIN + 1 },
  (_, i) => i + NICE_CLASS_MIN,
);

/** The facts of a right, each with its label and "?" help; classes only for trademarks. */
export function RightFields({ form, disabled }: { form: UseFormReturnType<RightValues>; disabled: boolean }) {
  const { t } = useTranslation("rights");
  const input = (key: keyof RightValues) => ({ ...form.getInputProps(key), id: id(key), disabled });
  const typeOptions = RightType.options.map((value) => ({ value, label: rightTypeName(value) }));
  const classOptions = CLASS_NUMBERS.map((number) => ({
    value: String(number),
    label: t("fields.classOption", { number }),
  }));
  const trademark = form.values.type === "trademark";
  const copyright = form.values.type === "copyright";
  return (
    <>
      <div>
        <FieldLabel htmlFor={id("type")} label={t("fields.type")} help={t("fields.help.type")} required />
        <Select
          {...input("type")}
          data={typeOptions}
          placeholder={t("fields.chooseOne")}
          allowDeselect={false}
          comboboxProps={{ withinPortal: true }}
        />
      </div>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <div>
          <FieldLabel
            htmlFor={id("registrationNumber")}
            label={t("fields.registrationNumber")}
            help={t("fields.help.registrationNumber")}
            required
          />
          <TextInput {...input("registrationNumber")} maxLength={100} autoComplete="off" />
        </div>
        <div>
          <FieldLabel
            htmlFor={id("office")}
            label={t("fields.office")}
            help={t("fields.help.office")}
            required
          />
          <TextInput {...input("office")} maxLength={100} autoComplete="off" />
        </div>
      </SimpleGrid>
      {trademark && (
        <div>
          <FieldLabel
            htmlFor={id("classes")}
            label={t("fields.classes")}
            help={t("fields.help.classes")}
            required
          />
          <MultiSelect
            {...input("classes")}
            data={classOptions}
            searchable
            placeholder={t("fields.chooseMore")}
            hidePickedOptions
            comboboxProps={{ withinPortal: true }}
          />
        </div>
      )}
      <div>
        <FieldLabel
          htmlFor={id("ownerName")}
          label={t("fields.ownerName")}
          help={t("fields.help.ownerName")}
          required
        />
        <TextInput {...input("ownerName")} maxLength={200} autoComplete="off" />
      </div>
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
        <div>
          <FieldLabel
            htmlFor={id("validFrom")}
            label={t("fields.validFrom")}
            help={t("fields.help.validFrom")}
            required
          />
          <TextInput {...input("validFrom")} type="date" />
        </div>
        <div>
          <FieldLabel
            htmlFor={id("validTo")}
            label={t("fields.validTo")}
            help={t("fields.help.validTo")}
            required={!copyright}
          />
          <TextInput {...input("validTo")} type="date" />
        </div>
      </SimpleGrid>
      <Group gap={6} wrap="nowrap" align="flex-start">
        <Checkbox
          {...form.getInputProps("actsAsAgent", { type: "checkbox" })}
          id={id("actsAsAgent")}
          disabled={disabled}
          label={t("fields.agent")}
        />
        <HelpButton label={t("fields.agent")} help={t("fields.help.agent")} />
      </Group>
    </>
  );
}
