import { Paper, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { SignInPrompt } from "../../features/auth/SignInPrompt.tsx";
import { useSession } from "../../features/auth/session.ts";
import { ButtonLink } from "../../ui/links.tsx";
import { LoadingBlock } from "../../ui/QueryState.tsx";
import { isStaffRole } from "./console-access.ts";

function StaffOnly() {
  return (
    <Paper withBorder p="xl" maw={560} mx="auto">
      <Stack gap="md" align="flex-start">
        <Title order={1} size="h2">
          This page is for staff
        </Title>
        <Text>The moderation console is open to moderators and admins only.</Text>
        <ButtonLink to="/my/reports" variant="default">
          Go to My Reports
        </ButtonLink>
      </Stack>
    </Paper>
  );
}

/** Shows its content only to signed-in staff; everyone else is told plainly why not. */
export function ConsoleGate({ redirect, children }: { redirect: string; children: ReactNode }) {
  const { user, isPending } = useSession();
  if (isPending) return <LoadingBlock rows={6} height={36} />;
  if (!user) return <SignInPrompt what="use the moderation console" redirect={redirect} />;
  if (!isStaffRole(user.role)) return <StaffOnly />;
  return children;
}
