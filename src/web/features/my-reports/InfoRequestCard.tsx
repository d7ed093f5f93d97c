import { Alert, Blockquote, Button, Card, Group, Stack, Text, Textarea, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { Trans, useTranslation } from "react-i18next";
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
  const { t } = useTranslation("myReports");
  const send = useProvideInfo(reportId, token);
  const form = useForm({ mode: "controlled", initialValues: { message: "" } });
  const overdue = new Date(request.dueAt).getTime() < Date.now();
  const problem = send.error instanceof ApiError && send.error.fields.message ? null : send.error;

  const submit = (values: { message: string }) => {
    const parsed = ProvideInfo.safeParse(values);
    if (!parsed.success) {
      form.setFieldError("message", parsed.error.issues[0]?.message ?? t("info.check"));
      document.getElementById("info-answer")?.focus();
      return;
    }
    send.mutate(parsed.data.message, {
      onSuccess: () => {
        form.reset();
        notifications.show({
          color: "green",
          title: t("info.sentTitle"),
          message: t("info.sent"),
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
            {t("info.title")}
          </Title>
          <Blockquote color="orange" p="sm" mt={0} bg="white">
            <Text style={{ whiteSpace: "pre-wrap" }} className="break-anywhere">
              {request.message}
            </Text>
          </Blockquote>
          <Text size="sm" fw={500} c={overdue ? "red.8" : undefined}>
            <Trans
              t={t}
              i18nKey="info.answerBy"
              values={{ date: formatDateTime(request.dueAt) }}
              components={{ time: <time dateTime={request.dueAt} /> }}
            />
            {overdue && t("info.overdue")}
          </Text>
          <Text size="sm" c="dimmed">
            {t("info.paused")}
          </Text>
          {problem && (
            <Alert color="red" icon={<AlertIcon />} role="alert" title={t("info.notSent")}>
              {errorMessageOf(problem)}
            </Alert>
          )}
          <Textarea
            id="info-answer"
            label={t("info.label")}
            description={t("info.help", { max: ANSWER_MAX })}
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
              {t("info.submit")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
