import { Paper, Stack, Text, ThemeIcon, Title } from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { AlertIcon, CheckIcon } from "../../ui/icons.tsx";
import { ButtonLink } from "../../ui/links.tsx";
import { usePageTitle } from "../../ui/usePageTitle.ts";
import { SESSION_KEY } from "./session.ts";

const route = getRouteApi("/verify-email");

/** Where the confirmation link in the email lands (better-auth redirects here, with ?error=… if it failed). */
export function VerifyEmailPage() {
  const { error } = route.useSearch();
  const queryClient = useQueryClient();
  const { t } = useTranslation("auth");
  usePageTitle(error ? t("verify.notConfirmed") : t("verify.confirmed"));

  useEffect(() => {
    // Confirming signs the user in: fetch the session afresh.
    void queryClient.invalidateQueries({ queryKey: SESSION_KEY });
  }, [queryClient]);

  return (
    <Paper withBorder p={{ base: "lg", sm: "xl" }} maw={560} mx="auto">
      <Stack align="center" ta="center" gap="md">
        <ThemeIcon size={56} radius="xl" color={error ? "red" : "green"} aria-hidden="true">
          {error ? <AlertIcon size={30} /> : <CheckIcon size={30} />}
        </ThemeIcon>
        <Title order={1} size="h2">
          {error ? t("verify.failedTitle") : t("verify.confirmed")}
        </Title>
        <Text>{error ? t("verify.failed") : t("verify.thanks")}</Text>
        <ButtonLink to={error ? "/sign-in" : "/report"}>
          {error ? t("goToSignIn") : t("goToReportCenter")}
        </ButtonLink>
      </Stack>
    </Paper>
  );
}
