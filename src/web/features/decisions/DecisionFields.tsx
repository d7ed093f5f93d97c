import { Divider, Group, Radio, Textarea } from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import type { CaseDetail } from "../../../contracts/console.ts";
import { ActionFields } from "./ActionFields.tsx";
import { type DecisionFormValues, decisionFieldId } from "./decision-form.model.ts";
import { GroundFields } from "./GroundFields.tsx";
import { NoActionFields } from "./NoActionFields.tsx";

interface DecisionFieldsProps {
  form: UseFormReturnType<DecisionFormValues>;
  targetKind: CaseDetail["targetKind"];
  /** Why listing actions are missing, when not all targets are listings. */
  storeNote?: string;
}

/** The fields of a decision: outcome, then enforcement, ground and facts, or the reason for no action. */
export function DecisionFields({ form, targetKind, storeNote }: DecisionFieldsProps) {
  const outcome = form.values.outcome;
  return (
    <>
      <Radio.Group {...form.getInputProps("outcome")} label="Outcome">
        <Group gap="lg" mt={6}>
          <Radio id={decisionFieldId("outcome")} value="action_taken" label="Action taken" />
          <Radio value="no_action" label="No action" />
        </Group>
      </Radio.Group>
      {outcome === "action_taken" && (
        <>
          <Divider />
          <ActionFields form={form} targetKind={targetKind} storeNote={storeNote} />
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
    </>
  );
}
