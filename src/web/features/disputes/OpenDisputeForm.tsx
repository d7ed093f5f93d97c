import { Alert, Button, Group, Select, Stack, Text, Textarea } from "@mantine/core";
import { useNavigate } from "@tanstack/react-router";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { DisputeReason, type Order } from "../../../contracts/disputes.ts";
import { ApiError, existingOf } from "../../api/http.ts";
import { EvidenceDropField, UploadStatus } from "../../ui/EvidenceDropField.tsx";
import { type FormErrors, focusFirstError, placeFieldErrors } from "../../ui/form-errors.ts";
import { AlertIcon } from "../../ui/icons.tsx";
import { AnchorLink } from "../../ui/links.tsx";
import { errorMessageOf } from "../../ui/QueryState.tsx";
import { type EvidenceFiles, useEvidenceFiles } from "../../ui/useEvidenceFiles.ts";
import { createIdempotencyKeys } from "../report-form/submit-report.ts";
import { CounterfeitNote } from "./CounterfeitNote.tsx";
import { DISPUTE_EVIDENCE, disputeFilesText, FILE_REFUSAL_CODES } from "./dispute-files.ts";
import { useOpenDispute } from "./disputes.api.ts";
import { disputeReasonLabel } from "./disputes.labels.ts";
import { ItemsField } from "./ItemsField.tsx";
import {
  checkOpenDispute,
  chosenTotalMinor,
  formKeyOf,
  OPEN_DISPUTE_IDS as IDS,
  type ItemChoice,
  initialOpenDisputeValues,
  type OpenDisputeValues,
  openDisputeFieldId,
  openDisputeOrder,
} from "./open-dispute.model.ts";
import { ResolutionFields } from "./ResolutionFields.tsx";

const ALERT_ID = "open-dispute-error";
const DESCRIPTION_MAX = 5000;

const isFileRefusal = (error: unknown): error is ApiError =>
  error instanceof ApiError && FILE_REFUSAL_CODES.includes(error.code);

/** The server's refusal of the files goes next to the evidence field (and a wrong file onto its own row). */
function fieldErrorsOf(error: unknown, values: OpenDisputeValues, evidence: EvidenceFiles): FormErrors {
  if (isFileRefusal(error)) {
    if (error.code === "unsupported_file_type") evidence.markRefused(error.message);
    return { evidence: error.message };
  }
  const fields = error instanceof ApiError ? error.fields : {};
  return placeFieldErrors(fields, { keyOf: (path) => formKeyOf(path.map(String), values) }).errors;
}

/** Did the server answer for good? Then a new attempt is a new submission, with a new key. */
const answered = (error: unknown) => error instanceof ApiError && error.status >= 400 && error.status < 500;

/**
 * Why the dispute was not opened: a dispute that already holds the items is linked, not just named.
 * The alert takes the focus as it appears (a lookup a frame after the answer can run before it is drawn).
 */
function RefusalAlert({ error }: { error: unknown }) {
  const { t } = useTranslation("disputes");
  const existing = existingOf(error, ["dispute_exists"]);
  const alert = useRef<HTMLDivElement>(null);
  useEffect(() => {
    alert.current?.focus();
    alert.current?.scrollIntoView({ block: "center" });
  }, []);
  return (
    <Alert
      ref={alert}
      color="red"
      icon={<AlertIcon />}
      role="alert"
      title={t("open.notOpened")}
      id={ALERT_ID}
      tabIndex={-1}
    >
      <Stack gap={4}>
        <Text size="sm">{errorMessageOf(error)}</Text>
        {existing && (
          <AnchorLink to="/disputes/$id" params={{ id: existing.id }} fw={600} size="sm">
            {t("open.goTo", { reference: existing.reference })}
          </AnchorLink>
        )}
      </Stack>
    </Alert>
  );
}

