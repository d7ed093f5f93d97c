import { Alert, Button, Group, Paper, Stack, Text, ThemeIcon, Title } from "@mantine/core";
import { useState } from "react";
import { MailIcon } from "../../ui/icons.tsx";
import { AnchorLink, ButtonLink } from "../../ui/links.tsx";
import { errorMessageOf } from "../../ui/QueryState.tsx";
import { sendVerificationEmail, useSession } from "./session.ts";

/**
 * After signing up: the account works already; the email still needs confirming. Sign-up answers alike
 * whether or not the address had an account; when it had one, no session follows and the mail says so.
 */
export function CheckInbox({ email }: { email: string }) {
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
          {signedIn ? "Check your inbox to confirm your email" : "Check your inbox"}
        </Title>
        {signedIn ? (
          <Text>
            Your account is ready and you are signed in. We sent a link to <strong>{email}</strong>: open it
            to confirm that the address is yours.
          </Text>
        ) : (
          <Text>
            We sent an email to <strong>{email}</strong>. If this address already has an account, the email
            says so and no new account was made: <AnchorLink to="/sign-in">sign in</AnchorLink> instead.
          </Text>
        )}
        <Text size="sm" c="dimmed">
          No email? Look in the spam folder, or{" "}
          <AnchorLink to="/dev/mailbox">the development mailbox</AnchorLink> if this server has no mail
          server.
        </Text>
        {state === "sent" && (
          <Alert color="green" role="status">
            We sent the link again.
          </Alert>
        )}
        {typeof state === "object" && (
          <Alert color="red" role="alert">
            {state.error}
          </Alert>
        )}
        <Group>
          <ButtonLink to="/report">Go to the Report Center</ButtonLink>
          {signedIn && (
            <Button variant="default" onClick={resend} loading={state === "sending"}>
              Send the link again
            </Button>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}
