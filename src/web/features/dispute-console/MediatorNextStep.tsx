import { Paper, Stack, Text, Title } from "@mantine/core";
import type { ConsoleDispute } from "../../../contracts/disputes.ts";
import { formatDateTime } from "../../ui/format.ts";
import { formatRelative, useNow } from "../../ui/time.ts";
import { partyName } from "./dispute-console.labels.ts";

const COLORS = { platform: "orange", side: "indigo", nobody: "green" } as const;

function headingOf(dispute: ConsoleDispute): string {
  const { who } = dispute.next;
  if (who === "platform") return "The platform’s turn: rule, or ask for evidence";
  if (who === "nobody") return "Nothing more to do";
  return `Waiting for ${partyName(who, dispute)}`;
}

/** Who must act next, by when, and what the timer does if nobody acts: the same facts both sides see. */
export function MediatorNextStep({ dispute }: { dispute: ConsoleDispute }) {
  const now = useNow();
  const { next } = dispute;
  const color =
    next.who === "platform" ? COLORS.platform : next.who === "nobody" ? COLORS.nobody : COLORS.side;
  return (
    <Paper
      component="section"
      aria-labelledby="next-step-heading"
      p={{ base: "md", sm: "lg" }}
      withBorder
      bg={`${color}.0`}
      h="100%"
      style={{ borderColor: `var(--mantine-color-${color}-6)`, borderWidth: 2 }}
    >
      <Stack gap="xs">
        <Text size="xs" fw={700} tt="uppercase" c={`${color}.9`}>
          Next step
        </Text>
        <Title order={2} size="h4" id="next-step-heading">
          {headingOf(dispute)}
        </Title>
        {next.by && (
          <Text fw={600}>
            By <time dateTime={next.by}>{formatDateTime(next.by)}</time>{" "}
            <Text span fw={400} c="dark.6">
              ({formatRelative(next.by, now)}, your time)
            </Text>
          </Text>
        )}
        <Text>{next.text}</Text>
        {next.ifNobodyActs && (
          <Text size="sm">
            <Text span fw={700}>
              If nobody acts:{" "}
            </Text>
            {next.ifNobodyActs}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
