import { Button, Checkbox, Group, Paper, Text, VisuallyHidden } from "@mantine/core";
import type { QueueSelection } from "./useQueueSelection.ts";

/** "Select all on this page", above the list. */
export function SelectAllCheckbox({ selection, count }: { selection: QueueSelection; count: number }) {
  const selected = selection.selected.length;
  return (
    <Checkbox
      label="Select all on this page"
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
  const count = selection.selected.length;
  return (
    <>
      {/* Always in the page, so that screen readers hear the count change. */}
      <VisuallyHidden role="status">{count > 0 ? `${count} selected` : ""}</VisuallyHidden>
      {count > 0 && (
        <Paper
          withBorder
          shadow="md"
          p="sm"
          role="region"
          aria-label="Selected cases"
          style={{ position: "sticky", bottom: 12, zIndex: 5 }}
        >
          <Group justify="space-between" gap="xs" wrap="wrap">
            <Text fw={600}>{count} selected</Text>
            <Group gap="xs" wrap="wrap">
              <Button variant="default" size="sm" px="sm" onClick={selection.clear}>
                Clear selection
              </Button>
              <Button size="sm" px="sm" onClick={onDecide}>
                Decide selected
              </Button>
            </Group>
          </Group>
        </Paper>
      )}
    </>
  );
}
