import { DEFAULT_THEME, darken, luminance, type MantineColorsTuple } from "@mantine/core";

/** WCAG 2 contrast ratio of two colours (1 to 21). */
export function contrast(a: string, b: string): number {
  const [first, second] = [luminance(a), luminance(b)];
  return (Math.max(first, second) + 0.05) / (Math.min(first, second) + 0.05);
}

/**
 * Darkens a colour just enough to reach `ratio` against every background given, keeping its hue.
 * The small margin above the WCAG figures keeps rounding in browsers and checkers on the safe side.
 */
export function darkenUntil(color: string, backgrounds: readonly string[], ratio: number): string {
  for (let step = 0; step <= 100; step++) {
    const candidate = step === 0 ? color : toHex(darken(color, step / 100));
    if (backgrounds.every((bg) => contrast(candidate, bg) >= ratio)) return candidate;
  }
  return "#000000";
}

function toHex(rgb: string): string {
  const channels = rgb.match(/\d+(\.\d+)?/g)?.slice(0, 3) ?? ["0", "0", "0"];
  return `#${channels.map((c) => Math.round(Number(c)).toString(16).padStart(2, "0")).join("")}`;
}

export const TEXT_RATIO = 4.6;
export const BOUNDARY_RATIO = 3.1;

export const WHITE = "#ffffff";
/** The page background (body) and raised grey surfaces. */
export const PAGE = DEFAULT_THEME.colors.gray[0];
export const RAISED = DEFAULT_THEME.colors.gray[1];

type Palette = Record<string, MantineColorsTuple>;

/**
 * Mantine's palette with shades 6–9 darkened where they are too light to read:
 * shade 6 is a boundary colour (≥ 3:1 on white and the page), shades 7–9 are text colours
 * (≥ 4.5:1 on white, the page, and the colour's own light background, shade 1). White text on
 * shades 7–9 passes too, so filled buttons and badges use shade 7. Shades 0–5 are unchanged.
 */
export function accessiblePalette(colors: Palette = DEFAULT_THEME.colors): Palette {
  const result: Palette = {};
  for (const [name, shades] of Object.entries(colors)) {
    result[name] = name === "dark" ? shades : accessibleShades(shades);
  }
  return result;
}

function accessibleShades(shades: MantineColorsTuple): MantineColorsTuple {
  const textBackgrounds = [WHITE, PAGE, RAISED, shades[1]];
  const six = darkenUntil(shades[6], [WHITE, PAGE, RAISED], BOUNDARY_RATIO);
  const darker: string[] = [six];
  for (const original of [shades[7], shades[8], shades[9]]) {
    // Each shade stays visibly darker than the one before it (filled buttons darken on hover).
    const stepDarker = toHex(darken(darker[darker.length - 1] ?? six, 0.1));
    const base = luminance(original) <= luminance(stepDarker) ? original : stepDarker;
    darker.push(darkenUntil(base, textBackgrounds, TEXT_RATIO));
  }
  const [, seven = six, eight = six, nine = six] = darker;
  return [shades[0], shades[1], shades[2], shades[3], shades[4], shades[5], six, seven, eight, nine];
}

/** Backgrounds that secondary text sits on: white, the page, raised surfaces, and every light tint. */
export function secondaryTextBackgrounds(colors: Palette): string[] {
  const tints = Object.entries(colors)
    .filter(([name]) => name !== "dark")
    .map(([, shades]) => shades[1]);
  return [WHITE, PAGE, RAISED, ...tints];
}
