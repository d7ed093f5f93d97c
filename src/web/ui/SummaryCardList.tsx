import { Group, Paper, SimpleGrid, Stack, Text } from "@mantine/core";
import type { ReactNode } from "react";

export interface SummaryFact {
  label: string;
  value: ReactNode;
}

interface SummaryCardProps {
  /** Top left: what the item is (a kind badge, or the reference as the link). */
  label: ReactNode;
  /** Top right: where it stands. */
  status: ReactNode;
  /** The main line, usually the link to the item. */
  title: ReactNode;
  facts: SummaryFact[];
  footer?: ReactNode;
  /** A click anywhere on the card opens the item; keyboard users use the link inside it. */
  onOpen: () => void;
}

function Fact({ label, value }: SummaryFact) {
  return (
    <div>
      <Text size="xs" c="dimmed" component="dt">
        {label}
      </Text>
      <Text size="sm" component="dd" m={0} className="break-anywhere">
        {value}
      </Text>
    </div>
  );
}

/** One item of a list as a card that reads well from a 375 px phone to a desktop. */
export function SummaryCard({ label, status, title, facts, footer, onOpen }: SummaryCardProps) {
  return (
    <Paper
      component="li"
      withBorder
      p="md"
      className="clickable-row"
      onClick={onOpen}
      style={{ listStyle: "none" }}
    >
      <Stack gap="sm">
        <Group justify="space-between" gap="xs" wrap="wrap">
          {label}
          {status}
        </Group>
        {title}
        <SimpleGrid component="dl" cols={{ base: 2, sm: 4 }} spacing="sm" verticalSpacing="xs" m={0}>
          {facts.map((fact) => (
            <Fact key={fact.label} {...fact} />
          ))}
        </SimpleGrid>
        {footer}
      </Stack>
    </Paper>
  );
}

interface SummaryCardListProps {
  /** The list's name for screen readers. */
  label: string;
  /** Wider for cards that hold a form. */
  gap?: "sm" | "md";
  children: ReactNode;
}

/** A list of cards (SummaryCards, review cards), named for screen readers. */
export function SummaryCardList({ label, gap = "sm", children }: SummaryCardListProps) {
  return (
    <Stack component="ul" gap={gap} p={0} m={0} aria-label={label}>
      {children}
    </Stack>
  );
}
