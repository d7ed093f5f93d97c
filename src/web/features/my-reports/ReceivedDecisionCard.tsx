import { Badge, Card, Group, List, Stack, Text, Title } from "@mantine/core";
import type { ReceivedComplaintDetail, StrikeStanding } from "../../../contracts/received.ts";
import { formatDate, formatDateTime } from "../../ui/format.ts";
import { capitalize, describeAction } from "./received.labels.ts";

type Decision = NonNullable<ReceivedComplaintDetail["decision"]>;

const strikesText = (n: number) => `${n} live strike${n === 1 ? "" : "s"}`;

function nextSeriousText(standing: StrikeStanding) {
  const { type, days } = standing.nextSerious;
  return type === "close_store"
    ? "would close your store"
    : `would freeze your store for ${days} day${days === 1 ? "" : "s"}`;
}

/** The strikes a decision gave, what they mean, and what the strike policy does at the next serious one. */
function StrikeNotice({ strikes, standing }: { strikes: Decision["strikes"]; standing: StrikeStanding }) {
  return (
    <Stack gap={4} component="section" aria-labelledby="strikes-heading">
      <Text component="h3" size="sm" fw={600} m={0} id="strikes-heading">
        {strikes.length === 1 ? "Strike" : "Strikes"} on your record
      </Text>
      <List size="sm" spacing={4}>
        {strikes.map((strike) => (
          <List.Item key={strike.createdAt + strike.severity}>
            <Badge size="sm" color={strike.severity === "serious" ? "red" : "orange"} variant="light">
              {strike.severity === "serious" ? "Serious strike" : "General strike"}
            </Badge>{" "}
            {strike.removedAt ? (
              <>
                taken back <time dateTime={strike.removedAt}>{formatDate(strike.removedAt)}</time>
              </>
            ) : (
              <>
                counts until <time dateTime={strike.expiresAt}>{formatDate(strike.expiresAt)}</time> (strikes
                count for {standing.lifetimeDays} days)
              </>
            )}
          </List.Item>
        ))}
      </List>
      <Text size="sm">
        You now have {strikesText(standing.liveStrikes)}, {standing.liveSerious} of them serious. Under our
        strike policy, your next serious strike {nextSeriousText(standing)}.
      </Text>
    </Stack>
  );
}

/** What was decided about the complaint, for the seller: the outcome and each action in plain words. */
export function ReceivedDecisionCard({
  decision,
  reversedOnAppeal,
  strikeStanding,
}: {
  decision: Decision | null;
  /** My live strikes over all my stores, and what the next serious one brings. */
  strikeStanding: StrikeStanding;
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
            {decision.strikes.length > 0 && (
              <StrikeNotice strikes={decision.strikes} standing={strikeStanding} />
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
