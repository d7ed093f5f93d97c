import { Button, Divider, Group, List, Loader, Modal, ScrollArea, Stack, Text } from "@mantine/core";
import { useForm } from "@mantine/form";
import type { TFunction } from "i18next";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { CaseQueueItem } from "../../../../contracts/console.ts";
import { BulkDecision } from "../../../../contracts/decisions.ts";
import { type FormErrors, hasFieldErrors } from "../../../ui/form-errors.ts";
import { errorMessageOf } from "../../../ui/QueryState.tsx";
import { useFullScreenDialog } from "../../../ui/useFullScreenDialog.ts";
import { useFetchFreshCase } from "../../cases/cases.api.ts";
import { ProblemAlert } from "../ConflictAlert.tsx";
import { DecisionFields } from "../DecisionFields.tsx";
import {
  commonTargetKind,
  type DecisionFormValues,
  initialDecisionValues,
  mapServerFields,
} from "../decision-form.model.ts";
import { useBulkDecision } from "../decisions.api.ts";
import { focusFirstProblem } from "../focus-problem.ts";
import { templateFromValues } from "../macros/decision-template.ts";
import { MacroPicker } from "../macros/MacroPicker.tsx";
import { SaveMacro } from "../macros/SaveMacro.tsx";
import { BulkResults } from "./BulkResults.tsx";
import { type BulkOutcome, sendBulkDecision } from "./bulk-send.ts";

type Phase = "form" | "checking" | "recording" | "results";

interface BulkDecisionDialogProps {
  items: CaseQueueItem[];
  opened: boolean;
  onClose: () => void;
  /** After the results were read: the cases that were decided. */
  onFinished: (decidedIds: string[]) => void;
}

const SAME_KIND_NOTES = {
  store: "bulk.storesNote",
  message: "bulk.messagesNote",
  feedback: "bulk.ratingsNote",
} as const;

/** Why some actions are not offered for this selection; nothing when every case is about a listing. */
function actionsNoteOf(items: CaseQueueItem[], t: TFunction<"decisions">) {
  const kind = commonTargetKind(items.map((i) => i.targetKind));
  const mixed = items.some((i) => i.targetKind !== kind);
  if (!mixed) return kind === "listing" ? undefined : t(SAME_KIND_NOTES[kind]);
  return items.some((i) => i.targetKind === "feedback") ? t("bulk.withRatingsNote") : t("bulk.mixedNote");
}

/** "Decide N cases": one decision, recorded for each selected case on its own. */
export function BulkDecisionDialog({ items, opened, onClose, onFinished }: BulkDecisionDialogProps) {
  const { t } = useTranslation("decisions");
  const form = useForm<DecisionFormValues>({ mode: "controlled", initialValues: initialDecisionValues() });
  const [problems, setProblems] = useState<string[]>([]);
  const [phase, setPhase] = useState<Phase>("form");
  const [outcomes, setOutcomes] = useState<BulkOutcome[]>([]);
  const fetchFresh = useFetchFreshCase();
  const bulk = useBulkDecision();
  const fullScreen = useFullScreenDialog();
  const targetKind = commonTargetKind(items.map((i) => i.targetKind));
  const departments = [...new Set(items.map((i) => i.department))];
  const sending = phase === "checking" || phase === "recording";

  const showProblems = (errors: FormErrors, unplaced: string[]) => {
    form.setErrors(errors);
    setProblems(unplaced);
    focusFirstProblem(errors);
  };

  const refused = (error: unknown, values: DecisionFormValues) => {
    if (hasFieldErrors(error)) {
      const fields = Object.fromEntries(
        Object.entries(error.fields).map(([path, message]) => [path.replace(/^decision\./, ""), message]),
      );
      const mapped = mapServerFields(fields, values, { targetKind, eventCount: 0 });
      return showProblems(mapped.errors, mapped.unplaced);
    }
    showProblems({}, [errorMessageOf(error)]);
  };

  const submit = async (values: DecisionFormValues) => {
    setProblems([]);
    const count = BulkDecision.shape.cases.safeParse(items.map((i) => ({ caseId: i.id, seenEventCount: 0 })));
    if (!count.success) return showProblems({}, [count.error.issues[0]?.message ?? t("bulk.selectFewer")]);
    const checked = templateFromValues(values, { targetKind });
    if (!checked.ok) return showProblems(checked.errors, checked.unplaced);
    form.clearErrors();
    try {
      const deps = { fetchFresh, post: bulk.mutateAsync, onPhase: setPhase };
      setOutcomes(await sendBulkDecision(items, checked.template, deps));
      setPhase("results");
    } catch (error) {
      setPhase("form");
      refused(error, values);
    }
  };

  const finish = () => {
    if (outcomes.every((o) => o.ok)) form.reset();
    onFinished(outcomes.filter((o) => o.ok).map((o) => o.caseId));
    setPhase("form");
    setOutcomes([]);
  };

  const close = () => {
    if (sending) return;
    if (phase === "results") return finish();
    onClose();
  };

  const count = phase === "results" ? outcomes.length : items.length;
  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t("bulk.title", { count })}
      size="lg"
      fullScreen={fullScreen}
      closeButtonProps={{ "aria-label": t("dialog.close") }}
    >
      {phase === "results" ? (
        <BulkResults outcomes={outcomes} onDone={finish} />
      ) : (
        <form onSubmit={form.onSubmit((values) => void submit(values))} noValidate>
          <Stack gap="lg">
            <Stack gap={4}>
              <Text size="sm">{t("bulk.intro")}</Text>
              <ScrollArea.Autosize mah={140} type="auto">
                <List size="sm" spacing={2} aria-label={t("bulk.selected")}>
                  {items.map((item) => (
                    <List.Item key={item.id} className="break-anywhere">
                      {item.targetTitle}
                    </List.Item>
                  ))}
                </List>
              </ScrollArea.Autosize>
            </Stack>
            <MacroPicker form={form} departments={departments} targetKind={targetKind} />
            <Divider />
            <DecisionFields form={form} targetKind={targetKind} actionsNote={actionsNoteOf(items, t)} />
            {problems.length > 0 && <ProblemAlert messages={problems} />}
            <SaveMacro
              form={form}
              targetKind={targetKind}
              department={departments.length === 1 ? (departments[0] ?? null) : null}
              onInvalid={showProblems}
            />
            <Group justify="flex-end" gap="sm">
              <Group gap={6}>
                {sending && <Loader size="xs" aria-hidden="true" />}
                <Text size="sm" role="status">
                  {phase === "checking" && t("bulk.checking")}
                  {phase === "recording" && t("bulk.recording")}
                </Text>
              </Group>
              <Button variant="default" onClick={close} disabled={sending}>
                {t("dialog.cancel")}
              </Button>
              <Button type="submit" loading={sending}>
                {t("dialog.confirm")}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
