import { Button, Divider, Group, Modal, Stack } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useMediaQuery } from "@mantine/hooks";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { CaseDetail } from "../../../contracts/console.ts";
import { ApiError } from "../../api/http.ts";
import { type FormErrors, hasFieldErrors } from "../../ui/form-errors.ts";
import { errorMessageOf } from "../../ui/QueryState.tsx";
import { useDecideCase } from "../cases/cases.api.ts";
import { ConflictAlert, ProblemAlert } from "./ConflictAlert.tsx";
import { DecisionFields } from "./DecisionFields.tsx";
import {
  type DecisionFormValues,
  initialDecisionValues,
  mapServerFields,
  validateDecision,
} from "./decision-form.model.ts";
import { focusFirstProblem } from "./focus-problem.ts";
import { MacroPicker } from "./macros/MacroPicker.tsx";
import { SaveMacro } from "./macros/SaveMacro.tsx";

interface DecisionDialogProps {
  detail: CaseDetail;
  opened: boolean;
  onClose: () => void;
  /** Fetches the case afresh; answers the new version. */
  onReload: () => Promise<CaseDetail | undefined>;
}

/** "Decide this case": outcome, enforcement, ground and facts, checked with the shared schema. */
export function DecisionDialog({ detail, opened, onClose, onReload }: DecisionDialogProps) {
  // The form lives outside the modal's content, so closing the dialog by mistake keeps what was written.
  const { t } = useTranslation("decisions");
  const form = useForm<DecisionFormValues>({ mode: "controlled", initialValues: initialDecisionValues() });
  const decide = useDecideCase(detail.id);
  const [conflict, setConflict] = useState<ApiError | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const fullScreen = useMediaQuery("(max-width: 36em)");

  const showProblems = (errors: FormErrors, unplaced: string[]) => {
    setConflict(null);
    form.setErrors(errors);
    setProblems(unplaced);
    focusFirstProblem(errors);
  };

  const refused = (error: unknown, values: DecisionFormValues) => {
    if (error instanceof ApiError && error.status === 409) {
      setConflict(error);
      focusFirstProblem({});
      return;
    }
    if (hasFieldErrors(error)) {
      const mapped = mapServerFields(error.fields, values, detail);
      showProblems(mapped.errors, mapped.unplaced);
      return;
    }
    setProblems([errorMessageOf(error)]);
    focusFirstProblem({});
  };

  const submit = (values: DecisionFormValues) => {
    setConflict(null);
    setProblems([]);
    const checked = validateDecision(values, detail);
    if (!checked.ok) return showProblems(checked.errors, checked.unplaced);
    form.clearErrors();
    decide.mutate(checked.decision, {
      onSuccess: () => {
        form.reset();
        onClose();
        const recorded = detail.targetKind === "feedback" ? t("dialog.recordedRating") : t("dialog.recorded");
        notifications.show({ message: recorded, color: "green" });
      },
      onError: (error) => refused(error, values),
    });
  };

  const reload = async () => {
    const fresh = await onReload();
    setConflict(null);
    if (fresh?.decision) {
      onClose();
      notifications.show({ message: t("dialog.alreadyDecided", { name: fresh.decision.decidedBy.name }) });
    }
  };

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t("dialog.title")}
      size="lg"
      fullScreen={fullScreen}
      closeButtonProps={{ "aria-label": t("dialog.close") }}
    >
      <form onSubmit={form.onSubmit(submit)} noValidate>
        <Stack gap="lg">
          <MacroPicker form={form} departments={[detail.department]} targetKind={detail.targetKind} />
          <Divider />
          <DecisionFields form={form} targetKind={detail.targetKind} />
          {conflict && <ConflictAlert error={conflict} onReload={reload} />}
          {!conflict && problems.length > 0 && <ProblemAlert messages={problems} />}
          <SaveMacro
            form={form}
            targetKind={detail.targetKind}
            department={detail.department}
            onInvalid={showProblems}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t("dialog.cancel")}
            </Button>
            <Button type="submit" loading={decide.isPending}>
              {t("dialog.confirm")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
