import { Alert, Card, Group, SimpleGrid, Stack, Text, ThemeIcon, Title } from "@mantine/core";
import { InfoIcon, ShieldIcon, StoreIcon } from "../../ui/icons.tsx";
import { ButtonLink } from "../../ui/links.tsx";
import { usePageTitle } from "../../ui/usePageTitle.ts";

const STEPS = [
  {
    title: "Choose what is wrong",
    text: "Counterfeits, copied photos, prohibited goods, phishing, fraud or fake reviews: each has its own form.",
  },
  {
    title: "Tell us and attach evidence",
    text: "Paste the link, describe the problem in any language and add up to 10 files as proof.",
  },
  {
    title: "Follow the decision",
    text: "You get a reference number at once. Our teams decide within 48 hours and tell you the outcome.",
  },
];

export function HomePage() {
  usePageTitle(undefined);
  return (
    <Stack gap="xl">
      <Stack gap="md" py="lg" maw={760}>
        <Title order={1} fz={{ base: 32, sm: 44 }} lh={1.15}>
          Report a problem with a listing or a store
        </Title>
        <Text size="lg" c="dimmed">
          Redress is the marketplace's report center. Tell us about counterfeits, prohibited goods, scams,
          phishing or fake reviews. Moderators review every report, act on the listing or store, and tell you
          what they decided. The seller never learns who reported, unless you choose to tell them.
        </Text>
        <Group gap="md" mt="sm">
          <ButtonLink to="/report" size="lg" leftSection={<ShieldIcon />}>
            Report a problem
          </ButtonLink>
          <ButtonLink to="/shop" size="lg" variant="default" leftSection={<StoreIcon />}>
            Browse the demo shop
          </ButtonLink>
        </Group>
      </Stack>

      <section aria-labelledby="how-it-works">
        <Title order={2} id="how-it-works" mb="md">
          How it works
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="lg">
          {STEPS.map((step, i) => (
            <Card key={step.title}>
              <ThemeIcon radius="xl" size="lg" variant="light" mb="sm" aria-hidden="true">
                {i + 1}
              </ThemeIcon>
              <Title order={3} size="h4" mb={4}>
                {step.title}
              </Title>
              <Text size="sm" c="dimmed">
                {step.text}
              </Text>
            </Card>
          ))}
        </SimpleGrid>
      </section>

      <Alert variant="light" color="yellow" icon={<InfoIcon />} title="A problem with your own order?">
        <Stack gap="xs" align="flex-start">
          <Text size="sm">
            If an order did not arrive, is not as described, or arrived damaged, that is a dispute with the
            seller, not a report. Open it from your order: the seller has 5 days to answer, and the platform
            decides if you cannot agree.
          </Text>
          <ButtonLink to="/my/orders" size="sm" variant="default">
            Open a dispute from My Orders
          </ButtonLink>
        </Stack>
      </Alert>
    </Stack>
  );
}
