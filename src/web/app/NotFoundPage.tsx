import { Stack, Text, Title } from "@mantine/core";
import { ButtonLink } from "../ui/links.tsx";
import { usePageTitle } from "../ui/usePageTitle.ts";

export function NotFoundPage() {
  usePageTitle("Page not found");
  return (
    <Stack align="center" gap="md" py="xl" ta="center">
      <Title order={1}>Page not found</Title>
      <Text c="dimmed">
        There is nothing at this address. It may have moved, or the link may be mistyped.
      </Text>
      <ButtonLink to="/">Go to the home page</ButtonLink>
    </Stack>
  );
}
