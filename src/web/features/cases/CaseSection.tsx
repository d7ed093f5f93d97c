import { Card, Group, Title } from "@mantine/core";
import type { ReactNode } from "react";

/** A titled card of the case page; its heading names the region for screen readers. */
export function CaseSection({
  title,
  id,
  aside,
  children,
}: {
  title: string;
  id: string;
  /** Shown beside the title, e.g. a count or a "Staff only" badge. */
  aside?: ReactNode;
  children: ReactNode;
}) {
  return (
    <Card component="section" aria-labelledby={id}>
      <Group justify="space-between" gap="xs" mb="sm">
        <Title order={2} size="h4" id={id}>
          {title}
        </Title>
        {aside}
      </Group>
      {children}
    </Card>
  );
}
