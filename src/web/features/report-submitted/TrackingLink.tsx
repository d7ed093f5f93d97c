import { Anchor, Button, CopyButton, Group, Paper, Stack, Text, TextInput, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";

/** The guest's private link to follow the report, with a copy button. */
export function TrackingLink({ url }: { url: string }) {
  const { t } = useTranslation("reportSubmitted");
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
          {t("link.title")}
        </Title>
        <Text size="sm" c="dimmed">
          {t("link.text")}
        </Text>
        <Group gap="xs" wrap="nowrap" align="flex-end">
          <TextInput
            label={t("link.label")}
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
                {copied ? t("link.copied") : t("link.copy")}
              </Button>
            )}
          </CopyButton>
        </Group>
        <Anchor href={path} size="sm">
          {t("link.open")}
        </Anchor>
      </Stack>
    </Paper>
  );
}
