import { Button, Group, Paper, SimpleGrid, Stack, Text, TextInput, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { type Dispute, RETURN_REFUND_BUSINESS_DAYS, ReturnShipment } from "../../../contracts/disputes.ts";
import { ApiError } from "../../api/http.ts";
import { focusFirstListed } from "../../ui/form-errors.ts";
import { ConfirmStep } from "./ConfirmStep.tsx";
import { useConfirmReturn, useShipReturn } from "./disputes.api.ts";

interface StepProps {
  dispute: Dispute;
  onDone: () => void;
  onRefused: (error: Error) => void;
}

const IDS = { carrier: "return-carrier", trackingNumber: "return-tracking" };
type Field = keyof typeof IDS;
type Errors = Partial<Record<Field, string>>;

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <Paper withBorder p={{ base: "md", sm: "lg" }} component="section" aria-labelledby={id}>
      <Stack gap="sm">
        <Title order={2} size="h4" id={id}>
          {title}
        </Title>
        {children}
      </Stack>
    </Paper>
  );
}

const fieldOf = (path: string): Field => (path.endsWith("trackingNumber") ? "trackingNumber" : "carrier");

/** The buyer names the carrier and the tracking number of the return, so the seller can follow it. */
export function ShipReturnForm({ dispute, onDone, onRefused }: StepProps) {
  const [values, setValues] = useState({ carrier: "", trackingNumber: "" });
  const [errors, setErrors] = useState<Errors>({});
  const ship = useShipReturn(dispute.id);
  const { t } = useTranslation("disputes");

  const showErrors = (found: Errors) => {
    setErrors(found);
    focusFirstListed(IDS, found);
  };
  const change = (field: Field, value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
    setErrors((e) => ({ ...e, [field]: undefined }));
  };
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const parsed = ReturnShipment.safeParse(values);
    if (!parsed.success) {
      const found: Errors = {};
      for (const issue of parsed.error.issues) found[fieldOf(issue.path.join("."))] ??= issue.message;
      return showErrors(found);
    }
    ship.mutate(parsed.data, {
      onSuccess: onDone,
      onError: (error) => {
        const fields = error instanceof ApiError ? Object.entries(error.fields) : [];
        if (fields.length === 0) return onRefused(error);
        showErrors(Object.fromEntries(fields.map(([path, message]) => [fieldOf(path), message])));
      },
    });
  };

  return (
    <Section id="return-heading" title={t("returns.shipTitle")}>
      <Text size="sm">{t("returns.shipText", { days: RETURN_REFUND_BUSINESS_DAYS })}</Text>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput
              id={IDS.carrier}
              label={t("returns.carrier")}
              description={t("returns.carrierHelp")}
              value={values.carrier}
              onChange={(event) => change("carrier", event.currentTarget.value)}
              error={errors.carrier}
              required
              maxLength={100}
              autoComplete="off"
              disabled={ship.isPending}
            />
            <TextInput
              id={IDS.trackingNumber}
              label={t("returns.tracking")}
              description={t("returns.trackingHelp")}
              value={values.trackingNumber}
              onChange={(event) => change("trackingNumber", event.currentTarget.value)}
              error={errors.trackingNumber}
              required
              maxLength={100}
              autoComplete="off"
              spellCheck={false}
              disabled={ship.isPending}
            />
          </SimpleGrid>
          <Group justify="flex-end">
            <Button type="submit" loading={ship.isPending}>
              {t("returns.submit")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Section>
  );
}

/** The seller says the return arrived: the refund is announced and the dispute ends. */
export function ConfirmReturnStep({ dispute, onDone, onRefused }: StepProps) {
  const confirm = useConfirmReturn(dispute.id);
  const { t } = useTranslation("disputes");
  return (
    <Section id="return-received-heading" title={t("returns.arrivedTitle")}>
      <Text size="sm">{t("returns.arrivedText", { days: RETURN_REFUND_BUSINESS_DAYS })}</Text>
      <Group>
        <ConfirmStep
          label={t("returns.arrived")}
          question={t("returns.question")}
          consequence={t("returns.consequence")}
          confirmLabel={t("returns.confirm")}
          color="green"
          mutation={confirm}
          onDone={onDone}
          onRefused={onRefused}
        />
      </Group>
    </Section>
  );
}
