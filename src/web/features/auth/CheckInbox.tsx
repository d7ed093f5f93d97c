import { Alert, Button, Group, Paper, Stack, Text, ThemeIcon, Title } from "@mantine/core";
import { useState } from "react";
import { Trans, useTranslation } from "react-i18next";
import { MailIcon } from "../../ui/icons.tsx";
import { AnchorLink, ButtonLink } from "../../ui/links.tsx";
import { errorMessageOf } from "../../ui/QueryState.tsx";
import { sendVerificationEmail, useSession } from "./session.ts";

/**
 * After signing up: the account works already; the email still needs confirming. Sign-up answers alike
 * whether or not the address had an account; when it had one, no session follows and the mail says so.
 */
export function CheckInbox({ email }: { email: string }) {
  const { t } = useTranslation("auth");
  const { user } = useSession();
  const signedIn = user?.email.toLowerCase() === email.toLowerCase();
  const [state, setState] = useState<"idle" | "sending" | "sent" | { error: string }>("idle");
  const resend = async () => {
    setState("sending");
    try {
      await sendVerificationEmail(email);
      setState("sent");
    } catch (error) {
      setState({ error: errorMessageOf(error) });
    }
  };
  return (
    <Paper withBorder p={{ base: "lg", sm: "xl" }} maw={560} mx="auto">
      <Stack gap="md" align="flex-start">
        <ThemeIcon size={48} radius="xl" variant="light" aria-hidden="true">
          <MailIcon size={26} />
        </ThemeIcon>
        <Title order={1} size="h2">
          {signedIn ? t("inbox.titleSignedIn") : t("inbox.title")}
        </Title>
        {signedIn ? (
          <Text>
            <Trans
              t={t}
              i18nKey="inbox.sentSignedIn"
              values={{ email }}
              components={{ strong: <strong /> }}
            />
          </Text>
        ) : (
          <Text>
            <Trans
              t={t}
              i18nKey="inbox.sent"
              values={{ email }}
              components={{ strong: <strong />, signin: <AnchorLink to="/sign-in" /> }}
            />
          </Text>
        )}
        <Text size="sm" c="dimmed">
          <Trans t={t} i18nKey="inbox.noEmail" components={{ mailbox: <AnchorLink to="/dev/mailbox" /> }} />
        </Text>
        {state === "sent" && (
          <Alert color="green" role="status">
            {t("inbox.sentAgain")}
          </Alert>
        )}
        {typeof state === "object" && (
          <Alert color="red" role="alert">
            {state.error}
          </Alert>
        )}
        <Group>
          <ButtonLink to="/report">{t("goToReportCenter")}</ButtonLink>
          {signedIn && (
            <Button variant="default" onClick={resend} loading={state === "sending"}>
              {t("inbox.resend")}
            </Button>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}
