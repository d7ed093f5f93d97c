import { Alert, Blockquote, Button, Card, Group, Stack, Text, Textarea, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { ProvideInfo, type ReportDetail } from "../../../contracts/reports.ts";
import { ApiError } from "../../api/http.ts";
import { formatDateTime } from "../../ui/format.ts";
import { AlertIcon } from "../../ui/icons.tsx";
import { errorMessageOf } from "../../ui/QueryState.tsx";
import { useProvideInfo } from "./reports.api.ts";

type InfoRequest = NonNullable<ReportDetail["infoRequest"]>;

const ANSWER_MAX = 5000;

interface InfoRequestCardProps {
  reportId: string;
  /** A guest's private token; undefined when signed in. */
  token: string | undefined;
  request: InfoRequest;
}

/** The moderator's question, and the reporter's answer form; answering puts the report back in review. */
export function InfoRequestCard({ reportId, token, request }: InfoRequestCardProps) {
  const send = useProvideInfo(reportId, token);
  const form = useForm({ mode: "controlled", initialValues: { message: "" } });
  const overdue = new Date(request.dueAt).getTime() < Date.now();
  const problem = send.error instanceof ApiError && send.error.fields.message ? null : send.error;

  const submit = (values: { message: string }) => {
    const parsed = ProvideInfo.safeParse(values);
    if (!parsed.success) {
      form.setFieldError("message", parsed.error.issues[0]?.message ?? "Check your answer.");
      document.getElementById("info-answer")?.focus();
      return;
    }
    send.mutate(parsed.data.message, {
      onSuccess: () => {
        form.reset();
        notifications.show({
          color: "green",
          title: "Answer sent",
          message: "Thank you. The moderator will continue the review with your answer.",
        });
      },
      onError: (error) => {
        if (error instanceof ApiError && error.fields.message)
          form.setFieldError("message", error.fields.message);
      },
    });
  };

  return (
    <Card
      component="section"
      aria-labelledby="info-request-heading"
      bg="orange.0"
      style={{ borderColor: "var(--mantine-color-orange-5)", borderWidth: 2 }}
    >
      <form onSubmit={form.onSubmit(submit)} noValidate>
        <Stack gap="sm">
          <Title order={2} size="h3" id="info-request-heading">
            The moderator needs more information
          </Title>
          <Blockquote color="orange" p="sm" mt={0} bg="white">
            <Text style={{ whiteSpace: "pre-wrap" }} className="break-anywhere">
              {request.message}
            </Text>
          </Blockquote>
          <Text size="sm" fw={500} c={overdue ? "red.8" : undefined}>
            Please answer by <time dateTime={request.dueAt}>{formatDateTime(request.dueAt)}</time>.
            {overdue && " The deadline has passed, but you can still answer."}
          </Text>
          <Text size="sm" c="dimmed">
            The review is paused until you answer; the time to a decision does not run meanwhile.
          </Text>
          {problem && (
            <Alert color="red" icon={<AlertIcon />} role="alert" title="Your answer was not sent">
              {errorMessageOf(problem)}
            </Alert>
          )}
          <Textarea
            id="info-answer"
            label="Your answer"
            description={`Between 10 and ${ANSWER_MAX} characters.`}
            required
            autosize
            minRows={4}
            maxRows={12}
            maxLength={ANSWER_MAX}
            {...form.getInputProps("message")}
          />
          <Group justify="space-between" gap="sm">
            <Text size="xs" c="dimmed">
              {form.values.message.length} / {ANSWER_MAX}
            </Text>
            <Button type="submit" loading={send.isPending}>
              Send answer
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
