import { Rating, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";

interface StarsFieldProps {
  id: string;
  label: string;
  value: number;
  onChange: (stars: number) => void;
  error?: string;
  disabled?: boolean;
}

/** The id of a star group's "1 star" button, where the focus goes when the group is in error. */
export const firstStarId = (fieldId: string) => `${fieldId}-0-1`;

/**
 * 1 to 5 stars as a group of radio buttons: arrow keys move between them, and each is named by its
 * number, so that a screen reader says "3 stars, 3 of 5".
 */
export function StarsField({ id, label, value, onChange, error, disabled }: StarsFieldProps) {
  const { t } = useTranslation("feedback");
  const labelId = `${id}-label`;
  const errorId = `${id}-error`;
  return (
    <Stack gap={4}>
      <Text component="span" id={labelId} size="sm" fw={500}>
        {label} <span aria-hidden="true">*</span>
      </Text>
      <Rating
        id={id}
        name={id}
        role="radiogroup"
        aria-labelledby={labelId}
        aria-describedby={error ? errorId : undefined}
        aria-invalid={!!error}
        aria-required
        value={value}
        onChange={onChange}
        getSymbolLabel={(count) => t("stars.count", { count })}
        readOnly={disabled}
        size="lg"
        color="orange.8"
      />
      {error && (
        <Text id={errorId} size="sm" c="red.8">
          {error}
        </Text>
      )}
    </Stack>
  );
}

/** Stars as text (dark amber on white passes AA), read as "4 of 5 stars" as a whole. */
export const STAR_COLOR = "#9a4a00";

/** Stars shown, not given: whole stars, the rest empty. */
export function StarsShown({ stars, size = "sm" }: { stars: number; size?: "xs" | "sm" | "md" | "lg" }) {
  const { t } = useTranslation("feedback");
  const whole = Math.round(stars);
  return (
    <Text
      span
      size={size}
      c={STAR_COLOR}
      role="img"
      aria-label={t("stars.ofFive", { stars })}
      style={{ letterSpacing: 1 }}
    >
      {"★".repeat(whole)}
      {"☆".repeat(5 - whole)}
    </Text>
  );
}
