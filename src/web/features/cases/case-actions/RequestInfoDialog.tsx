import { Alert, Button, Group, Modal, NumberInput, Stack, Textarea } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { type CaseDetail, RequestInfo } from "../../../../contracts/console.ts";
import { ApiError } from "../../../api/http.ts";
import { AlertIcon } from "../../../ui/icons.tsx";
import { errorMessageOf } from "../../../ui/QueryState.tsx";
import { useFullScreenDialog } from "../../../ui/useFullScreenDialog.ts";
import { useRequestInfo } from "../cases.api.ts";

interface Values {
  message: string;
  days: number | string;
}

const MESSAGES: Record<keyof Values, string> = {
  message: "Write your question in 10 to 2000 characters.",
  days: "Give the reporters a whole number of days from 1 to 30.",
};

/** The shared RequestInfo schema, its issues put next to the fields. */
function validate(values: Values): Partial<Record<keyof Values, string>> {
  const checked = RequestInfo.safeParse({
    message: values.message,
    days: values.days === "" ? undefined : values.days,
  });
  if (checked.success) return {};
  const errors: Partial<Record<keyof Values, string>> = {};
  for (const issue of checked.error.issues) {
    const key = issue.path[0] === "days" ? "days" : "message";
    errors[key] ??= key === "message" && issue.code === "too_small" ? issue.message : MESSAGES[key];
  }
  return errors;
}

interface RequestInfoDialogProps {
  detail: CaseDetail;
  opened: boolean;
  onClose: () => void;
}

/** "Ask the reporters for more information": the case waits, and its SLA clock stops. */
export function RequestInfoDialog({ detail, opened, onClose }: RequestInfoDialogProps) {
  const form = useForm<Values>({ mode: "controlled", initialValues: { message: "", days: 7 }, validate });
  const send = useRequestInfo(detail.id);
  const fullScreen = useFullScreenDialog();

  const close = () => {
    send.reset();
    onClose();
  };
  const focusFirstError = (errors: Record<string, unknown>) =>
    document.getElementById(errors.message ? "request-info-message" : "request-info-days")?.focus();

  const submit = (values: Values) =>
    send.mutate(
      { message: values.message.trim(), days: Number(values.days) },
      {
        onSuccess: () => {
          form.reset();
          close();
          notifications.show({
            message: "Question sent. The case waits for an answer; its SLA clock is stopped.",
            color: "green",
          });
        },
        onError: (error) => {
          if (error instanceof ApiError && Object.keys(error.fields).length > 0) {
            form.setErrors(error.fields);
            focusFirstError(error.fields);
          }
        },
      },
    );

  const problem =
    send.error && !(send.error instanceof ApiError && Object.keys(send.error.fields).length > 0);
  return (
    <Modal
      opened={opened}
      onClose={close}
      title="Ask the reporters for more information"
      size="lg"
      fullScreen={fullScreen}
      closeButtonProps={{ "aria-label": "Close" }}
    >
      <form onSubmit={form.onSubmit(submit, focusFirstError)} noValidate>
        <Stack gap="md">
          <Textarea
            {...form.getInputProps("message")}
            id="request-info-message"
            label="Your question"
            description={`Sent by email to ${detail.reporterCount === 1 ? "the reporter" : `all ${detail.reporterCount} reporters`} and shown in My Reports. Say exactly what you need, e.g. a photo of the label or an order number.`}
            autosize
            minRows={4}
            maxRows={10}
            maxLength={2000}
            data-autofocus
          />
          <NumberInput
            {...form.getInputProps("days")}
            id="request-info-days"
            label="Days to answer"
            description="1 to 30 days. The SLA clock stops until a reporter answers."
            min={1}
            max={30}
            allowDecimal={false}
            allowNegative={false}
            suffix=" days"
            maw={220}
          />
          {problem && (
            <Alert color="red" icon={<AlertIcon />} title="The question was not sent" role="alert">
              {errorMessageOf(send.error)}
            </Alert>
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={send.isPending}>
              Send question
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
