import { Alert, Badge, Button, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useEffect, useRef } from "react";
import { AlertIcon, CheckIcon } from "../../../ui/icons.tsx";
import { AnchorLink } from "../../../ui/links.tsx";
import type { BulkOutcome } from "./bulk-send.ts";

function summaryOf(outcomes: BulkOutcome[]) {
  const decided = outcomes.filter((o) => o.ok).length;
  if (decided === outcomes.length)
    return `All ${decided} case${decided === 1 ? "" : "s"} decided. The reporters and sellers are told.`;
  if (decided === 0) return "No case was decided.";
  return `${decided} of ${outcomes.length} cases decided; the others were not, for the reasons below.`;
}

/** What happened to each case of a bulk decision. */
export function BulkResults({ outcomes, onDone }: { outcomes: BulkOutcome[]; onDone: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const allOk = outcomes.every((o) => o.ok);
  useEffect(() => heading.current?.focus(), []);

  return (
    <Stack gap="md">
      <Title order={2} size="h4" ref={heading} tabIndex={-1} id="bulk-results-heading">
        Results
      </Title>
      <Alert color={allOk ? "green" : "orange"} icon={allOk ? <CheckIcon /> : <AlertIcon />} role="status">
        {summaryOf(outcomes)}
      </Alert>
      <Stack component="ul" gap="xs" p={0} m={0} aria-labelledby="bulk-results-heading">
        {outcomes.map((outcome) => (
          <Paper key={outcome.caseId} component="li" withBorder p="sm" style={{ listStyle: "none" }}>
            <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
              <AnchorLink
                to="/console/cases/$id"
                params={{ id: outcome.caseId }}
                size="sm"
                fw={600}
                className="break-anywhere"
              >
                {outcome.title}
              </AnchorLink>
              <Badge color={outcome.ok ? "green" : "red"} variant="light" style={{ flexShrink: 0 }}>
                {outcome.ok ? "Decided" : "Not decided"}
              </Badge>
            </Group>
            {!outcome.ok && outcome.message && (
              <Text size="sm" c="red.8" mt={4}>
                {outcome.message}
              </Text>
            )}
          </Paper>
        ))}
      </Stack>
      <Group justify="flex-end">
        <Button onClick={onDone}>Done</Button>
      </Group>
    </Stack>
  );
}
