import { Badge, Card, Group, List, Stack, Text, Title } from "@mantine/core";
import type { TFunction } from "i18next";
import { Trans, useTranslation } from "react-i18next";
import type { ReceivedComplaintDetail, StrikeStanding } from "../../../contracts/received.ts";
import { formatDate, formatDateTime } from "../../ui/format.ts";
import { capitalize, describeAction } from "./received.labels.ts";

type Decision = NonNullable<ReceivedComplaintDetail["decision"]>;

function nextSeriousText(standing: StrikeStanding, t: TFunction<"myReports">) {
  const { type, days } = standing.nextSerious;
  return type === "close_store" ? t("decision.wouldClose") : t("decision.wouldFreeze", { count: days ?? 0 });
}

/** The strikes a decision gave, what they mean, and what the strike policy does at the next serious one. */
function StrikeNotice({ strikes, standing }: { strikes: Decision["strikes"]; standing: StrikeStanding }) {
  const { t } = useTranslation("myReports");
  return (
    <Stack gap={4} component="section" aria-labelledby="strikes-heading">
      <Text component="h3" size="sm" fw={600} m={0} id="strikes-heading">
        {t("decision.strikesHeading", { count: strikes.length })}
      </Text>
      <List size="sm" spacing={4}>
        {strikes.map((strike) => (
          <List.Item key={strike.createdAt + strike.severity}>
            <Badge size="sm" color={strike.severity === "serious" ? "red" : "orange"} variant="light">
              {strike.severity === "serious" ? t("decision.serious") : t("decision.general")}
            </Badge>{" "}
            {strike.removedAt ? (
              <Trans
                t={t}
                i18nKey="decision.takenBack"
                values={{ date: formatDate(strike.removedAt) }}
                components={{ time: <time dateTime={strike.removedAt} /> }}
              />
            ) : (
              <Trans
                t={t}
                i18nKey="decision.countsUntil"
                values={{ date: formatDate(strike.expiresAt), days: standing.lifetimeDays }}
                components={{ time: <time dateTime={strike.expiresAt} /> }}
              />
            )}
          </List.Item>
        ))}
      </List>
      <Text size="sm">
        {t("decision.standing", {
          strikes: t("decision.liveStrikes", { count: standing.liveStrikes }),
          serious: standing.liveSerious,
          next: nextSeriousText(standing, t),
        })}
      </Text>
    </Stack>
  );
}

/** What was decided about the complaint, for the seller: the outcome and each action in plain words. */
export function ReceivedDecisionCard({
  decision,
  targetKind,
  reversedOnAppeal,
  strikeStanding,
}: {
  decision: Decision | null;
  /** A rating's author reads about its rating, not about a store. */
  targetKind: ReceivedComplaintDetail["targetKind"];
  /** My live strikes over all my stores, and what the next serious one brings. */
  strikeStanding: StrikeStanding;
  /** The seller's own appeal reversed it; otherwise a reversal came from a counter-notice. */
  reversedOnAppeal: boolean;
}) {
  const { t } = useTranslation("myReports");
  const reversal = reversedOnAppeal ? t("decision.reversedOnAppeal") : t("decision.reversedAfterNotice");
  const acted = decision?.outcome === "action_taken";
  const aboutRating = targetKind === "feedback";
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
            {t("decision.title")}
          </Title>
          {decision?.reversedAt && (
            <Badge color="green" variant="filled">
              {reversal}
            </Badge>
          )}
        </Group>
        {!decision && <Text size="sm">{t("decision.notDecided")}</Text>}
        {decision && (
          <>
            <Text fw={600}>
              {acted
                ? t("decision.acted")
                : aboutRating
                  ? t("decision.noActionRating")
                  : t("decision.noAction")}
            </Text>
            {acted && decision.actions.length > 0 && (
              <List size="sm" spacing={4} aria-label={t("decision.actions")}>
                {decision.actions.map((action, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: actions have no identity, only an order
                  <List.Item key={i}>{capitalize(describeAction(action, targetKind))}</List.Item>
                ))}
              </List>
            )}
            {acted && aboutRating && !decision.reversedAt && (
              <Text size="sm">{t("decision.ratingHidden")}</Text>
            )}
            {decision.strikes.length > 0 && (
              <StrikeNotice strikes={decision.strikes} standing={strikeStanding} />
            )}
            <Text size="sm" c="dimmed">
              <Trans
                t={t}
                i18nKey="decision.decided"
                values={{ date: formatDateTime(decision.decidedAt) }}
                components={{ time: <time dateTime={decision.decidedAt} /> }}
              />
            </Text>
            {decision.reversedAt && (
              <Text size="sm" fw={500}>
                <Trans
                  t={t}
                  i18nKey="decision.reversedAt"
                  values={{ reversal, date: formatDateTime(decision.reversedAt) }}
                  components={{ time: <time dateTime={decision.reversedAt} /> }}
                />
              </Text>
            )}
          </>
        )}
      </Stack>
    </Card>
  );
}
