import { Button, Checkbox, Group, Paper, Text, VisuallyHidden } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { QueueSelection } from "./useQueueSelection.ts";

/** "Select all on this page", above the list. */
export function SelectAllCheckbox({ selection, count }: { selection: QueueSelection; count: number }) {
  const { t } = useTranslation("cases");
  const selected = selection.selected.length;
  return (
    <Checkbox
      label={t("queue.selectAll")}
      checked={count > 0 && selected === count}
      indeterminate={selected > 0 && selected < count}
      onChange={(event) => selection.setAll(event.currentTarget.checked)}
      disabled={count === 0}
    />
  );
}

interface SelectionBarProps {
  selection: QueueSelection;
  onDecide: () => void;
}

/** Stays in view at the bottom while cases are selected: how many, and what can be done with them. */
export function SelectionBar({ selection, onDecide }: SelectionBarProps) {
  const { t } = useTranslation("cases");
  const count = selection.selected.length;
  return (
    <>
      {/* Always in the page, so that screen readers hear the count change. */}
      <VisuallyHidden role="status">{count > 0 ? t("queue.selectedCount", { count }) : ""}</VisuallyHidden>
      {count > 0 && (
        <Paper
          withBorder
          shadow="md"
          p="sm"
          role="region"
          aria-label={t("queue.selectedCases")}
          style={{ position: "sticky", bottom: 12, zIndex: 5 }}
        >
          <Group justify="space-between" gap="xs" wrap="wrap">
            <Text fw={600}>{t("queue.selectedCount", { count })}</Text>
            <Group gap="xs" wrap="wrap">
              <Button variant="default" size="sm" px="sm" onClick={selection.clear}>
                {t("queue.clearSelection")}
              </Button>
              <Button size="sm" px="sm" onClick={onDecide}>
                {t("queue.decideSelected")}
              </Button>
            </Group>
          </Group>
        </Paper>
      )}
    </>
  );
}
