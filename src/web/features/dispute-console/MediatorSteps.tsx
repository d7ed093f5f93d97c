import { Alert, Paper, Stack, Text, Title } from "@mantine/core";
import i18next from "i18next";
import { Trans, useTranslation } from "react-i18next";
import type { ConsoleDispute } from "../../../contracts/disputes.ts";
import { ApiError } from "../../api/http.ts";
import { formatDateTime } from "../../ui/format.ts";
import { AlertIcon } from "../../ui/icons.tsx";
import { useRequestEvidence, type useRuling } from "./dispute-console.api.ts";
import { RequestEvidenceForm } from "./RequestEvidenceForm.tsx";
import { RulingForm } from "./RulingForm.tsx";

/** A 409 from a step that the reload then took away: its message stays, so that the mediator learns why. */
function ConflictNote({ error }: { error: unknown }) {
  const { t } = useTranslation("disputeConsole");
  if (!(error instanceof ApiError && error.status === 409)) return null;
  return (
    <Alert color="orange" icon={<AlertIcon />} role="alert" title={t("ruling.changed")}>
      {error.message} {t("ruling.nowShows")}
    </Alert>
  );
}

interface RulingSectionProps {
  dispute: ConsoleDispute;
  ruling: ReturnType<typeof useRuling>;
  evidence: string[];
  evidenceError?: string;
  onEvidenceError: (message: string | undefined) => void;
}

/** Where the ruling made stands: under appeal, open to one (a resolved dispute's moment), or final. */
function RulingMade({ dispute }: { dispute: ConsoleDispute }) {
  const { t } = useTranslation("disputeConsole");
  const name = dispute.ruledBy;
  if (dispute.status === "appealed")
    return <Text>{name ? t("ruling.underAppealBy", { name }) : t("ruling.underAppeal")}</Text>;
  const until = dispute.status === "resolved" ? dispute.next.by : null;
  return (
    <Text>
      {name ? t("ruling.ruledBy", { name }) : t("ruling.ruled_")}
      {until && (
        <Trans
          t={t}
          i18nKey="ruling.appealUntil"
          values={{ date: formatDateTime(until) }}
          components={{ time: <time dateTime={until} /> }}
        />
      )}
    </Text>
  );
}

/**
 * The ruling form while a ruling is possible; otherwise why not, in the server's words, first, then
 * where the ruling made, if any, stands.
 */
export function RulingSection({ ruling, ...form }: RulingSectionProps) {
  const { t } = useTranslation("disputeConsole");
  const { dispute } = form;
  if (dispute.actions.rule) return <RulingForm ruling={ruling} {...form} />;
  // Once ruled, a dispute is no longer with the platform, and what was ruled says more; an appeal is
  // with it again, and the one who ruled must learn first that it is not theirs to decide.
  const whyNot = dispute.outcome && dispute.status !== "appealed" ? null : dispute.actions.whyNot;
  return (
    <Paper withBorder p={{ base: "md", sm: "lg" }} component="section" aria-labelledby="ruling-heading">
      <Stack gap="sm">
        <Title order={2} size="h4" id="ruling-heading">
          {t("ruling.sectionTitle")}
        </Title>
        <ConflictNote error={ruling.error} />
        {whyNot && (
          <Text>
            <strong>{t("ruling.cannot")}</strong> {whyNot}
          </Text>
        )}
        {dispute.outcome && <RulingMade dispute={dispute} />}
      </Stack>
    </Paper>
  );
}

function whyNoRequest(dispute: ConsoleDispute): string | null {
  if (dispute.status === "awaiting_evidence") return i18next.t("disputeConsole:evidence.openRequest");
  if (dispute.status === "appealed") return i18next.t("disputeConsole:evidence.appealOnTimeline");
  return null;
}

/** Asking for evidence is possible only while the dispute is escalated and no request is open. */
export function RequestEvidenceSection({ dispute }: { dispute: ConsoleDispute }) {
  const { t } = useTranslation("disputeConsole");
  const request = useRequestEvidence(dispute.id);
  if (dispute.actions.requestEvidence) return <RequestEvidenceForm dispute={dispute} request={request} />;
  const why = whyNoRequest(dispute);
  if (!why && !request.error) return null;
  return (
    <Paper
      withBorder
      p={{ base: "md", sm: "lg" }}
      component="section"
      aria-labelledby="request-evidence-heading"
    >
      <Stack gap="sm">
        <Title order={2} size="h4" id="request-evidence-heading">
          {t("evidence.title")}
        </Title>
        <ConflictNote error={request.error} />
        {why && <Text>{why}</Text>}
      </Stack>
    </Paper>
  );
}
