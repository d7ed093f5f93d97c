import { Paper, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { ButtonLink } from "../../ui/links.tsx";
import { LoadingBlock } from "../../ui/QueryState.tsx";
import { SignInPrompt } from "../auth/SignInPrompt.tsx";
import { useSession } from "../auth/session.ts";

function AdminsOnly() {
  return (
    <Paper withBorder p="xl" maw={560} mx="auto">
      <Stack gap="md" align="flex-start">
        <Title order={1} size="h2">
          This page is for admins
        </Title>
        <Text>Staff, departments and the messages reporters get are managed by admins only.</Text>
        <ButtonLink to="/" variant="default">
          Go to the home page
        </ButtonLink>
      </Stack>
    </Paper>
  );
}

/** Shows its content only to signed-in admins; everyone else is told plainly why not. */
export function AdminGate({ redirect, children }: { redirect: string; children: ReactNode }) {
  const { user, isPending } = useSession();
  if (isPending) return <LoadingBlock rows={6} height={36} />;
  if (!user) return <SignInPrompt what="manage Redress" redirect={redirect} />;
  if (user.role !== "admin") return <AdminsOnly />;
  return children;
}