/** The buyer opens a dispute on some or all items of the order, asking for a resolution. */
export function OpenDisputeForm({ order, reason }: { order: Order; reason?: string }) {
  const { t } = useTranslation("disputes");
  const [values, setValues] = useState<OpenDisputeValues>(() => initialOpenDisputeValues(order, reason));
  const [errors, setErrors] = useState<FormErrors>({});
  const open = useOpenDispute();
  const evidence = useEvidenceFiles("dispute", DISPUTE_EVIDENCE);
  const keys = useRef(createIdempotencyKeys()).current;
  const navigate = useNavigate();
  const currency = order.total.currency;
  const refusal =
    open.error &&
    !isFileRefusal(open.error) &&
    !(open.error instanceof ApiError && Object.keys(open.error.fields).length > 0);

  const change = (next: Partial<OpenDisputeValues>) => {
    setValues((v) => ({ ...v, ...next }));
    // A field changed answers its own error.
    setErrors((e) => Object.fromEntries(Object.entries(e).filter(([key]) => !(key in next))));
  };
  const changeItem = (index: number, next: Partial<ItemChoice>) => {
    setValues((v) => ({
      ...v,
      items: v.items.map((item, i) => (i === index ? { ...item, ...next } : item)),
    }));
    setErrors(({ items: _, [`items.${index}.quantity`]: __, ...rest }) => rest);
  };

  const showErrors = (found: FormErrors) => {
    setErrors(found);
    focusFirstError({
      order: openDisputeOrder(values),
      idOf: openDisputeFieldId,
      errors: found,
    });
  };

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    open.reset();
    const checked = checkOpenDispute(order, values);
    if (!checked.ok) return showErrors(checked.errors);
    const files = evidence.files.map((f) => f.file);
    const idempotencyKey = keys.keyFor(JSON.stringify([checked.input, evidence.files.map((f) => f.key)]));
    setErrors({});
    evidence.resetProgress();
    open.mutate(
      { input: checked.input, files, idempotencyKey, onProgress: evidence.showProgress },
      {
        onSuccess: (dispute) => {
          keys.settle();
          navigate({ to: "/disputes/$id", params: { id: dispute.id } });
        },
        onError: (error) => {
          if (answered(error)) keys.settle();
          evidence.resetProgress();
          showErrors(fieldErrorsOf(error, values, evidence));
        },
      },
    );
  };

  const chosenItems = order.items.filter((_, i) => values.items[i]?.chosen);
  const total = chosenTotalMinor(order, values);
  return (
    <form onSubmit={submit} noValidate aria-labelledby="open-dispute-heading">
      <Stack gap="lg">
        <Text size="sm" c="dimmed">
          {t("open.required")}
        </Text>
        {refusal && <RefusalAlert error={open.error} />}
        <ItemsField
          order={order}
          items={values.items}
          onChange={changeItem}
          errors={errors}
          disabled={open.isPending}
        />
        <Select
          id={IDS.reason}
          label={t("open.whatIsWrong")}
          placeholder={t("open.chooseWhatIsWrong")}
          description={
            order.disputability.reasons.length === 1 && order.disputability.reasons[0] === "not_received"
              ? t("open.onlyNotReceived")
              : undefined
          }
          data={order.disputability.reasons.map((reason) => ({
            value: reason,
            label: disputeReasonLabel(reason),
          }))}
          value={values.reason}
          onChange={(reason) => change({ reason: reason ? DisputeReason.parse(reason) : null })}
          error={errors.reason}
          required
          allowDeselect={false}
          maw={420}
          disabled={open.isPending}
        />
        {values.reason === "counterfeit" && (
          <CounterfeitNote items={chosenItems.length > 0 ? chosenItems : order.items} />
        )}
        <ResolutionFields
          idPrefix="dispute"
          legend={t("open.whatDoYouWant")}
          proposer="buyer"
          withNote={false}
          values={values}
          errors={errors}
          onChange={change}
          currency={currency}
          maxMinor={total > 0 ? total : null}
          disabled={open.isPending}
        />
        <Textarea
          id={IDS.description}
          label={t("open.describe")}
          description={t("open.describeHelp")}
          value={values.description}
          onChange={(event) => change({ description: event.currentTarget.value })}
          error={errors.description}
          required
          autosize
          minRows={5}
          maxRows={14}
          maxLength={DESCRIPTION_MAX}
          disabled={open.isPending}
        />
        <Text size="xs" c="dimmed" mt={-12}>
          {values.description.trim().length} / {DESCRIPTION_MAX}
        </Text>
        <EvidenceDropField
          id={IDS.evidence}
          label={t("open.evidence")}
          help={`${t("open.evidenceHelp")} ${disputeFilesText()} ${t("files.checked")}`}
          evidence={evidence}
          uploading={open.isPending}
          error={errors.evidence}
        />
        <Group justify="flex-end" gap="sm">
          {open.isPending && evidence.files.length > 0 && (
            <UploadStatus files={evidence.files} sendingText={t("open.opening")} />
          )}
          <Button type="submit" loading={open.isPending}>
            {t("open.submit")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
