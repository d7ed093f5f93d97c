import { Button, Group, Select, Stack, Text } from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import type { TFunction } from "i18next";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { CaseDetail } from "../../../../contracts/console.ts";
import type { Macro } from "../../../../contracts/decisions.ts";
import type { DepartmentId } from "../../../../contracts/report-types.ts";
import { errorMessageOf } from "../../../ui/QueryState.tsx";
import { departmentName } from "../../../ui/target-kinds.ts";
import type { DecisionFormValues } from "../decision-form.model.ts";
import { useDeleteMacro, useMacros } from "../decisions.api.ts";
import { droppedActions, valuesFromTemplate } from "./decision-template.ts";

interface MacroPickerProps {
  form: UseFormReturnType<DecisionFormValues>;
  /** The departments of the case(s) decided: a macro of another department is not offered. */
  departments: DepartmentId[];
  targetKind: CaseDetail["targetKind"];
}

const PICKER_ID = "macro-picker";

/** The macros grouped by department, for the Select. */
function optionsOf(macros: Macro[], t: TFunction<"decisions">) {
  const groups = new Map<string, { value: string; label: string }[]>();
  for (const macro of macros) {
    const group = macro.department ? departmentName(macro.department) : t("macros.any");
    groups.set(group, [...(groups.get(group) ?? []), { value: macro.id, label: macro.name }]);
  }
  return [...groups].map(([group, items]) => ({ group, items }));
}

function placeholderOf(t: TFunction<"decisions">, loading: boolean, all: number, usable: number) {
  if (loading) return t("macros.loading");
  if (all === 0) return t("macros.none");
  return usable === 0 ? t("macros.noneFits") : t("macros.choose");
}

/** "Apply a macro": fills the form from a saved decision, which the moderator still checks. */
export function MacroPicker({ form, departments, targetKind }: MacroPickerProps) {
  const { t } = useTranslation("decisions");
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
      t("macros.filled", { name: macro.name }) +
        (dropped.length ? t("macros.leftOut", { actions: dropped.join(", ") }) : ""),
    );
  };

  const confirmDelete = (macro: Macro) =>
    remove.mutate(macro.id, {
      onSuccess: () => {
        apply(null);
        requestAnimationFrame(() => document.getElementById(PICKER_ID)?.focus());
        notifications.show({ message: t("macros.deleted", { name: macro.name }), color: "green" });
      },
      onError: (error) =>
        notifications.show({
          title: t("macros.deleteFailed"),
          message: errorMessageOf(error),
          color: "red",
        }),
    });

  return (
    <Stack gap={6}>
      <Select
        id={PICKER_ID}
        label={t("macros.apply")}
        description={t("macros.applyHelp")}
        placeholder={placeholderOf(t, macros.isPending, macros.data?.items.length ?? 0, usable.length)}
        data={optionsOf(usable, t)}
        value={chosenId}
        onChange={apply}
        disabled={macros.isPending || usable.length === 0}
        error={macros.isError ? t("macros.loadFailed", { message: errorMessageOf(macros.error) }) : undefined}
        searchable
        clearable
        nothingFoundMessage={t("macros.noName")}
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
            {t("macros.delete")}
          </Button>
        </Group>
      )}
      {chosen && confirming && (
        <Group gap="xs" wrap="wrap">
          <Text size="sm">{t("macros.confirmDelete", { name: chosen.name })}</Text>
          <Button
            color="red"
            size="compact-sm"
            loading={remove.isPending}
            onClick={() => confirmDelete(chosen)}
          >
            {t("macros.yesDelete")}
          </Button>
          {/* The safe choice takes the focus, as the button that was pressed is gone. */}
          <Button variant="default" size="compact-sm" onClick={keep} autoFocus>
            {t("macros.keep")}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
