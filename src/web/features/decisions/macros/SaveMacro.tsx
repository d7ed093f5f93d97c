import { Button, Checkbox, Group, Paper, Stack, Text, TextInput } from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { CaseDetail } from "../../../../contracts/console.ts";
import { CreateMacro } from "../../../../contracts/decisions.ts";
import type { DepartmentId } from "../../../../contracts/report-types.ts";
import { ApiError } from "../../../api/http.ts";
import type { FormErrors } from "../../../ui/form-errors.ts";
import { errorMessageOf } from "../../../ui/QueryState.tsx";
import { departmentName } from "../../../ui/target-kinds.ts";
import type { DecisionFormValues } from "../decision-form.model.ts";
import { useCreateMacro } from "../decisions.api.ts";
import { templateFromValues } from "./decision-template.ts";

interface SaveMacroProps {
  form: UseFormReturnType<DecisionFormValues>;
  targetKind: CaseDetail["targetKind"];
  /** The one department of the case(s) decided; null when they span several. */
  department: DepartmentId | null;
  /** Shows what keeps the form from being a complete decision. */
  onInvalid: (errors: FormErrors, unplaced: string[]) => void;
}

const NAME_ID = "macro-name";

/** "Save as macro": keeps the decision in the form (without the view it was made on) under a name. */
export function SaveMacro({ form, targetKind, department, onInvalid }: SaveMacroProps) {
  const { t } = useTranslation("decisions");
  const [open, setOpen] = useState(false);
  const [name, setName] = useState("");
  const [onlyDepartment, setOnlyDepartment] = useState(true);
  const [error, setError] = useState<string | undefined>();
  const [incomplete, setIncomplete] = useState(false);
  const create = useCreateMacro();
  const toggle = useRef<HTMLButtonElement>(null);

  const close = () => {
    setOpen(false);
    setError(undefined);
    setIncomplete(false);
    requestAnimationFrame(() => toggle.current?.focus());
  };

  const save = () => {
    const checkedName = CreateMacro.shape.name.safeParse(name);
    const checked = templateFromValues(form.values, { targetKind });
    setError(checkedName.success ? undefined : checkedName.error.issues[0]?.message);
    setIncomplete(!checked.ok);
    if (!checked.ok) return onInvalid(checked.errors, checked.unplaced);
    if (!checkedName.success) return document.getElementById(NAME_ID)?.focus();
    const body = {
      name: checkedName.data,
      department: department && onlyDepartment ? department : null,
      decision: checked.template,
    };
    create.mutate(body, {
      onSuccess: (macro) => {
        notifications.show({ message: t("macros.saved", { name: macro.name }), color: "green" });
        setName("");
        close();
      },
      onError: (failure) =>
        setError(
          failure instanceof ApiError ? (failure.fields.name ?? failure.message) : errorMessageOf(failure),
        ),
    });
  };

  if (!open)
    return (
      <Group>
        <Button ref={toggle} variant="default" onClick={() => setOpen(true)}>
          {t("macros.save")}
        </Button>
      </Group>
    );

  // Not a <form>: it sits inside the decision form, and forms do not nest.
  return (
    <Paper withBorder p="sm" role="group" aria-label={t("macros.save")}>
      <Stack gap="xs">
        <TextInput
          id={NAME_ID}
          label={t("macros.name")}
          description={t("macros.nameHelp")}
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          onKeyDown={(event) => {
            if (event.key === "Enter") {
              event.preventDefault();
              save();
            }
          }}
          error={error}
          maxLength={100}
          data-autofocus
          autoFocus
        />
        {department && (
          <Checkbox
            label={t("macros.onlyIn", { department: departmentName(department) })}
            checked={onlyDepartment}
            onChange={(event) => setOnlyDepartment(event.currentTarget.checked)}
          />
        )}
        {incomplete && (
          <Text size="sm" c="red" role="alert">
            {t("macros.incomplete")}
          </Text>
        )}
        <Group gap="xs" justify="flex-end">
          <Button variant="default" onClick={close}>
            {t("macros.cancelSaving")}
          </Button>
          <Button variant="light" onClick={save} loading={create.isPending}>
            {t("macros.saveMacro")}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
