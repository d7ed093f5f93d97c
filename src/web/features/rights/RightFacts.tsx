import { SimpleGrid, Stack, Text } from "@mantine/core";
import type { ReactNode } from "react";
import type { RightSummary } from "../../../contracts/rights.ts";
import { formatCalendarDate } from "../../ui/format.ts";

export function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={0} component="div">
      <Text size="xs" c="dimmed" component="dt">
        {label}
      </Text>
      <Text size="sm" component="dd" m={0} style={{ overflowWrap: "anywhere" }}>
        {children}
      </Text>
    </Stack>
  );
}

/** A right's registered facts as a description list: two columns from small screens up. */
export function RightFacts({ right, actsAsAgent }: { right: RightSummary; actsAsAgent: boolean }) {
  return (
    <SimpleGrid component="dl" cols={{ base: 1, xs: 2 }} spacing="sm" verticalSpacing="xs" m={0}>
      <Fact label="Office or jurisdiction">{right.office}</Fact>
      <Fact label="Owner">
        {right.ownerName}
        {actsAsAgent ? " (you act as its agent)" : ""}
      </Fact>
      {right.classes.length > 0 && <Fact label="Nice classes">{right.classes.join(", ")}</Fact>}
      <Fact label="Valid">
        {formatCalendarDate(right.validFrom)} –{" "}
        {right.validTo ? formatCalendarDate(right.validTo) : "no end date"}
      </Fact>
    </SimpleGrid>
  );
}
