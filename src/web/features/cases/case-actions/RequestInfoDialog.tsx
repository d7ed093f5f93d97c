import { Alert, Button, Group, Modal, NumberInput, Stack, Textarea } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
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

const MESSAGES: Record<keyof Values, string> = {
  message: "Write your question in 10 to 2000 characters.",
  days: "Give the reporters a whole number of days from 1 to 30.",
};

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
      key === "message" && issue.code === "too_small" ? issue.message : MESSAGES[key as keyof Values],
  }).errors;
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
      title="Ask the reporters for more information"
      size="lg"
      fullScreen={fullScreen}
      closeButtonProps={{ "aria-label": "Close" }}
    >
      <form onSubmit={form.onSubmit(submit, focusOnError)} noValidate>
        <Stack gap="md">
          <Textarea
            {...form.getInputProps("message")}
            id={FIELD_IDS.message}
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
            id={FIELD_IDS.days}
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
