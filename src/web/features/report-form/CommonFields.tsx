import { Checkbox, Group, Text, Textarea, TextInput } from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import type { ReportTypeInfo } from "../../../contracts/report-types.ts";
import { DESCRIPTION_MAX, DESCRIPTION_MIN } from "../../../contracts/reports.ts";
import { FieldLabel } from "../../ui/FieldLabel.tsx";
import { HelpButton } from "../../ui/HelpButton.tsx";
import { ReportTypeWarning } from "../help/ReportTypeWarning.tsx";
import { CsvImportField } from "./CsvImportField.tsx";
import { fieldId, type ReportFormValues, takesManyTargets, targetLines } from "./report-form.model.ts";

type Form = UseFormReturnType<ReportFormValues>;

export const AGREEMENT_LABEL =
  "I confirm that the information in this report is accurate and complete, and I file it in good faith.";

export function TargetField({
  form,
  type,
  disabled,
}: {
  form: Form;
  type: ReportTypeInfo;
  disabled: boolean;
}) {
  const id = fieldId("targets");
  const props = { ...form.getInputProps("targets"), id, disabled, required: true };
  if (takesManyTargets(type)) {
    const label = "Links to the listings or stores";
    return (
      <div>
        <FieldLabel htmlFor={id} label={label} help={type.targetHelp} required />
        <Textarea
          {...props}
          description={`One link per line, up to ${type.maxTargets}.`}
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
      <FieldLabel htmlFor={id} label="Link to the listing or store" help={type.targetHelp} required />
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
  const id = fieldId("description");
  const length = form.values.description.trim().length;
  const counter =
    length < DESCRIPTION_MIN
      ? `${length} / ${DESCRIPTION_MAX} characters — at least ${DESCRIPTION_MIN}.`
      : `${length} / ${DESCRIPTION_MAX} characters.`;
  return (
    <div>
      <FieldLabel
        htmlFor={id}
        label="What is wrong?"
        help="Say what the problem is and how you know, in your own words and in any language. Facts help the moderators most: what you saw, where, and when."
        required
      />
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
  const emailId = fieldId("contactEmail");
  return (
    <>
      <div>
        <FieldLabel
          htmlFor={emailId}
          label="Your email"
          help={
            signedIn || namesRightsOwner(type)
              ? "We send the receipt and the outcome of your report to this address. It is never shown to the seller."
              : "We send the receipt, the private link to follow your report and its outcome to this address. The seller sees it only if you choose so below."
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
          description={
            signedIn ? "The email of your account. You may use another one for this report." : undefined
          }
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
  if (namesRightsOwner(type)) {
    return (
      <Text size="sm" id={fieldId("discloseIdentity")}>
        The seller sees the name of the owner of the right you pick, as it stands in your IP vault, so that it
        can answer the complaint. Your email address and your account are not shown to the seller.
      </Text>
    );
  }
  const label = signedIn ? "Show my name to the seller" : "Show my email address to the seller";
  const help = signedIn
    ? "Off by default: the seller reads only “A member of the marketplace”. Turn it on if you want the seller to see the name of your account, for example to settle the matter directly. Moderators always see who reported."
    : "Off by default: the seller reads only “A member of the marketplace”. Turn it on if you want the seller to see the email address you gave above, for example to settle the matter directly. Moderators always see who reported.";
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
  return (
    <Group gap={6} wrap="nowrap" align="flex-start">
      <Checkbox
        {...form.getInputProps("agreement", { type: "checkbox" })}
        id={fieldId("agreement")}
        disabled={disabled}
        label={AGREEMENT_LABEL}
        aria-required
      />
      <HelpButton
        label={AGREEMENT_LABEL}
        help="Reports must be truthful. Reports that are knowingly false may lead to a warning and, if repeated, to your reports not being processed for a while."
      />
    </Group>
  );
}
