import { Paper, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { ButtonLink } from "../../ui/links.tsx";
import { LoadingBlock } from "../../ui/QueryState.tsx";
import { SignInPrompt } from "../auth/SignInPrompt.tsx";
import { useSession } from "../auth/session.ts";

function AdminsOnly() {
  const { t } = useTranslation("admin");
  return (
    <Paper withBorder p="xl" maw={560} mx="auto">
      <Stack gap="md" align="flex-start">
        <Title order={1} size="h2">
          {t("adminsOnlyTitle")}
        </Title>
        <Text>{t("adminsOnly")}</Text>
        <ButtonLink to="/" variant="default">
          {t("goHome")}
        </ButtonLink>
      </Stack>
    </Paper>
  );
}

/** Shows its content only to signed-in admins; everyone else is told plainly why not. */
export function AdminGate({ redirect, children }: { redirect: string; children: ReactNode }) {
  const { user, isPending } = useSession();
  const { t } = useTranslation("admin");
  if (isPending) return <LoadingBlock rows={6} height={36} />;
  if (!user) return <SignInPrompt what={t("signInTo")} redirect={redirect} />;
  if (user.role !== "admin") return <AdminsOnly />;
  return children;
}
