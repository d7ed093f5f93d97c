import { Button, Group, Select, Stack, Text } from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useRef, useState } from "react";
import type { CaseDetail } from "../../../../contracts/console.ts";
import type { Macro } from "../../../../contracts/decisions.ts";
import { DEPARTMENT_NAMES, type DepartmentId } from "../../../../contracts/report-types.ts";
import { errorMessageOf } from "../../../ui/QueryState.tsx";
import type { DecisionFormValues } from "../decision-form.model.ts";
import { useDeleteMacro, useMacros } from "../decisions.api.ts";
import { droppedActions, valuesFromTemplate } from "./decision-template.ts";

interface MacroPickerProps {
  form: UseFormReturnType<DecisionFormValues>;
  /** The departments of the case(s) decided: a macro of another department is not offered. */
  departments: DepartmentId[];
  targetKind: CaseDetail["targetKind"];
}

const ANY = "Any department";
const PICKER_ID = "macro-picker";

/** The macros grouped by department, for the Select. */
function optionsOf(macros: Macro[]) {
  const groups = new Map<string, { value: string; label: string }[]>();
  for (const macro of macros) {
    const group = macro.department ? DEPARTMENT_NAMES[macro.department] : ANY;
    groups.set(group, [...(groups.get(group) ?? []), { value: macro.id, label: macro.name }]);
  }
  return [...groups].map(([group, items]) => ({ group, items }));
}

function placeholderOf(loading: boolean, all: number, usable: number) {
  if (loading) return "Loading macros…";
  if (all === 0) return "No saved macros yet";
  return usable === 0 ? "No macro fits these cases" : "Choose a macro";
}

/** "Apply a macro": fills the form from a saved decision, which the moderator still checks. */
export function MacroPicker({ form, departments, targetKind }: MacroPickerProps) {
  const macros = useMacros(true);
  const remove = useDeleteMacro();
  const [chosenId, setChosenId] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [note, setNote] = useState("");
  const deleteButton = useRef<HTMLButtonElement>(null);
  const keep = () => {
    setConfirming(false);
    requestAnimationFrame(() => deleteButton.current?.focus());
  };
  const usable = (macros.data?.items ?? []).filter(
    (m) => !m.department || departments.every((d) => d === m.department),
  );
  const chosen = usable.find((m) => m.id === chosenId);

  const apply = (id: string | null) => {
    setChosenId(id);
    setConfirming(false);
    const macro = usable.find((m) => m.id === id);
    if (!macro) return setNote("");
    form.setValues(valuesFromTemplate(macro.decision));
    form.clearErrors();
    const dropped = droppedActions(macro.decision, { targetKind });
    setNote(
      `Filled in from “${macro.name}”. Check it before you confirm.` +
        (dropped.length ? ` Left out, as they apply to listings only: ${dropped.join(", ")}.` : ""),
    );
  };

  const confirmDelete = (macro: Macro) =>
    remove.mutate(macro.id, {
      onSuccess: () => {
        apply(null);
        requestAnimationFrame(() => document.getElementById(PICKER_ID)?.focus());
        notifications.show({ message: `Macro “${macro.name}” deleted.`, color: "green" });
      },
      onError: (error) =>
        notifications.show({
          title: "Could not delete the macro",
          message: errorMessageOf(error),
          color: "red",
        }),
    });

  return (
    <Stack gap={6}>
      <Select
        id={PICKER_ID}
        label="Apply a macro"
        description="Fills in the form with a saved decision. “Save as macro” below keeps the one you write."
        placeholder={placeholderOf(macros.isPending, macros.data?.items.length ?? 0, usable.length)}
        data={optionsOf(usable)}
        value={chosenId}
        onChange={apply}
        disabled={macros.isPending || usable.length === 0}
        error={macros.isError ? `Could not load the macros: ${errorMessageOf(macros.error)}` : undefined}
        searchable
        clearable
        nothingFoundMessage="No macro has this name"
        comboboxProps={{ withinPortal: true }}
      />
      <Text size="xs" c="dimmed" role="status">
        {note}
      </Text>
      {chosen && !confirming && (
        <Group>
          <Button
            ref={deleteButton}
            variant="subtle"
            color="red"
            size="compact-sm"
            onClick={() => setConfirming(true)}
          >
            Delete macro
          </Button>
        </Group>
      )}
      {chosen && confirming && (
        <Group gap="xs" wrap="wrap">
          <Text size="sm">Delete “{chosen.name}” for everyone?</Text>
          <Button
            color="red"
            size="compact-sm"
            loading={remove.isPending}
            onClick={() => confirmDelete(chosen)}
          >
            Yes, delete
          </Button>
          {/* The safe choice takes the focus, as the button that was pressed is gone. */}
          <Button variant="default" size="compact-sm" onClick={keep} autoFocus>
            Keep it
          </Button>
        </Group>
      )}
    </Stack>
  );
}
