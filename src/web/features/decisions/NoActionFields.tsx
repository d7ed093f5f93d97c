import { Radio, Select, Stack } from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { NO_ACTION_REASONS as REASON_IDS } from "../../../contracts/decisions.ts";
import { REPORT_TYPES } from "../../../contracts/report-types.ts";
import { reportTypeTitle } from "../my-reports/received.labels.ts";
import { type DecisionFormValues, decisionFieldId } from "./decision-form.model.ts";
import { NO_ACTION_REASONS } from "./decisions.labels.ts";

type Form = UseFormReturnType<DecisionFormValues>;

/** Why nothing is done; for a wrong category, the form the reporter should have used. */
export function NoActionFields({ form }: { form: Form }) {
  const { t } = useTranslation("decisions");
  // The reporter is sent to a form: only the Report Center's types have one.
  const typeOptions = REPORT_TYPES.filter((type) => type.listed).map((type) => ({
    value: type.id,
    label: reportTypeTitle(type.id),
  }));
  return (
    <Stack gap="sm">
      <Radio.Group
        {...form.getInputProps("reason")}
        label={t("fields.reason")}
        description={t("fields.reasonHelp")}
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
          label={t("fields.suggestedType")}
          description={t("fields.suggestedTypeHelp")}
          data={typeOptions}
          placeholder={t("fields.chooseForm")}
          allowDeselect={false}
          comboboxProps={{ withinPortal: true }}
        />
      )}
    </Stack>
  );
}
