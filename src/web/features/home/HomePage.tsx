import { Alert, Card, Group, SimpleGrid, Stack, Text, ThemeIcon, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { InfoIcon, ShieldIcon, StoreIcon } from "../../ui/icons.tsx";
import { ButtonLink } from "../../ui/links.tsx";
import { usePageTitle } from "../../ui/usePageTitle.ts";

const STEPS = ["choose", "tell", "follow"] as const;

export function HomePage() {
  const { t } = useTranslation("home");
  usePageTitle(undefined);
  return (
    <Stack gap="xl">
      <Stack gap="md" py="lg" maw={760}>
        <Title order={1} fz={{ base: 32, sm: 44 }} lh={1.15}>
          {t("title")}
        </Title>
        <Text size="lg" c="dimmed">
          {t("intro")}
        </Text>
        <Group gap="md" mt="sm">
          <ButtonLink to="/report" size="lg" leftSection={<ShieldIcon />}>
            {t("reportProblem")}
          </ButtonLink>
          <ButtonLink to="/shop" size="lg" variant="default" leftSection={<StoreIcon />}>
            {t("browseShop")}
          </ButtonLink>
        </Group>
      </Stack>

      <section aria-labelledby="how-it-works">
        <Title order={2} id="how-it-works" mb="md">
          {t("howItWorks")}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="lg">
          {STEPS.map((step, i) => (
            <Card key={step}>
              <ThemeIcon radius="xl" size="lg" variant="light" mb="sm" aria-hidden="true">
                {i + 1}
              </ThemeIcon>
              <Title order={3} size="h4" mb={4}>
                {t(`steps.${step}.title`)}
              </Title>
              <Text size="sm" c="dimmed">
                {t(`steps.${step}.text`)}
              </Text>
            </Card>
          ))}
        </SimpleGrid>
      </section>

      <Alert variant="light" color="yellow" icon={<InfoIcon />} title={t("ownOrder.title")}>
        <Stack gap="xs" align="flex-start">
          <Text size="sm">{t("ownOrder.text")}</Text>
          <ButtonLink
            to="/my/orders"
            size="sm"
            variant="default"
            maw="100%"
            // Longer words (the German label) wrap on a phone instead of pushing the notice wider.
            styles={{
              root: { height: "auto", minHeight: 36, paddingBlock: 6 },
              label: { whiteSpace: "normal" },
            }}
          >
            {t("ownOrder.action")}
          </ButtonLink>
        </Stack>
      </Alert>
    </Stack>
  );
}
