import { Group, Stack, Text, Title } from "@mantine/core";
import { Link } from "@tanstack/react-router";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { usePageTitle } from "../../ui/usePageTitle.ts";
import { AdminGate } from "./AdminGate.tsx";

interface AdminLayoutProps {
  title: string;
  intro: string;
  path:
    | "/admin/staff"
    | "/admin/outcome-messages"
    | "/admin/trusted-flaggers"
    | "/admin/help"
    | "/admin/audit"
    | "/admin/api-keys"
    | "/admin/statements";
  children: ReactNode;
}

/** The frame of an admin page: its title, the links between admin pages, and the admin-only gate. */
export function AdminLayout({ title, intro, path, children }: AdminLayoutProps) {
  const { t } = useTranslation("admin");
  usePageTitle(t("pageTitle", { title }));
  return (
    <AdminGate redirect={path}>
      <Stack gap="lg">
        <nav aria-label={t("nav.label")}>
          <Group gap="xs" wrap="wrap">
            <Link to="/admin/staff" className="nav-link">
              {t("nav.staff")}
            </Link>
            <Link to="/admin/outcome-messages" className="nav-link">
              {t("nav.outcomeMessages")}
            </Link>
            <Link to="/admin/trusted-flaggers" className="nav-link">
              {t("nav.trustedFlaggers")}
            </Link>
            <Link to="/admin/help" className="nav-link">
              {t("nav.help")}
            </Link>
            <Link to="/admin/audit" className="nav-link">
              {t("nav.audit")}
            </Link>
            <Link to="/admin/api-keys" className="nav-link">
              {t("nav.apiKeys")}
            </Link>
            <Link to="/admin/statements" className="nav-link">
              {t("nav.statements")}
            </Link>
          </Group>
        </nav>
        <Stack gap={4}>
          <Title order={1}>{title}</Title>
          <Text c="dimmed">{intro}</Text>
        </Stack>
        {children}
      </Stack>
    </AdminGate>
  );
}
