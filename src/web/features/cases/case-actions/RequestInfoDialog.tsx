import { Alert, Button, Group, Modal, NumberInput, Stack, Textarea } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import i18next from "i18next";
import { useTranslation } from "react-i18next";
import { type CaseDetail, RequestInfo } from "../../../../contracts/console.ts";
import { focusFirstListed, hasFieldErrors, placeIssues } from "../../../ui/form-errors.ts";
import { AlertIcon } from "../../../ui/icons.tsx";
import { errorMessageOf } from "../../../ui/QueryState.tsx";
import { useFullScreenDialog } from "../../../ui/useFullScreenDialog.ts";
import { useRequestInfo } from "../cases.api.ts";

interface Values {
  message: string;
  days: number | string;
}

const MESSAGES = { message: "ask.messageRule", days: "ask.daysRule" } as const;

const FIELD_IDS: Record<keyof Values, string> = {
  message: "request-info-message",
  days: "request-info-days",
};
const focusOnError = (errors: Record<string, unknown>) => focusFirstListed(FIELD_IDS, errors);

/** The shared RequestInfo schema, its issues put next to the fields. */
function validate(values: Values): Partial<Record<keyof Values, string>> {
  const checked = RequestInfo.safeParse({
    message: values.message,
    days: values.days === "" ? undefined : values.days,
  });
  if (checked.success) return {};
  return placeIssues(checked.error.issues, {
    keyOf: (path) => (path[0] === "days" ? "days" : "message"),
    messageOf: (key, issue) =>
      key === "message" && issue.code === "too_small"
        ? issue.message
        : i18next.t(`cases:${MESSAGES[key as keyof Values]}`),
  }).errors;
}

interface RequestInfoDialogProps {
  detail: CaseDetail;
  opened: boolean;
  onClose: () => void;
}

/** "Ask the reporters for more information": the case waits, and its SLA clock stops. */
export function RequestInfoDialog({ detail, opened, onClose }: RequestInfoDialogProps) {
  const { t } = useTranslation("cases");
  const form = useForm<Values>({ mode: "controlled", initialValues: { message: "", days: 7 }, validate });
  const send = useRequestInfo(detail.id);
  const fullScreen = useFullScreenDialog();

  const close = () => {
    send.reset();
    onClose();
  };

  const submit = (values: Values) =>
    send.mutate(
      { message: values.message.trim(), days: Number(values.days) },
      {
        onSuccess: () => {
          form.reset();
          close();
          notifications.show({ message: t("ask.sent"), color: "green" });
        },
        onError: (error) => {
          if (hasFieldErrors(error)) {
            form.setErrors(error.fields);
            focusOnError(error.fields);
          }
        },
      },
    );

  const problem = send.error && !hasFieldErrors(send.error);
  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t("ask.title")}
      size="lg"
      fullScreen={fullScreen}
      closeButtonProps={{ "aria-label": t("actions.close") }}
    >
      <form onSubmit={form.onSubmit(submit, focusOnError)} noValidate>
        <Stack gap="md">
          <Textarea
            {...form.getInputProps("message")}
            id={FIELD_IDS.message}
            label={t("ask.label")}
            description={
              detail.reporterCount === 1
                ? t("ask.helpOne")
                : t("ask.helpMany", { count: detail.reporterCount })
            }
            autosize
            minRows={4}
            maxRows={10}
            maxLength={2000}
            data-autofocus
          />
          <NumberInput
            {...form.getInputProps("days")}
            id={FIELD_IDS.days}
            label={t("ask.days")}
            description={t("ask.daysHelp")}
            min={1}
            max={30}
            allowDecimal={false}
            allowNegative={false}
            suffix={t("ask.daysSuffix")}
            maw={220}
          />
          {problem && (
            <Alert color="red" icon={<AlertIcon />} title={t("ask.notSent")} role="alert">
              {errorMessageOf(send.error)}
            </Alert>
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              {t("actions.cancel")}
            </Button>
            <Button type="submit" loading={send.isPending}>
              {t("ask.submit")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
