import { DEFAULT_THEME, defaultCssVariablesResolver, mergeMantineTheme } from "@mantine/core";
import { describe, expect, it } from "vitest";
import { contrast, PAGE, RAISED, WHITE } from "./palette.ts";
import { cssVariablesResolver, theme } from "./theme.ts";

// The colours components actually draw with, computed the way MantineProvider computes its CSS variables.
const fullTheme = mergeMantineTheme(DEFAULT_THEME, theme);
const defaults = defaultCssVariablesResolver(fullTheme);
const ours = cssVariablesResolver(fullTheme);
const variables: Record<string, string> = {
  ...defaults.variables,
  ...defaults.light,
  ...ours.variables,
  ...ours.light,
} as Record<string, string>;

/** Follows var(--x) references down to a colour. */
function resolve(name: string): string {
  let value = variables[name];
  for (let depth = 0; value?.startsWith("var("); depth++) {
    if (depth > 10) throw new Error(`${name} does not resolve`);
    value = variables[value.slice(4, -1).trim()];
  }
  if (!value) throw new Error(`${name} is not set`);
  return value;
}

const COLORS = Object.keys(fullTheme.colors).filter((name) => name !== "dark");
const SURFACES = { white: WHITE, page: PAGE, raised: RAISED };

describe("theme colours meet WCAG AA in the light scheme", () => {
  it.each(COLORS)("%s: white text on filled buttons and badges, also on hover", (color) => {
    expect(contrast(resolve(`--mantine-color-${color}-filled`), WHITE)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(resolve(`--mantine-color-${color}-filled-hover`), WHITE)).toBeGreaterThanOrEqual(4.5);
  });

  it.each(COLORS)("%s: light variant text on its tint, and coloured text on every surface", (color) => {
    const tint = resolve(`--mantine-color-${color}-light`);
    expect(contrast(resolve(`--mantine-color-${color}-light-color`), tint)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(resolve(`--mantine-color-${color}-text`), tint)).toBeGreaterThanOrEqual(4.5);
    for (const surface of Object.values(SURFACES)) {
      expect(contrast(resolve(`--mantine-color-${color}-text`), surface)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(resolve(`--mantine-color-${color}-outline`), surface)).toBeGreaterThanOrEqual(4.5);
    }
  });

  it.each(COLORS)("%s: shade 6 is a boundary colour, shades 7 to 9 are text colours", (color) => {
    const shades = fullTheme.colors[color] ?? [];
    for (const surface of Object.values(SURFACES)) {
      expect(contrast(shades[6] ?? "", surface)).toBeGreaterThanOrEqual(3);
      for (const shade of [7, 8, 9])
        expect(contrast(shades[shade] ?? "", surface)).toBeGreaterThanOrEqual(4.5);
    }
  });

  it.each(["dimmed", "placeholder", "error", "anchor"])(
    "--mantine-color-%s reads on every surface and tint",
    (name) => {
      const tints = COLORS.map((color) => resolve(`--mantine-color-${color}-1`));
      const backgrounds =
        name === "dimmed" ? [...Object.values(SURFACES), ...tints] : Object.values(SURFACES);
      for (const background of backgrounds) {
        expect(contrast(resolve(`--mantine-color-${name}`), background)).toBeGreaterThanOrEqual(4.5);
      }
    },
  );

  it("control edges stand out from white and the page at 3:1", () => {
    for (const surface of Object.values(SURFACES)) {
      expect(contrast(resolve("--redress-boundary"), surface)).toBeGreaterThanOrEqual(3);
      expect(contrast(resolve("--mantine-color-default-border"), surface)).toBeGreaterThanOrEqual(3);
    }
  });

  it("the primary colour is indigo and white text reads on it", () => {
    expect(contrast(resolve("--mantine-primary-color-filled"), WHITE)).toBeGreaterThanOrEqual(4.5);
    expect(fullTheme.primaryColor).toBe("indigo");
  });
});
