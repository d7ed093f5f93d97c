import { Group, Paper, Stack, Text, Title } from "@mantine/core";
import { ButtonLink } from "../../ui/links.tsx";

/** Shown instead of a page that needs an account. */
export function SignInPrompt({ what, redirect }: { what: string; redirect: string }) {
  return (
    <Paper withBorder p="xl" maw={560} mx="auto">
      <Stack gap="md" align="flex-start">
        <Title order={1} size="h2">
          Please sign in
        </Title>
        <Text>You need to be signed in to {what}.</Text>
        <Text size="sm" c="dimmed">
          Reported something as a guest? Use the private link from your receipt email to follow it.
        </Text>
        <Group>
          <ButtonLink to="/sign-in" search={{ redirect }}>
            Go to sign-in
          </ButtonLink>
          <ButtonLink to="/sign-up" variant="default">
            Create an account
          </ButtonLink>
        </Group>
      </Stack>
    </Paper>
  );
}
