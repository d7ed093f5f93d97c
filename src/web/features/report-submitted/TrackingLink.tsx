import { Anchor, Button, CopyButton, Group, Paper, Stack, Text, TextInput, Title } from "@mantine/core";

/** The guest's private link to follow the report, with a copy button. */
export function TrackingLink({ url }: { url: string }) {
  const path = (() => {
    try {
      const parsed = new URL(url, window.location.origin);
      return parsed.pathname + parsed.search;
    } catch {
      return url;
    }
  })();
  return (
    <Paper withBorder p="lg">
      <Stack gap="sm">
        <Title order={2} size="h4">
          Your private link to follow this report
        </Title>
        <Text size="sm" c="dimmed">
          You reported without an account. Keep this link: with it you follow the report here, answer the
          moderator and appeal the decision. Anyone who has it can see the report. Lost it? “Find my report”
          in the Report Center sends a new one to your email.
        </Text>
        <Group gap="xs" wrap="nowrap" align="flex-end">
          <TextInput
            label="Private tracking link"
            value={url}
            readOnly
            onFocus={(event) => event.currentTarget.select()}
            style={{ flex: 1 }}
          />
          <CopyButton value={url}>
            {({ copied, copy }) => (
              <Button
                color={copied ? "green" : "indigo"}
                onClick={copy}
                variant={copied ? "filled" : "light"}
              >
                {copied ? "Copied" : "Copy link"}
              </Button>
            )}
          </CopyButton>
        </Group>
        <Anchor href={path} size="sm">
          Open the tracking page
        </Anchor>
      </Stack>
    </Paper>
  );
}
