import { Paper, Stack, Text, Title } from "@mantine/core";
import type { ConsoleDispute } from "../../../contracts/disputes.ts";
import { OUTCOME_NAMES } from "./dispute-console.labels.ts";

/**
 * What the delivery rules give for "not received". It is only ever a suggestion: the mediator weighs the
 * evidence and may rule otherwise, so the card says so in words, not only by its colour.
 */
export function SuggestionCard({ dispute }: { dispute: ConsoleDispute }) {
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
          Suggestion from the delivery rules
        </Text>
        <Title order={2} size="h4" id="suggestion-heading">
          {suggestion
            ? `The rules suggest: ${OUTCOME_NAMES[suggestion.outcome]}`
            : "The rules make no suggestion"}
        </Title>
        <Text>
          {suggestion
            ? suggestion.why
            : "The order has its own tracking number with a recent update, so the rules cannot settle it: weigh what both sides sent."}
        </Text>
        <Text size="sm" c="dark.6">
          This is not a ruling. You decide, on the evidence of both sides.
        </Text>
      </Stack>
    </Paper>
  );
}
