import i18next from "i18next";
import type { FieldDescriptor, ReportTypeId, ReportTypeInfo } from "../../../contracts/report-types.ts";

export interface FieldOption {
  value: string;
  label: string;
}

/** A type-specific field's words as the form and the report's details show them. */
export interface FieldWords {
  label: string;
  help: string;
  options: FieldOption[];
}

/**
 * One of a report type's texts in the interface language. The key is built from the server's ids, which
 * the typed keys cannot know; what the web has no key for (a field a newer server added, a reporter's own
 * right offered as an option) keeps the server's English instead of showing a key.
 */
function typeText(typeId: ReportTypeId, path: string, serverText: string): string {
  return i18next.t(`reportFields:${typeId}.${path}`, { defaultValue: serverText });
}

/** A field's label, help and option labels, by the type's id and the field's name. */
export function fieldWords(typeId: ReportTypeId, field: FieldDescriptor): FieldWords {
  const text = (part: string, serverText: string) =>
    typeText(typeId, `fields.${field.name}.${part}`, serverText);
  return {
    label: text("label", field.label),
    help: text("help", field.help),
    options: (field.options ?? []).map((option) => ({
      value: option.value,
      label: text(`options.${option.value}`, option.label),
    })),
  };
}

/** What the link (or links) of a report of this type should point to. */
export const targetHelpOf = (type: ReportTypeInfo) => typeText(type.id, "targetHelp", type.targetHelp);
