import { Checkbox, Group, MultiSelect, Select, Textarea, TextInput } from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import { useTranslation } from "react-i18next";
import type { FieldDescriptor, ReportTypeId } from "../../../contracts/report-types.ts";
import { FieldLabel } from "../../ui/FieldLabel.tsx";
import { HelpButton } from "../../ui/HelpButton.tsx";
import { fieldWords } from "./field-words.ts";
import { fieldId, type ReportFormValues } from "./report-form.model.ts";

interface DetailFieldProps {
  typeId: ReportTypeId;
  field: FieldDescriptor;
  form: UseFormReturnType<ReportFormValues>;
  disabled: boolean;
}

/**
 * One type-specific field, drawn from its descriptor: the right input, its label, its "?" help, in the
 * interface language.
 */
export function DetailField({ typeId, field, form, disabled }: DetailFieldProps) {
  const { t } = useTranslation("reportForm");
  const words = fieldWords(typeId, field);
  const path = `details.${field.name}`;
  const id = fieldId(path);
  const inputProps = form.getInputProps(path, field.kind === "checkbox" ? { type: "checkbox" } : undefined);
  const common = { id, disabled, required: field.required };

  if (field.kind === "checkbox") {
    return (
      <Group gap={6} wrap="nowrap" align="flex-start">
        <Checkbox
          {...inputProps}
          id={id}
          disabled={disabled}
          label={words.label}
          aria-required={field.required}
        />
        <HelpButton label={words.label} help={words.help} />
      </Group>
    );
  }

  const label = <FieldLabel htmlFor={id} label={words.label} help={words.help} required={field.required} />;
  const { options } = words;
  switch (field.kind) {
    case "select":
      return (
        <div>
          {label}
          <Select
            {...inputProps}
            {...common}
            data={options}
            placeholder={t("detail.chooseOne")}
            allowDeselect={false}
            comboboxProps={{ withinPortal: true }}
          />
        </div>
      );
    case "multiselect":
      return (
        <div>
          {label}
          <MultiSelect {...inputProps} {...common} data={options} placeholder={t("detail.chooseMany")} />
        </div>
      );
    case "textarea":
      return (
        <div>
          {label}
          <Textarea
            {...inputProps}
            {...common}
            maxLength={field.maxLength}
            autosize
            minRows={3}
            maxRows={10}
          />
        </div>
      );
    default:
      return (
        <div>
          {label}
          <TextInput
            {...inputProps}
            {...common}
            maxLength={field.maxLength}
            type={field.kind === "text" ? "text" : field.kind}
            inputMode={field.kind === "url" ? "url" : undefined}
            autoComplete={field.kind === "email" ? "email" : "off"}
          />
        </div>
      );
  }
}
