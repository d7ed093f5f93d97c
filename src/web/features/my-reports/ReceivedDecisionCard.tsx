import { Badge, Card, Group, List, Stack, Text, Title } from "@mantine/core";
import type { ReceivedComplaintDetail } from "../../../contracts/received.ts";
import { formatDateTime } from "../../ui/format.ts";
import { capitalize, describeAction } from "./received.labels.ts";

type Decision = NonNullable<ReceivedComplaintDetail["decision"]>;

/** What was decided about the complaint, for the seller: the outcome and each action in plain words. */
export function ReceivedDecisionCard({
  decision,
  reversedOnAppeal,
}: {
  decision: Decision | null;
  /** The seller's own appeal reversed it; otherwise a reversal came from a counter-notice. */
  reversedOnAppeal: boolean;
}) {
  const reversal = reversedOnAppeal ? "Reversed on appeal" : "Reversed after your counter-notice";
  const acted = decision?.outcome === "action_taken";
  const color = !decision ? "yellow" : acted ? "red" : "green";
  return (
    <Card
      component="section"
      aria-labelledby="decision-heading"
      style={{ borderColor: `var(--mantine-color-${color}-5)`, borderWidth: 2 }}
    >
      <Stack gap="sm">
        <Group justify="space-between" gap="xs">
          <Title order={2} size="h4" id="decision-heading">
            Decision
          </Title>
          {decision?.reversedAt && (
            <Badge color="green" variant="filled">
              {reversal}
            </Badge>
          )}
        </Group>
        {!decision && (
          <Text size="sm">
            Not decided yet. A moderator reviews the complaint; you will be told the decision and the reasons.
          </Text>
        )}
        {decision && (
          <>
            <Text fw={600}>
              {acted ? "We took action" : "No action taken: nothing changes for your store."}
            </Text>
            {acted && decision.actions.length > 0 && (
              <List size="sm" spacing={4} aria-label="Actions taken">
                {decision.actions.map((action, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: actions have no identity, only an order
                  <List.Item key={i}>{capitalize(describeAction(action))}</List.Item>
                ))}
              </List>
            )}
            <Text size="sm" c="dimmed">
              Decided <time dateTime={decision.decidedAt}>{formatDateTime(decision.decidedAt)}</time>
            </Text>
            {decision.reversedAt && (
              <Text size="sm" fw={500}>
                {reversal} <time dateTime={decision.reversedAt}>{formatDateTime(decision.reversedAt)}</time>:
                its restrictions were undone.
              </Text>
            )}
          </>
        )}
      </Stack>
    </Card>
  );
}
