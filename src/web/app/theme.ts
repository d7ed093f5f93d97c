import { type CSSVariablesResolver, createTheme, DEFAULT_THEME } from "@mantine/core";
import {
  accessiblePalette,
  BOUNDARY_RATIO,
  darkenUntil,
  PAGE,
  RAISED,
  secondaryTextBackgrounds,
  TEXT_RATIO,
  WHITE,
} from "./palette.ts";

// Every colour a component draws text or a boundary with meets WCAG AA; see docs/decisions/012.
export const palette = accessiblePalette();
const gray = palette.gray ?? DEFAULT_THEME.colors.gray;

/** Secondary text (`c="dimmed"`, placeholders): grey, but ≥ 4.5:1 on every light surface of the app. */
export const dimmedColor = darkenUntil(gray[6], secondaryTextBackgrounds(palette), TEXT_RATIO);

/** The edge of inputs, checkboxes, radios and switches: ≥ 3:1 on white and on the page. */
export const boundaryColor = darkenUntil(gray[6], [WHITE, PAGE, RAISED], BOUNDARY_RATIO);

export const theme = createTheme({
  colors: palette,
  primaryColor: "indigo",
  // Shade 7 is the first that carries white text at 4.5:1 in every colour of the palette.
  primaryShade: { light: 7, dark: 8 },
  defaultRadius: "md",
  focusRing: "auto",
  fontFamily:
    "Inter, system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', sans-serif",
  headings: { fontWeight: "700" },
  components: {
    Button: { defaultProps: { radius: "md" } },
    Card: { defaultProps: { withBorder: true, radius: "md", padding: "lg" } },
    Paper: { defaultProps: { radius: "md" } },
    // A table wider than a phone scrolls sideways: keyboard users must be able to reach it to scroll.
    // (native: the focusable element is then the one that scrolls, not a wrapper around it)
    TableScrollContainer: { defaultProps: { type: "native", tabIndex: 0 } },
    // Every notification shown through @mantine/notifications renders this component.
    Notification: { defaultProps: { closeButtonProps: { "aria-label": "Close notification" } } },
  },
});

/** Mantine's light-scheme variables that default to shades too pale to read. */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: { "--redress-boundary": boundaryColor },
  light: {
    "--mantine-color-dimmed": dimmedColor,
    "--mantine-color-placeholder": dimmedColor,
    "--mantine-color-error": "var(--mantine-color-red-8)",
    "--mantine-color-default-border": boundaryColor,
  },
  dark: {},
});
