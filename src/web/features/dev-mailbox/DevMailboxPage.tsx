import { Accordion, Alert, Button, Group, Stack, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { Mailbox } from "../../../contracts/dev-mailbox.ts";
import { ApiError, getParsed } from "../../api/http.ts";
import { formatDateTime } from "../../ui/format.ts";
import { InfoIcon } from "../../ui/icons.tsx";
import { AnchorLink } from "../../ui/links.tsx";
import { ErrorBlock, LoadingBlock } from "../../ui/QueryState.tsx";
import { usePageTitle } from "../../ui/usePageTitle.ts";
import { LinkifiedText } from "./LinkifiedText.tsx";

function MailList() {
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
        <Alert color="gray" icon={<InfoIcon />} title="No development mailbox here">
          This server sends real email through its SMTP server, so there is nothing to show.
        </Alert>
      );
    }
    if (query.error instanceof ApiError && query.error.status === 403) {
      return (
        <Alert color="gray" icon={<InfoIcon />} title="Only on the machine that runs Redress">
          The development mailbox holds other people's mail, so it opens only in a browser on the machine that
          runs Redress, or for an admin. <AnchorLink to="/sign-in">Sign in</AnchorLink> as an admin to read it
          from here.
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
          {mails.length === 1 ? "1 email" : `${mails.length} emails`}, newest first. Refreshes every few
          seconds.
        </Text>
        <Button variant="default" size="xs" onClick={() => query.refetch()} loading={query.isFetching}>
          Refresh
        </Button>
      </Group>
      {mails.length === 0 ? (
        <Text c="dimmed" py="lg" ta="center">
          No emails yet. Sign up or send a report, and the emails will show up here.
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
                    To {mail.to} · {formatDateTime(mail.sentAt)}
                  </Text>
                </Stack>
              </Accordion.Control>
              <Accordion.Panel>
                <Text size="xs" c="dimmed" mb="xs">
                  From {mail.from}
                </Text>
                <LinkifiedText text={mail.text} />
                {mail.linksHidden && (
                  <Text size="xs" c="dimmed" mt="xs">
                    A link in this email signs in or sets a password, so it is shown only to an admin and to
                    the recipient when signed in.
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
  usePageTitle("Development mailbox");
  return (
    <Stack gap="lg">
      <Title order={1}>Development mailbox</Title>
      <Alert color="yellow" icon={<InfoIcon />} variant="light">
        Development mode: this server sends no email and keeps it here instead. Never run it like this for
        real users.
      </Alert>
      <MailList />
    </Stack>
  );
}
