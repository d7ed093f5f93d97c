import { z } from "zod";
import type { FieldDescriptor, ReportTypeInfo } from "./report-types.ts";

function fieldSchema(field: FieldDescriptor): z.ZodType {
  const max = field.maxLength ?? 5000;
  switch (field.kind) {
    case "checkbox":
      return field.required ? z.literal(true, { error: "Please confirm this statement." }) : z.boolean();
    case "select": {
      if (field.optionsFrom)
        return z
          .string({ error: "Please choose one of the options." })
          .min(1, "Please choose one of the options.")
          .max(100);
      const values = (field.options ?? []).map((o) => o.value) as [string, ...string[]];
      return z.enum(values, { error: "Please choose one of the options." });
    }
    case "multiselect": {
      const values = (field.options ?? []).map((o) => o.value) as [string, ...string[]];
      return z.array(z.enum(values)).min(field.required ? 1 : 0, "Please choose at least one option.");
    }
    case "url":
      return z
        .url({ protocol: /^https?$/, error: "Enter a full link starting with http:// or https://." })
        .max(max);
    case "email":
      return z.email("Enter a valid email address.").max(254);
    case "date":
      return z.iso.date({ error: "Enter a date as YYYY-MM-DD." });
    default:
      return z
        .string({ error: "This field is required." })
        .trim()
        .min(field.required ? 1 : 0, "This field is required.")
        .max(max, `At most ${max} characters.`);
  }
}

function isShown(field: FieldDescriptor, values: Record<string, unknown>): boolean {
  if (!field.showWhen) return true;
  const other = values[field.showWhen.field];
  return typeof other === "string" && field.showWhen.equals.includes(other);
}

/**
 * The Zod schema of a report type's `details`, built from its field descriptors so that the form the web
 * draws and the check the server runs cannot drift apart. Hidden conditional fields are dropped.
 */
export function detailsSchemaFor(type: ReportTypeInfo) {
  // Built once per type: Zod compiles a schema on its first parse, which is too slow to repeat per request.
  let schema = schemaCache.get(type);
  if (!schema) {
    schema = buildDetailsSchema(type);
    schemaCache.set(type, schema);
  }
  return schema;
}

const schemaCache = new WeakMap<ReportTypeInfo, ReturnType<typeof buildDetailsSchema>>();

function buildDetailsSchema(type: ReportTypeInfo) {
  const shape: Record<string, z.ZodType> = {};
  for (const field of type.fields) {
    const base = fieldSchema(field);
    shape[field.name] = field.required && !field.showWhen ? base : base.optional();
  }
  return z
    .object(shape)
    .strict()
    .superRefine((values, ctx) => {
      for (const field of type.fields) {
        if (field.showWhen && field.required && isShown(field, values) && values[field.name] === undefined) {
          ctx.addIssue({ code: "custom", path: [field.name], message: "This field is required." });
        }
      }
    })
    .transform((values) => {
      const kept: Record<string, unknown> = {};
      for (const field of type.fields) {
        const value = values[field.name];
        if (value !== undefined && value !== "" && isShown(field, values)) kept[field.name] = value;
      }
      return kept;
    });
}

export function isFieldShown(field: FieldDescriptor, values: Record<string, unknown>): boolean {
  return isShown(field, values);
}
