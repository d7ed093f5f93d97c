import { Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ButtonLink } from "../../ui/links.tsx";

/** Shown instead of a page that needs an account; `what` is already in the interface language. */
export function SignInPrompt({ what, redirect }: { what: string; redirect: string }) {
  const { t } = useTranslation("auth");
  return (
    <Paper withBorder p="xl" maw={560} mx="auto">
      <Stack gap="md" align="flex-start">
        <Title order={1} size="h2">
          {t("prompt.title")}
        </Title>
        <Text>{t("prompt.text", { what })}</Text>
        <Text size="sm" c="dimmed">
          {t("prompt.guest")}
        </Text>
        <Group>
          <ButtonLink to="/sign-in" search={{ redirect }}>
            {t("goToSignIn")}
          </ButtonLink>
          <ButtonLink to="/sign-up" variant="default">
            {t("createAccount")}
          </ButtonLink>
        </Group>
      </Stack>
    </Paper>
  );
}
