import { Text } from "@mantine/core";
import type { NextStep } from "../../../contracts/disputes.ts";
import { formatDateTime } from "../../ui/format.ts";
import { formatRelative } from "../../ui/time.ts";

/**
 * By when, what must happen, and what happens if nobody acts: the same words both sides and the
 * mediator read (the server writes them), with the deadline in the reader's own time.
 */
export function NextStepDetails({ next, now }: { next: NextStep; now: number }) {
  return (
    <>
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
    </>
  );
}
