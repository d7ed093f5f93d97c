import { Divider, Group, Radio, Textarea } from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import { useTranslation } from "react-i18next";
import type { CaseDetail } from "../../../contracts/console.ts";
import { ActionFields } from "./ActionFields.tsx";
import { type DecisionFormValues, decisionFieldId } from "./decision-form.model.ts";
import { GroundFields } from "./GroundFields.tsx";
import { NoActionFields } from "./NoActionFields.tsx";

interface DecisionFieldsProps {
  form: UseFormReturnType<DecisionFormValues>;
  targetKind: CaseDetail["targetKind"];
  /** Why some actions are not offered, when several cases are decided at once. */
  actionsNote?: string;
}

/** The fields of a decision: outcome, then enforcement, ground and facts, or the reason for no action. */
export function DecisionFields({ form, targetKind, actionsNote }: DecisionFieldsProps) {
  const { t } = useTranslation("decisions");
  const outcome = form.values.outcome;
  return (
    <>
      <Radio.Group {...form.getInputProps("outcome")} label={t("fields.outcome")}>
        <Group gap="lg" mt={6}>
          <Radio id={decisionFieldId("outcome")} value="action_taken" label={t("fields.actionTaken")} />
          <Radio value="no_action" label={t("fields.noAction")} />
        </Group>
      </Radio.Group>
      {outcome === "action_taken" && (
        <>
          <Divider />
          <ActionFields form={form} targetKind={targetKind} note={actionsNote} />
          <Divider />
          <GroundFields form={form} aboutRating={targetKind === "feedback"} />
          <Textarea
            {...form.getInputProps("facts")}
            id={decisionFieldId("facts")}
            label={t("fields.facts")}
            description={t("fields.factsHelp")}
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
          label={t("fields.message")}
          description={t("fields.messageHelp")}
          autosize
          minRows={2}
          maxRows={6}
          maxLength={2000}
        />
      )}
    </>
  );
}
