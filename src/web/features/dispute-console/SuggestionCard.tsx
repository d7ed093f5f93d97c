import { Paper, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { ConsoleDispute } from "../../../contracts/disputes.ts";
import { outcomeName } from "./dispute-console.labels.ts";

/**
 * What the delivery rules give for "not received". It is only ever a suggestion: the mediator weighs the
 * evidence and may rule otherwise, so the card says so in words, not only by its colour.
 */
export function SuggestionCard({ dispute }: { dispute: ConsoleDispute }) {
  const { t } = useTranslation("disputeConsole");
  if (dispute.reason !== "not_received") return null;
  const { suggestion } = dispute;
  return (
    <Paper
      component="section"
      aria-labelledby="suggestion-heading"
      p={{ base: "md", sm: "lg" }}
      withBorder
      bg="gray.0"
      h="100%"
      style={{ borderStyle: "dashed" }}
    >
      <Stack gap="xs">
        <Text size="xs" fw={700} tt="uppercase" c="dark.6">
          {t("suggestion.label")}
        </Text>
        <Title order={2} size="h4" id="suggestion-heading">
          {suggestion
            ? t("suggestion.suggests", { outcome: outcomeName(suggestion.outcome) })
            : t("suggestion.none")}
        </Title>
        <Text>{suggestion ? suggestion.why : t("suggestion.noneWhy")}</Text>
        <Text size="sm" c="dark.6">
          {t("suggestion.notRuling")}
        </Text>
      </Stack>
    </Paper>
  );
}
