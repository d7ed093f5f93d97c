import { Alert, Button, Group, NumberInput, Paper, Radio, Stack, Text, Textarea, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import i18next from "i18next";
import { useTranslation } from "react-i18next";
import { type ConsoleDispute, RequestEvidence } from "../../../contracts/disputes.ts";
import {
  focusFirstListed,
  hasFieldErrors,
  keyAmong,
  placeFieldErrors,
  placeIssues,
} from "../../ui/form-errors.ts";
import { AlertIcon } from "../../ui/icons.tsx";
import { errorMessageOf } from "../../ui/QueryState.tsx";
import type { useRequestEvidence } from "./dispute-console.api.ts";
import { partyName } from "./dispute-console.labels.ts";

interface Values {
  from: string;
  message: string;
  days: number | string;
}

const FIELD_IDS: Record<keyof Values, string> = {
  from: "evidence-from",
  message: "evidence-message",
  days: "evidence-days",
};
const KEYS = Object.keys(FIELD_IDS);

const bodyOf = (values: Values) => ({
  from: values.from || undefined,
  message: values.message,
  days: typeof values.days === "number" ? values.days : Number.NaN,
});

function validate(values: Values) {
  const checked = RequestEvidence.safeParse(bodyOf(values));
  if (checked.success) return {};
  return placeIssues(checked.error.issues, {
    keyOf: keyAmong(KEYS),
    messageOf: (key, issue) =>
      key === "from"
        ? i18next.t("disputeConsole:evidence.chooseWhom")
        : key === "days" && issue.code === "invalid_type"
          ? i18next.t("disputeConsole:evidence.daysRule")
          : issue.message,
  }).errors;
}

/** Asks the buyer or the seller for more evidence; the dispute waits for it until the deadline. */
export function RequestEvidenceForm({
  dispute,
  request,
}: {
  dispute: ConsoleDispute;
  request: ReturnType<typeof useRequestEvidence>;
}) {
  const { t } = useTranslation("disputeConsole");
  const form = useForm<Values>({
    mode: "controlled",
    initialValues: { from: "", message: "", days: 3 },
    validate,
  });

  const focusError = (errors: Record<string, unknown>) =>
    focusFirstListed({ ...FIELD_IDS, from: `${FIELD_IDS.from}-buyer` }, errors);

  const submit = (values: Values) => {
    const body = RequestEvidence.parse(bodyOf(values));
    request.mutate(body, {
      onSuccess: () => {
        form.reset();
        notifications.show({
          color: "green",
          title: t("evidence.requestedTitle"),
          message: t("evidence.requested", { name: partyName(body.from, dispute), count: body.days }),
        });
      },
      onError: (error) => {
        if (!hasFieldErrors(error)) return;
        const { errors } = placeFieldErrors(error.fields, { keyOf: keyAmong(KEYS) });
        form.setErrors(errors);
        focusError(errors);
      },
    });
  };

  const refusal = request.error && !hasFieldErrors(request.error) ? request.error : null;
  return (
    <Paper
      withBorder
      p={{ base: "md", sm: "lg" }}
      component="section"
      aria-labelledby="request-evidence-heading"
    >
      <form onSubmit={form.onSubmit(submit, focusError)} noValidate>
        <Stack gap="md">
          <Title order={2} size="h4" id="request-evidence-heading">
            {t("evidence.title")}
          </Title>
          <Text size="sm">{t("evidence.intro")}</Text>
          <Radio.Group
            {...form.getInputProps("from")}
            label={t("evidence.whom")}
            name={FIELD_IDS.from}
            required
          >
            <Stack gap="xs" mt="xs">
              <Radio id={`${FIELD_IDS.from}-buyer`} value="buyer" label={partyName("buyer", dispute)} />
              <Radio value="seller" label={partyName("seller", dispute)} />
            </Stack>
          </Radio.Group>
          <Textarea
            {...form.getInputProps("message")}
            id={FIELD_IDS.message}
            label={t("evidence.need")}
            description={t("evidence.needHelp")}
            autosize
            minRows={3}
            maxRows={10}
            maxLength={2000}
            required
          />
          <NumberInput
            {...form.getInputProps("days")}
            id={FIELD_IDS.days}
            label={t("evidence.days")}
            description={t("evidence.daysHelp")}
            min={1}
            max={7}
            step={1}
            allowDecimal={false}
            allowNegative={false}
            clampBehavior="none"
            styles={{ wrapper: { maxWidth: 200 } }}
            required
          />
          {refusal && (
            <Alert color="red" icon={<AlertIcon />} role="alert" title={t("evidence.notRequested")}>
              {errorMessageOf(refusal)}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button type="submit" variant="light" loading={request.isPending}>
              {t("evidence.submit")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
