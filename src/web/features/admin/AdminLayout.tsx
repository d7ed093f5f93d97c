import { Group, Stack, Text, Title } from "@mantine/core";
import { Link } from "@tanstack/react-router";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { usePageTitle } from "../../ui/usePageTitle.ts";
import { AdminGate } from "./AdminGate.tsx";

/** The admin pages, in the order of the links between them. */
const ADMIN_PAGES = [
  { path: "/admin/staff", label: "nav.staff" },
  { path: "/admin/outcome-messages", label: "nav.outcomeMessages" },
  { path: "/admin/trusted-flaggers", label: "nav.trustedFlaggers" },
  { path: "/admin/help", label: "nav.help" },
  { path: "/admin/audit", label: "nav.audit" },
  { path: "/admin/api-keys", label: "nav.apiKeys" },
  { path: "/admin/statements", label: "nav.statements" },
] as const;

interface AdminLayoutProps {
  title: string;
  intro: string;
  path: (typeof ADMIN_PAGES)[number]["path"];
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
            {ADMIN_PAGES.map((page) => (
              <Link key={page.path} to={page.path} className="nav-link">
                {t(page.label)}
              </Link>
            ))}
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
