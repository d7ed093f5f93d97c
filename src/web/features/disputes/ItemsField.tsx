import { Checkbox, Group, NumberInput, Paper, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Order } from "../../../contracts/disputes.ts";
import { formatMoney } from "./money.ts";
import { type ItemChoice, OPEN_DISPUTE_IDS, quantityId } from "./open-dispute.model.ts";

interface ItemsFieldProps {
  order: Order;
  items: ItemChoice[];
  onChange: (index: number, change: Partial<ItemChoice>) => void;
  /** `items` for the whole choice, `items.<row>.quantity` for a row. */
  errors: Record<string, string | undefined>;
  disabled?: boolean;
}

/** Which items the dispute is about, and how many of each (at most as many as were ordered). */
export function ItemsField({ order, items, onChange, errors, disabled }: ItemsFieldProps) {
  const { t } = useTranslation("disputes");
  const currency = order.total.currency;
  const errorId = `${OPEN_DISPUTE_IDS.items}-error`;
  return (
    <fieldset
      style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}
      aria-describedby={errors.items ? errorId : undefined}
    >
      <Text component="legend" size="sm" fw={500} mb={4}>
        {t("items.legend")}{" "}
        <Text span c="red" aria-hidden="true">
          *
        </Text>
      </Text>
      <Text size="xs" c="dimmed" mb="xs">
        {t("items.help")}
      </Text>
      <Stack gap="sm">
        {order.items.map((item, index) => {
          const choice = items[index];
          if (!choice) return null;
          const quantityError = errors[`items.${index}.quantity`];
          return (
            <Paper key={item.id} withBorder p="sm" radius="md">
              <Group gap="md" align="flex-start" justify="space-between" wrap="wrap">
                <Checkbox
                  id={index === 0 ? OPEN_DISPUTE_IDS.items : `dispute-item-${index}`}
                  checked={choice.chosen}
                  onChange={(event) => onChange(index, { chosen: event.currentTarget.checked })}
                  label={item.title}
                  description={t("items.orderedLine", {
                    quantity: item.quantity,
                    price: formatMoney({ amountMinor: item.priceMinor, currency }),
                  })}
                  disabled={disabled}
                  style={{ flex: "1 1 220px" }}
                />
                <NumberInput
                  id={quantityId(index)}
                  label={t("items.howMany", { quantity: item.quantity })}
                  value={choice.quantity}
                  onChange={(value) => onChange(index, { quantity: typeof value === "number" ? value : 0 })}
                  min={1}
                  max={item.quantity}
                  clampBehavior="strict"
                  allowDecimal={false}
                  allowNegative={false}
                  disabled={disabled || !choice.chosen}
                  error={quantityError}
                  w={150}
                  size="sm"
                />
              </Group>
            </Paper>
          );
        })}
      </Stack>
      {errors.items && (
        <Text id={errorId} c="red.8" size="sm" mt="xs" role="alert">
          {errors.items}
        </Text>
      )}
    </fieldset>
  );
}
