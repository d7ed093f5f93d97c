import { Radio, Select, Stack } from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import { NO_ACTION_REASONS as REASON_IDS } from "../../../contracts/decisions.ts";
import { REPORT_TYPES } from "../../../contracts/report-types.ts";
import { type DecisionFormValues, decisionFieldId } from "./decision-form.model.ts";
import { NO_ACTION_REASONS } from "./decisions.labels.ts";

type Form = UseFormReturnType<DecisionFormValues>;

const TYPE_OPTIONS = REPORT_TYPES.map((t) => ({ value: t.id, label: t.title }));

/** Why nothing is done; for a wrong category, the form the reporter should have used. */
export function NoActionFields({ form }: { form: Form }) {
  return (
    <Stack gap="sm">
      <Radio.Group
        {...form.getInputProps("reason")}
        label="Reason"
        description="The reporters are told this reason."
      >
        <Stack gap="xs" mt={6}>
          {REASON_IDS.map((reason, i) => (
            <Radio
              key={reason}
              id={i === 0 ? decisionFieldId("reason") : undefined}
              value={reason}
              label={NO_ACTION_REASONS[reason].label}
              description={NO_ACTION_REASONS[reason].help}
            />
          ))}
        </Stack>
      </Radio.Group>
      {form.values.reason === "wrong_category" && (
        <Select
          {...form.getInputProps("suggestedType")}
          id={decisionFieldId("suggestedType")}
          label="Form the reporter should use"
          description="The reporter gets a link to this form."
          data={TYPE_OPTIONS}
          placeholder="Choose a form"
          allowDeselect={false}
          comboboxProps={{ withinPortal: true }}
        />
      )}
    </Stack>
  );
}
