import { Paper, Stack, Text, Title } from "@mantine/core";

/**
 * Where the evidence of a dispute goes. Files cannot be attached to a dispute yet: the section says so
 * plainly instead of offering an upload that would go nowhere.
 */
export function EvidenceLater({ headingId }: { headingId: string }) {
  return (
    <Paper component="section" aria-labelledby={headingId} withBorder p="md" bg="gray.0">
      <Stack gap={4}>
        <Title order={3} size="h5" id={headingId}>
          Evidence (photos, screenshots, documents)
        </Title>
        <Text size="sm">
          Attaching files to a dispute is not available yet. Describe what you see as precisely as you can,
          and keep your photos, the packaging and any messages with the seller: the platform may ask for them
          if the dispute is escalated.
        </Text>
      </Stack>
    </Paper>
  );
}
