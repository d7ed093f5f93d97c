import i18next from "i18next";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FieldDescriptor, REPORT_TYPES, reportTypeById } from "../../../contracts/report-types.ts";
import { startTextForTests } from "../../i18n/testing.ts";
import type { TextTree } from "../../i18n/text.ts";
import { fieldWords, targetHelpOf } from "./field-words.ts";
import { reportFieldsText } from "./report-fields.text.ts";

/** A field's words as the contract writes them, in the namespace's shape. */
function contractWordsOf(field: FieldDescriptor): TextTree {
  const words = { label: field.label, help: field.help };
  if (!field.options) return words;
  return { ...words, options: Object.fromEntries(field.options.map((o) => [o.value, o.label])) };
}

/** Every report type's words as the server sends them, keyed as the web's namespace keys them. */
const contractWords = Object.fromEntries(
  REPORT_TYPES.map((type) => [
    type.id,
    {
      targetHelp: type.targetHelp,
      fields: Object.fromEntries(type.fields.map((field) => [field.name, contractWordsOf(field)])),
    },
  ]),
);

/** Each text's place in a tree, e.g. `copyright.fields.workKind.options.photos`. */
function paths(tree: TextTree, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return typeof value === "string" ? [path] : paths(value, path);
  });
}

const textAt = (tree: TextTree, path: string) =>
  path.split(".").reduce<TextTree | string | undefined>((node, key) => {
    return typeof node === "object" ? node[key] : undefined;
  }, tree);

describe("the report types' words on the form", () => {
  it("are, in English, the contract's own: every type, field and option, no more", () => {
    expect(reportFieldsText.en).toEqual(contractWords);
  });

  for (const type of REPORT_TYPES) {
    it(`${type.id}: every field, its help and each option has German words`, () => {
      for (const path of paths(contractWords[type.id] as TextTree, type.id)) {
        const german = textAt(reportFieldsText.de, path);
        expect(typeof german, path).toBe("string");
        expect((german as string).trim(), path).not.toBe("");
      }
    });
  }
});

describe("a field's words in the interface language", () => {
  beforeAll(() => startTextForTests("de"));
  afterAll(() => i18next.changeLanguage("en"));

  const violation = reportTypeById("listing_violation").fields[0]!;

  it("shows the label, help and options in German", () => {
    const words = fieldWords("listing_violation", violation);
    expect(words.label).toBe("Gegen welche Regel es verstößt");
    expect(words.help).toMatch(/^Wählen Sie die Regel/);
    expect(words.options[0]).toEqual({ value: "counterfeit", label: "Gefälschte oder nachgemachte Waren" });
    expect(targetHelpOf(reportTypeById("copyright"))).toBe(
      "Der Link zu dem Angebot oder Shop, in dem Ihr Werk genutzt wird.",
    );
  });

  it("keeps the server's words for a field or option the web does not know yet", () => {
    const newer: FieldDescriptor = {
      ...violation,
      name: "newerField",
      label: "A newer field",
      help: "Sent by a newer server.",
    };
    const words = fieldWords("listing_violation", newer);
    expect(words.label).toBe("A newer field");
    expect(words.help).toBe("Sent by a newer server.");
    const withNewOption = {
      ...violation,
      options: [...violation.options!, { value: "new_rule", label: "A new rule" }],
    };
    expect(fieldWords("listing_violation", withNewOption).options.at(-1)?.label).toBe("A new rule");
  });

  it("follows a switch of language", async () => {
    await i18next.changeLanguage("en");
    expect(fieldWords("listing_violation", violation).label).toBe("Which rule it breaks");
    await i18next.changeLanguage("de");
  });
});
