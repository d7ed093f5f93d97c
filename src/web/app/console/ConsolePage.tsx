import { Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { AnchorLink } from "../../ui/links.tsx";
import { usePageTitle } from "../../ui/usePageTitle.ts";
import { ConsoleGate } from "./ConsoleGate.tsx";

interface ConsolePageProps {
  title: string;
  /** This page's path, where signing in comes back to. */
  redirect: string;
  /** What the page is for and how its list is ordered. */
  intro: ReactNode;
  children: ReactNode;
}

/** A review page of the console: for staff only, with the way back to the console and its heading. */
export function ConsolePage({ title, redirect, intro, children }: ConsolePageProps) {
  const { t } = useTranslation("console");
  usePageTitle(title);
  return (
    <ConsoleGate redirect={redirect}>
      <Stack gap="lg">
        <Stack gap={4}>
          <AnchorLink to="/console" size="sm">
            {t("back")}
          </AnchorLink>
          <Title order={1}>{title}</Title>
          <Text c="dimmed">{intro}</Text>
        </Stack>
        {children}
      </Stack>
    </ConsoleGate>
  );
}
