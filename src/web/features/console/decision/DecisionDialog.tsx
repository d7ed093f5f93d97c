import { Button, Divider, Group, Modal, Radio, Stack, Textarea } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useMediaQuery } from "@mantine/hooks";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import type { CaseDetail } from "../../../../contracts/console.ts";
import { ApiError } from "../../../api/http.ts";
import { errorMessageOf } from "../../../ui/QueryState.tsx";
import { useDecideCase } from "../console.api.ts";
import { ActionFields } from "./ActionFields.tsx";
import { ConflictAlert, ProblemAlert } from "./ConflictAlert.tsx";
import {
  type DecisionFormValues,
  decisionFieldId,
  FIELD_ORDER,
  type FormErrors,
  initialDecisionValues,
  mapServerFields,
  validateDecision,
} from "./decision-form.model.ts";
import { GroundFields } from "./GroundFields.tsx";
import { NoActionFields } from "./NoActionFields.tsx";

interface DecisionDialogProps {
  detail: CaseDetail;
  opened: boolean;
  onClose: () => void;
  /** Fetches the case afresh; answers the new version. */
  onReload: () => Promise<CaseDetail | undefined>;
}

/** Moves the focus to the first field with an error, or else to the alert above the buttons. */
function focusFirstProblem(errors: FormErrors) {
  requestAnimationFrame(() => {
    const first = FIELD_ORDER.find((key) => errors[key]);
    const element = document.getElementById(first ? decisionFieldId(first) : "decision-problem");
    element?.focus();
    element?.scrollIntoView({ block: "center" });
  });
}

/** "Decide this case": outcome, enforcement, ground and facts, checked with the shared schema. */
export function DecisionDialog({ detail, opened, onClose, onReload }: DecisionDialogProps) {
  // The form lives outside the modal's content, so closing the dialog by mistake keeps what was written.
  const form = useForm<DecisionFormValues>({ mode: "controlled", initialValues: initialDecisionValues() });
  const decide = useDecideCase(detail.id);
  const [conflict, setConflict] = useState<ApiError | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const fullScreen = useMediaQuery("(max-width: 36em)");

  const refused = (error: unknown, values: DecisionFormValues) => {
    if (error instanceof ApiError && error.status === 409) {
      setConflict(error);
      focusFirstProblem({});
      return;
    }
    if (error instanceof ApiError && Object.keys(error.fields).length > 0) {
      const mapped = mapServerFields(error.fields, values, detail);
      form.setErrors(mapped.errors);
      setProblems(mapped.unplaced);
      focusFirstProblem(mapped.errors);
      return;
    }
    setProblems([errorMessageOf(error)]);
    focusFirstProblem({});
  };

  const submit = (values: DecisionFormValues) => {
    setConflict(null);
    setProblems([]);
    const checked = validateDecision(values, detail);
    if (!checked.ok) {
      form.setErrors(checked.errors);
      setProblems(checked.unplaced);
      focusFirstProblem(checked.errors);
      return;
    }
    form.clearErrors();
    decide.mutate(checked.decision, {
      onSuccess: () => {
        form.reset();
        onClose();
        notifications.show({
          message: "Decision recorded. The reporters and the seller are told.",
          color: "green",
        });
      },
      onError: (error) => refused(error, values),
    });
  };

  const reload = async () => {
    const fresh = await onReload();
    setConflict(null);
    if (fresh?.decision) {
      onClose();
      notifications.show({ message: `${fresh.decision.decidedBy.name} has already decided this case.` });
    }
  };

  const outcome = form.values.outcome;
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title="Decide this case"
      size="lg"
      fullScreen={fullScreen}
      closeButtonProps={{ "aria-label": "Close" }}
    >
      <form onSubmit={form.onSubmit(submit)} noValidate>
        <Stack gap="lg">
          <Radio.Group {...form.getInputProps("outcome")} label="Outcome">
            <Group gap="lg" mt={6}>
              <Radio id={decisionFieldId("outcome")} value="action_taken" label="Action taken" />
              <Radio value="no_action" label="No action" />
            </Group>
          </Radio.Group>
          {outcome === "action_taken" && (
            <>
              <Divider />
              <ActionFields form={form} targetKind={detail.targetKind} />
              <Divider />
              <GroundFields form={form} />
              <Textarea
                {...form.getInputProps("facts")}
                id={decisionFieldId("facts")}
                label="Facts and circumstances (no personal data)"
                description="What was found and how, for the statement of reasons: 20 to 5000 characters. No names, emails or addresses."
                autosize
                minRows={3}
                maxRows={10}
                maxLength={5000}
              />
            </>
          )}
          {outcome === "no_action" && (
            <>
              <Divider />
              <NoActionFields form={form} />
            </>
          )}
          {outcome !== "" && (
            <Textarea
              {...form.getInputProps("messageToReporters")}
              id={decisionFieldId("messageToReporters")}
              label="Message to reporters (optional)"
              description="Added to the outcome email and shown in My Reports."
              autosize
              minRows={2}
              maxRows={6}
              maxLength={2000}
            />
          )}
          {conflict && <ConflictAlert error={conflict} onReload={reload} />}
          {!conflict && problems.length > 0 && <ProblemAlert messages={problems} />}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={decide.isPending}>
              Confirm decision
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
