import { Paper, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { SignInPrompt } from "../../features/auth/SignInPrompt.tsx";
import { useSession } from "../../features/auth/session.ts";
import { ButtonLink } from "../../ui/links.tsx";
import { LoadingBlock } from "../../ui/QueryState.tsx";
import { isStaffRole } from "./console-access.ts";

function StaffOnly() {
  const { t } = useTranslation("console");
  return (
    <Paper withBorder p="xl" maw={560} mx="auto">
      <Stack gap="md" align="flex-start">
        <Title order={1} size="h2">
          {t("staffOnlyTitle")}
        </Title>
        <Text>{t("staffOnly")}</Text>
        <ButtonLink to="/my/reports" variant="default">
          {t("goToMyReports")}
        </ButtonLink>
      </Stack>
    </Paper>
  );
}

/** Shows its content only to signed-in staff; everyone else is told plainly why not. */
export function ConsoleGate({ redirect, children }: { redirect: string; children: ReactNode }) {
  const { user, isPending } = useSession();
  const { t } = useTranslation("console");
  if (isPending) return <LoadingBlock rows={6} height={36} />;
  if (!user) return <SignInPrompt what={t("signInTo")} redirect={redirect} />;
  if (!isStaffRole(user.role)) return <StaffOnly />;
  return children;
}
