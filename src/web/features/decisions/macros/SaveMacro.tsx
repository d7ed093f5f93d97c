import { Button, Checkbox, Group, Paper, Stack, Text, TextInput } from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useRef, useState } from "react";
import type { CaseDetail } from "../../../../contracts/console.ts";
import { CreateMacro } from "../../../../contracts/decisions.ts";
import { DEPARTMENT_NAMES, type DepartmentId } from "../../../../contracts/report-types.ts";
import { ApiError } from "../../../api/http.ts";
import type { FormErrors } from "../../../ui/form-errors.ts";
import { errorMessageOf } from "../../../ui/QueryState.tsx";
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
        notifications.show({ message: `Macro “${macro.name}” saved.`, color: "green" });
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
          Save as macro
        </Button>
      </Group>
    );

  // Not a <form>: it sits inside the decision form, and forms do not nest.
  return (
    <Paper withBorder p="sm" role="group" aria-label="Save as macro">
      <Stack gap="xs">
        <TextInput
          id={NAME_ID}
          label="Macro name"
          description="Shown in “Apply a macro”; at least 3 characters."
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
            label={`Offer it only in ${DEPARTMENT_NAMES[department]}`}
            checked={onlyDepartment}
            onChange={(event) => setOnlyDepartment(event.currentTarget.checked)}
          />
        )}
        {incomplete && (
          <Text size="sm" c="red" role="alert">
            Only a complete decision can be saved: fix the fields marked above first.
          </Text>
        )}
        <Group gap="xs" justify="flex-end">
          <Button variant="default" onClick={close}>
            Cancel saving
          </Button>
          <Button variant="light" onClick={save} loading={create.isPending}>
            Save macro
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
