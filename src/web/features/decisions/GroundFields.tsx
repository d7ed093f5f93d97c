import { Checkbox, Radio, Stack, Textarea, TextInput } from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { type DecisionFormValues, decisionFieldId } from "./decision-form.model.ts";

type Form = UseFormReturnType<DecisionFormValues>;

/** The legal basis of the restriction, as the statement of reasons records it. */
export function GroundFields({ form, aboutRating }: { form: Form; aboutRating: boolean }) {
  const { t } = useTranslation("decisions");
  const kind = form.values.groundKind;
  return (
    <Stack gap="sm">
      <Radio.Group
        {...form.getInputProps("groundKind")}
        label={t("fields.ground")}
        description={aboutRating ? t("fields.groundHelpRating") : t("fields.groundHelp")}
      >
        <Stack gap="xs" mt={6}>
          <Radio
            id={decisionFieldId("groundKind")}
            value="illegal_content"
            label={t("fields.illegal")}
            description={t("fields.illegalHelp")}
          />
          <Radio
            value="incompatible_content"
            label={t("fields.incompatible")}
            description={t("fields.incompatibleHelp")}
          />
        </Stack>
      </Radio.Group>
      {kind === "illegal_content" && (
        <Stack gap="sm" pl={{ base: 0, xs: 32 }}>
          <TextInput
            {...form.getInputProps("legalGround")}
            id={decisionFieldId("legalGround")}
            label={t("fields.legalGround")}
            description={t("fields.legalGroundHelp")}
            maxLength={500}
          />
          <Textarea
            {...form.getInputProps("explanation")}
            id={decisionFieldId("explanation")}
            label={t("fields.explanation")}
            description={t("fields.explanationIllegal")}
            autosize
            minRows={2}
            maxRows={6}
            maxLength={2000}
          />
        </Stack>
      )}
      {kind === "incompatible_content" && (
        <Stack gap="sm" pl={{ base: 0, xs: 32 }}>
          <TextInput
            {...form.getInputProps("termsSection")}
            id={decisionFieldId("termsSection")}
            label={t("fields.termsSection")}
            description={t("fields.termsSectionHelp")}
            maxLength={500}
          />
          <Textarea
            {...form.getInputProps("explanation")}
            id={decisionFieldId("explanation")}
            label={t("fields.explanation")}
            description={t("fields.explanationTerms")}
            autosize
            minRows={2}
            maxRows={6}
            maxLength={2000}
          />
          <Checkbox
            {...form.getInputProps("alsoIllegal", { type: "checkbox" })}
            label={t("fields.alsoIllegal")}
            description={t("fields.alsoIllegalHelp")}
          />
        </Stack>
      )}
    </Stack>
  );
}
