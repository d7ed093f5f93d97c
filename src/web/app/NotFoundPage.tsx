import { Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ButtonLink } from "../ui/links.tsx";
import { usePageTitle } from "../ui/usePageTitle.ts";

export function NotFoundPage() {
  const { t } = useTranslation();
  usePageTitle(t("notFound.title"));
  return (
    <Stack align="center" gap="md" py="xl" ta="center">
      <Title order={1}>{t("notFound.title")}</Title>
      <Text c="dimmed">{t("notFound.text")}</Text>
      <ButtonLink to="/">{t("notFound.home")}</ButtonLink>
    </Stack>
  );
}
