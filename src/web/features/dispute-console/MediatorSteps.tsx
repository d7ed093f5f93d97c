import { Alert, Paper, Stack, Text, Title } from "@mantine/core";
import type { ConsoleDispute } from "../../../contracts/disputes.ts";
import { ApiError } from "../../api/http.ts";
import { formatDateTime } from "../../ui/format.ts";
import { AlertIcon } from "../../ui/icons.tsx";
import { useRequestEvidence, type useRuling } from "./dispute-console.api.ts";
import { RequestEvidenceForm } from "./RequestEvidenceForm.tsx";
import { RulingForm } from "./RulingForm.tsx";

/** A 409 from a step that the reload then took away: its message stays, so that the mediator learns why. */
function ConflictNote({ error }: { error: unknown }) {
  if (!(error instanceof ApiError && error.status === 409)) return null;
  return (
    <Alert color="orange" icon={<AlertIcon />} role="alert" title="The dispute changed">
      {error.message} The page now shows where it stands.
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
  const by = dispute.ruledBy ? ` by ${dispute.ruledBy}` : "";
  if (dispute.status === "appealed")
    return <Text>The ruling{by} is under appeal: the ruling and the appeal are in the timeline.</Text>;
  const until = dispute.status === "resolved" ? dispute.next.by : null;
  return (
    <Text>
      The dispute has been ruled on{by}: the ruling and its reasons are in the timeline.
      {until && (
        <>
          {" "}
          Either side may appeal it once, until <time dateTime={until}>{formatDateTime(until)}</time>.
        </>
      )}
    </Text>
  );
}

/**
 * The ruling form while a ruling is possible; otherwise why not, in the server's words, first, then
 * where the ruling made, if any, stands.
 */
export function RulingSection({ ruling, ...form }: RulingSectionProps) {
  const { dispute } = form;
  if (dispute.actions.rule) return <RulingForm ruling={ruling} {...form} />;
  // Once ruled, a dispute is no longer with the platform, and what was ruled says more; an appeal is
  // with it again, and the one who ruled must learn first that it is not theirs to decide.
  const whyNot = dispute.outcome && dispute.status !== "appealed" ? null : dispute.actions.whyNot;
  return (
    <Paper withBorder p={{ base: "md", sm: "lg" }} component="section" aria-labelledby="ruling-heading">
      <Stack gap="sm">
        <Title order={2} size="h4" id="ruling-heading">
          Ruling
        </Title>
        <ConflictNote error={ruling.error} />
        {whyNot && (
          <Text>
            <strong>You cannot rule on this dispute:</strong> {whyNot}
          </Text>
        )}
        {dispute.outcome && <RulingMade dispute={dispute} />}
      </Stack>
    </Paper>
  );
}

function whyNoRequest(dispute: ConsoleDispute): string | null {
  if (dispute.status === "awaiting_evidence")
    return "An evidence request is open: the next step shows whom you asked and by when.";
  if (dispute.status === "appealed") return "An appeal is decided on the evidence already in the timeline.";
  return null;
}

/** Asking for evidence is possible only while the dispute is escalated and no request is open. */
export function RequestEvidenceSection({ dispute }: { dispute: ConsoleDispute }) {
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
          Ask for more evidence
        </Title>
        <ConflictNote error={request.error} />
        {why && <Text>{why}</Text>}
      </Stack>
    </Paper>
  );
}
