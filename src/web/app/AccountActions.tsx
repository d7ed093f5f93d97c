import { Avatar, Button, Group, Loader, Stack, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useNavigate, useRouterState } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { signOut, useRefreshAfterAuthChange, useSession } from "../features/auth/session.ts";
import { errorMessageOf } from "../ui/QueryState.tsx";

function initialsOf(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  return ((parts[0]?.[0] ?? "") + (parts[1]?.[0] ?? "")).toUpperCase() || "?";
}

/** Who is signed in and "Sign out"; or "Sign in" / "Sign up" for a guest (hidden on their own pages). */
export function AccountActions({ vertical = false }: { vertical?: boolean }) {
  const { user, isPending } = useSession();
  const navigate = useNavigate();
  const refresh = useRefreshAfterAuthChange();
  const pathname = useRouterState({ select: (s) => s.location.pathname });
  const [signingOut, setSigningOut] = useState(false);
  const { t } = useTranslation();
  const Layout = vertical ? Stack : Group;

  if (isPending) return <Loader size="sm" aria-label={t("account.checking")} />;

  if (user) {
    const handleSignOut = async () => {
      setSigningOut(true);
      try {
        await signOut();
        await refresh();
        notifications.show({ message: t("account.signedOut"), color: "gray" });
        await navigate({ to: "/" });
      } catch (error) {
        notifications.show({
          title: t("account.signOutFailed"),
          message: errorMessageOf(error),
          color: "red",
        });
      } finally {
        setSigningOut(false);
      }
    };
    return (
      <Layout gap="sm" wrap="nowrap">
        <Group gap="xs" wrap="nowrap">
          <Avatar size="sm" color="indigo" radius="xl" aria-hidden="true">
            {initialsOf(user.name)}
          </Avatar>
          {/* In the header the name waits for a wide screen: with every link a staff member sees (and German
              labels), the line is full at 1280 px; the initials stay, the menu shows the name. */}
          <Text
            size="sm"
            fw={500}
            truncate
            maw={180}
            title={user.email}
            visibleFrom={vertical ? undefined : "xl"}
          >
            {user.name}
          </Text>
        </Group>
        <Button variant="default" size="sm" onClick={handleSignOut} loading={signingOut}>
          {t("account.signOut")}
        </Button>
      </Layout>
    );
  }

  return (
    <Layout gap="xs" wrap="nowrap">
      {pathname !== "/sign-in" && (
        <Button variant="default" size="sm" onClick={() => navigate({ to: "/sign-in" })}>
          {t("account.signIn")}
        </Button>
      )}
      {pathname !== "/sign-up" && (
        <Button size="sm" onClick={() => navigate({ to: "/sign-up" })}>
          {t("account.signUp")}
        </Button>
      )}
    </Layout>
  );
}
