import { describe, expect, it } from "vitest";
import { LANGUAGES } from "./languages.ts";
import { namespaces } from "./namespaces.ts";
import type { TextTree } from "./text.ts";

/** Every key path of a tree, with its string. */
function leaves(tree: TextTree, prefix = ""): Map<string, string> {
  const found = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") found.set(path, value);
    else for (const [inner, text] of leaves(value, path)) found.set(inner, text);
  }
  return found;
}

// Trans reads these as empty HTML elements: a link named <link> would render without its words.
const VOID_TAGS = [
  "area",
  "base",
  "br",
  "col",
  "embed",
  "hr",
  "img",
  "input",
  "link",
  "meta",
  "source",
  "track",
  "wbr",
];
const voidTagsIn = (text: string) =>
  [...text.matchAll(/<\/?([a-z][a-z0-9]*)\b/gi)]
    .map((m) => m[1]!.toLowerCase())
    .filter((tag) => VOID_TAGS.includes(tag));

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe("UI text", () => {
  for (const [name, text] of Object.entries(namespaces)) {
    const english = leaves(text.en);
    it(`${name}: no text names a tag that Trans would draw empty`, () => {
      for (const [path, value] of english) expect(voidTagsIn(value), `${name}:${path}`).toEqual([]);
    });
    for (const { code } of LANGUAGES.slice(1)) {
      it(`${name}: ${code} has every English key, none empty, with the same placeholders`, () => {
        const other = leaves(text[code] as TextTree);
        expect([...other.keys()].sort()).toEqual([...english.keys()].sort());
        for (const [path, value] of other) {
          expect(value.trim(), `${name}:${path}`).not.toBe("");
          expect(placeholders(value), `${name}:${path}`).toEqual(placeholders(english.get(path) ?? ""));
          expect(voidTagsIn(value), `${name}:${path}`).toEqual([]);
        }
      });
    }
  }
});
