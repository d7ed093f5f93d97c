import { Group, Stack, Text, Title } from "@mantine/core";
import { Link } from "@tanstack/react-router";
import type { ReactNode } from "react";
import { usePageTitle } from "../../ui/usePageTitle.ts";
import { AdminGate } from "./AdminGate.tsx";

interface AdminLayoutProps {
  title: string;
  intro: string;
  path: "/admin/staff" | "/admin/outcome-messages" | "/admin/trusted-flaggers" | "/admin/help";
  children: ReactNode;
}

/** The frame of an admin page: its title, the links between admin pages, and the admin-only gate. */
export function AdminLayout({ title, intro, path, children }: AdminLayoutProps) {
  usePageTitle(`Admin: ${title}`);
  return (
    <AdminGate redirect={path}>
      <Stack gap="lg">
        <nav aria-label="Admin">
          <Group gap="xs" wrap="wrap">
            <Link to="/admin/staff" className="nav-link">
              Staff
            </Link>
            <Link to="/admin/outcome-messages" className="nav-link">
              Outcome messages
            </Link>
            <Link to="/admin/trusted-flaggers" className="nav-link">
              Trusted flaggers
            </Link>
            <Link to="/admin/help" className="nav-link">
              Help articles
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
