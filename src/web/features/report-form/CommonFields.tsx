import { Checkbox, Group, Text, Textarea, TextInput } from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import { useTranslation } from "react-i18next";
import type { ReportTypeInfo } from "../../../contracts/report-types.ts";
import { DESCRIPTION_MAX, DESCRIPTION_MIN } from "../../../contracts/reports.ts";
import { FieldLabel } from "../../ui/FieldLabel.tsx";
import { HelpButton } from "../../ui/HelpButton.tsx";
import { ReportTypeWarning } from "../help/ReportTypeWarning.tsx";
import { CsvImportField } from "./CsvImportField.tsx";
import { targetHelpOf } from "./field-words.ts";
import { fieldId, type ReportFormValues, takesManyTargets, targetLines } from "./report-form.model.ts";

type Form = UseFormReturnType<ReportFormValues>;

export function TargetField({
  form,
  type,
  disabled,
}: {
  form: Form;
  type: ReportTypeInfo;
  disabled: boolean;
}) {
  const { t } = useTranslation("reportForm");
  const id = fieldId("targets");
  const props = { ...form.getInputProps("targets"), id, disabled, required: true };
  if (takesManyTargets(type)) {
    const label = t("targets.manyLabel");
    return (
      <div>
        <FieldLabel htmlFor={id} label={label} help={targetHelpOf(type)} required />
        <Textarea
          {...props}
          description={t("targets.manyDescription", { max: type.maxTargets })}
          autosize
          minRows={3}
          maxRows={12}
          placeholder="https://…"
          spellCheck={false}
        />
        <CsvImportField
          current={targetLines(type, form.values.targets).map((t) => t.url)}
          max={type.maxTargets}
          disabled={disabled}
          onImport={(lines) => {
            form.setFieldValue("targets", lines.join("\n"));
            form.clearFieldError("targets");
          }}
        />
      </div>
    );
  }
  return (
    <div>
      <FieldLabel htmlFor={id} label={t("targets.oneLabel")} help={targetHelpOf(type)} required />
      <TextInput {...props} type="url" inputMode="url" placeholder="https://…" autoComplete="off" />
    </div>
  );
}

export function DescriptionField({
  form,
  type,
  disabled,
}: {
  form: Form;
  type: ReportTypeInfo;
  disabled: boolean;
}) {
  const { t } = useTranslation("reportForm");
  const id = fieldId("description");
  const length = form.values.description.trim().length;
  const count = { length, max: DESCRIPTION_MAX, min: DESCRIPTION_MIN };
  const counter =
    length < DESCRIPTION_MIN ? t("description.counterShort", count) : t("description.counter", count);
  return (
    <div>
      <FieldLabel htmlFor={id} label={t("description.label")} help={t("description.help")} required />
      <Textarea
        {...form.getInputProps("description")}
        id={id}
        disabled={disabled}
        required
        autosize
        minRows={5}
        maxRows={16}
        maxLength={DESCRIPTION_MAX}
        description={counter}
        inputWrapperOrder={["label", "input", "description", "error"]}
      />
      <ReportTypeWarning
        description={form.values.description}
        reportType={type.id}
        target={takesManyTargets(type) ? undefined : form.values.targets.trim()}
      />
    </div>
  );
}

export function ContactFields({
  form,
  type,
  signedIn,
  disabled,
}: {
  form: Form;
  type: ReportTypeInfo;
  signedIn: boolean;
  disabled: boolean;
}) {
  const { t } = useTranslation("reportForm");
  const emailId = fieldId("contactEmail");
  return (
    <>
      <div>
        <FieldLabel
          htmlFor={emailId}
          label={t("contact.email")}
          help={
            signedIn || namesRightsOwner(type) ? t("contact.emailHelpPrivate") : t("contact.emailHelpGuest")
          }
          required={!signedIn}
        />
        <TextInput
          {...form.getInputProps("contactEmail")}
          id={emailId}
          type="email"
          autoComplete="email"
          disabled={disabled}
          required={!signedIn}
          description={signedIn ? t("contact.accountEmail") : undefined}
          variant={signedIn ? "filled" : "default"}
        />
      </div>
      <IdentityField form={form} type={type} signedIn={signedIn} disabled={disabled} />
    </>
  );
}

/** An IP complaint rests on a right from the vault, whose owner the seller is always shown. */
export const namesRightsOwner = (type: ReportTypeInfo) =>
  type.fields.some((f) => f.optionsFrom === "my_rights");

/**
 * What the seller learns of who reported, said as it happens: the rights owner's name on an IP complaint
 * (no choice to make there), otherwise nothing unless the reporter shows its name (or a guest its email).
 */
function IdentityField({
  form,
  type,
  signedIn,
  disabled,
}: {
  form: Form;
  type: ReportTypeInfo;
  signedIn: boolean;
  disabled: boolean;
}) {
  const { t } = useTranslation("reportForm");
  if (namesRightsOwner(type)) {
    return (
      <Text size="sm" id={fieldId("discloseIdentity")}>
        {t("identity.rightsOwner")}
      </Text>
    );
  }
  const label = signedIn ? t("identity.showName") : t("identity.showEmail");
  const help = signedIn ? t("identity.showNameHelp") : t("identity.showEmailHelp");
  return (
    <Group gap={6} wrap="nowrap" align="flex-start">
      <Checkbox
        {...form.getInputProps("discloseIdentity", { type: "checkbox" })}
        id={fieldId("discloseIdentity")}
        disabled={disabled}
        label={label}
      />
      <HelpButton label={label} help={help} />
    </Group>
  );
}

export function AgreementField({ form, disabled }: { form: Form; disabled: boolean }) {
  const { t } = useTranslation("reportForm");
  const label = t("agreement.label");
  return (
    <Group gap={6} wrap="nowrap" align="flex-start">
      <Checkbox
        {...form.getInputProps("agreement", { type: "checkbox" })}
        id={fieldId("agreement")}
        disabled={disabled}
        label={label}
        aria-required
      />
      <HelpButton label={label} help={t("agreement.help")} />
    </Group>
  );
}
