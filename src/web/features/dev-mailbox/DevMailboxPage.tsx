import { Accordion, Alert, Button, Group, Stack, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { Trans, useTranslation } from "react-i18next";
import { Mailbox } from "../../../contracts/dev-mailbox.ts";
import { ApiError, getParsed } from "../../api/http.ts";
import { formatDateTime } from "../../ui/format.ts";
import { InfoIcon } from "../../ui/icons.tsx";
import { AnchorLink } from "../../ui/links.tsx";
import { ErrorBlock, LoadingBlock } from "../../ui/QueryState.tsx";
import { usePageTitle } from "../../ui/usePageTitle.ts";
import { LinkifiedText } from "./LinkifiedText.tsx";

function MailList() {
  const { t } = useTranslation("devMailbox");
  const query = useQuery({
    queryKey: ["dev-mailbox"],
    queryFn: ({ signal }) => getParsed("/api/v1/dev/mailbox", Mailbox, signal),
    refetchInterval: 5_000,
    staleTime: 0,
  });
  if (query.isPending) return <LoadingBlock rows={4} height={48} />;
  if (query.isError) {
    if (query.error instanceof ApiError && query.error.status === 404) {
      return (
        <Alert color="gray" icon={<InfoIcon />} title={t("noneHereTitle")}>
          {t("noneHere")}
        </Alert>
      );
    }
    if (query.error instanceof ApiError && query.error.status === 403) {
      return (
        <Alert color="gray" icon={<InfoIcon />} title={t("localOnlyTitle")}>
          <Trans t={t} i18nKey="localOnly" components={{ signin: <AnchorLink to="/sign-in" /> }} />
        </Alert>
      );
    }
    return <ErrorBlock error={query.error} onRetry={() => query.refetch()} />;
  }
  const mails = query.data.items;
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Text size="sm" c="dimmed" aria-live="polite">
          {t("count", { count: mails.length })}
        </Text>
        <Button variant="default" size="xs" onClick={() => query.refetch()} loading={query.isFetching}>
          {t("refresh")}
        </Button>
      </Group>
      {mails.length === 0 ? (
        <Text c="dimmed" py="lg" ta="center">
          {t("empty")}
        </Text>
      ) : (
        <Accordion variant="separated" multiple>
          {mails.map((mail) => (
            <Accordion.Item key={mail.messageId} value={mail.messageId}>
              <Accordion.Control>
                <Stack gap={2}>
                  <Text fw={600} size="sm">
                    {mail.subject}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {t("to", { to: mail.to, date: formatDateTime(mail.sentAt) })}
                  </Text>
                </Stack>
              </Accordion.Control>
              <Accordion.Panel>
                <Text size="xs" c="dimmed" mb="xs">
                  {t("from", { from: mail.from })}
                </Text>
                <LinkifiedText text={mail.text} />
                {mail.linksHidden && (
                  <Text size="xs" c="dimmed" mt="xs">
                    {t("linksHidden")}
                  </Text>
                )}
              </Accordion.Panel>
            </Accordion.Item>
          ))}
        </Accordion>
      )}
    </Stack>
  );
}

export function DevMailboxPage() {
  const { t } = useTranslation("devMailbox");
  usePageTitle(t("title"));
  return (
    <Stack gap="lg">
      <Title order={1}>{t("title")}</Title>
      <Alert color="yellow" icon={<InfoIcon />} variant="light">
        {t("devMode")}
      </Alert>
      <MailList />
    </Stack>
  );
}
