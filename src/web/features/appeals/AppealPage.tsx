import { Alert, Badge, Blockquote, Group, List, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { getRouteApi } from "@tanstack/react-router";
import type { ReactNode } from "react";
import type { AppealDetail } from "../../../contracts/appeals.ts";
import { DEPARTMENT_NAMES } from "../../../contracts/report-types.ts";
import { ConsoleGate } from "../../app/console/ConsoleGate.tsx";
import { formatDateTime } from "../../ui/format.ts";
import { InfoIcon } from "../../ui/icons.tsx";
import { AnchorLink } from "../../ui/links.tsx";
import { ErrorBlock, LoadingBlock } from "../../ui/QueryState.tsx";
import { usePageTitle } from "../../ui/usePageTitle.ts";
import { CaseStatusBadge } from "../cases/CaseBadges.tsx";
import { EvidenceGallery } from "../cases/EvidenceGallery.tsx";
import { describeAction, NO_ACTION_REASONS } from "../decisions/decisions.labels.ts";
import { AppealDecisionForm } from "./AppealDecisionForm.tsx";
import { useAppeal } from "./appeals.api.ts";
import { APPEAL_STATUS, APPELLANT_LABELS } from "./appeals.labels.ts";

const route = getRouteApi("/console/appeals/$id");

function Section({ title, id, children }: { title: string; id: string; children: ReactNode }) {
  return (
    <Paper withBorder p={{ base: "md", sm: "lg" }} component="section" aria-labelledby={id}>
      <Stack gap="sm">
        <Title order={2} size="h4" id={id}>
          {title}
        </Title>
        {children}
      </Stack>
    </Paper>
  );
}

function Quote({ children, cite }: { children: string; cite: string }) {
  return (
    <Blockquote p="sm" mt={0} color="gray" cite={cite}>
      <Text size="sm" style={{ whiteSpace: "pre-wrap" }} className="break-anywhere">
        {children}
      </Text>
    </Blockquote>
  );
}

function DecisionUnderAppeal({ appeal }: { appeal: AppealDetail }) {
  const { decision } = appeal;
  const acted = decision.outcome === "action_taken";
  return (
    <Section title="The decision under appeal" id="appealed-decision-heading">
      <Group gap="xs">
        <Badge color={acted ? "green" : "gray"}>{acted ? "Action taken" : "No action"}</Badge>
        {decision.reason && <Text size="sm">{NO_ACTION_REASONS[decision.reason].label}</Text>}
      </Group>
      {decision.actions.length > 0 && (
        <List size="sm" spacing={2} aria-label="Actions of the decision">
          {decision.actions.map((action) => (
            <List.Item key={action.type}>{describeAction(action)}</List.Item>
          ))}
        </List>
      )}
      {decision.facts && (
        <div>
          <Text size="sm" fw={600}>
            Facts and circumstances
          </Text>
          <Text size="sm" style={{ whiteSpace: "pre-wrap" }} className="break-anywhere">
            {decision.facts}
          </Text>
        </div>
      )}
      <Text size="xs" c="dimmed">
        Decided by {decision.decidedBy.name} ·{" "}
        <time dateTime={decision.decidedAt}>{formatDateTime(decision.decidedAt)}</time>
      </Text>
      <Group gap="xs">
        <Text size="sm">Case status:</Text>
        <CaseStatusBadge status={appeal.caseStatus} size="sm" />
        <AnchorLink to="/console/cases/$id" params={{ id: appeal.caseId }} size="sm" fw={600}>
          Open the case
        </AnchorLink>
      </Group>
    </Section>
  );
}

function Outcome({ appeal }: { appeal: AppealDetail }) {
  if (appeal.status !== "pending")
    return (
      <Section title="Decision on the appeal" id="appeal-outcome-heading">
        <Text size="sm" fw={600}>
          {appeal.status === "reversed" ? "The decision was reversed." : "The decision was upheld."}
          {appeal.decidedAt && ` ${formatDateTime(appeal.decidedAt)}.`}
        </Text>
        {appeal.reason && <Quote cite="— reasons sent to both sides">{appeal.reason}</Quote>}
      </Section>
    );
  if (appeal.ownDecision)
    return (
      <Alert color="indigo" icon={<InfoIcon />} title="Not yours to decide">
        You made this decision; a colleague reviews the appeal.
      </Alert>
    );
  return <AppealDecisionForm appeal={appeal} />;
}

function AppealView({ appeal }: { appeal: AppealDetail }) {
  usePageTitle(`Appeal: ${appeal.targetTitle}`);
  const status = APPEAL_STATUS[appeal.status];
  return (
    <Stack gap="lg">
      <Stack gap={6}>
        <Text size="sm" c="dimmed">
          Appeal · {DEPARTMENT_NAMES[appeal.department]}
        </Text>
        <Title order={1} fz={{ base: 24, sm: 32 }} className="break-anywhere">
          {appeal.targetTitle}
        </Title>
        <Group gap="xs">
          <Badge color={status.color} variant="light" size="lg">
            {status.label}
          </Badge>
          <Badge variant="outline" color="gray" size="lg">
            By the {APPELLANT_LABELS[appeal.appellantKind].toLowerCase()}
          </Badge>
        </Group>
      </Stack>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Section title="The appeal" id="appeal-statement-heading">
          <Text size="sm">
            Filed by the {APPELLANT_LABELS[appeal.appellantKind].toLowerCase()} on{" "}
            <time dateTime={appeal.createdAt}>{formatDateTime(appeal.createdAt)}</time>.
          </Text>
          <Quote cite={`— the ${APPELLANT_LABELS[appeal.appellantKind].toLowerCase()}`}>
            {appeal.statement}
          </Quote>
          {appeal.attachments.length > 0 && (
            <Stack gap={6}>
              <Text size="sm" fw={600}>
                Evidence sent with the appeal
              </Text>
              <EvidenceGallery evidence={appeal.attachments} compact of="appeal" />
            </Stack>
          )}
        </Section>
        <DecisionUnderAppeal appeal={appeal} />
      </SimpleGrid>
      <Outcome appeal={appeal} />
    </Stack>
  );
}

function AppealLoader({ id }: { id: string }) {
  const query = useAppeal(id);
  if (query.isPending) return <LoadingBlock rows={6} height={40} />;
  if (query.isError)
    return (
      <ErrorBlock error={query.error} title="Could not load this appeal" onRetry={() => query.refetch()} />
    );
  return <AppealView appeal={query.data} />;
}

/** /console/appeals/$id: the appeal, the decision it contests, and the reviewer's decision. */
export function AppealPage() {
  const { id } = route.useParams();
  return (
    <ConsoleGate redirect={`/console/appeals/${id}`}>
      <Stack gap="md">
        <AnchorLink to="/console/appeals" size="sm">
          ← Appeals
        </AnchorLink>
        <AppealLoader id={id} />
      </Stack>
    </ConsoleGate>
  );
}
