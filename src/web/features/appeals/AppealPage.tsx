import { Alert, Badge, Blockquote, Group, List, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { getRouteApi } from "@tanstack/react-router";
import type { ReactNode } from "react";
import { Trans, useTranslation } from "react-i18next";
import type { AppealDetail } from "../../../contracts/appeals.ts";
import { ConsoleGate } from "../../app/console/ConsoleGate.tsx";
import { formatDateTime } from "../../ui/format.ts";
import { InfoIcon } from "../../ui/icons.tsx";
import { AnchorLink } from "../../ui/links.tsx";
import { ErrorBlock, LoadingBlock } from "../../ui/QueryState.tsx";
import { departmentName } from "../../ui/target-kinds.ts";
import { usePageTitle } from "../../ui/usePageTitle.ts";
import { CaseStatusBadge } from "../cases/CaseBadges.tsx";
import { EvidenceGallery } from "../cases/EvidenceGallery.tsx";
import { describeAction, NO_ACTION_REASONS } from "../decisions/decisions.labels.ts";
import { AppealDecisionForm } from "./AppealDecisionForm.tsx";
import { useAppeal } from "./appeals.api.ts";
import { appealStatus, appellantOf } from "./appeals.labels.ts";

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
  const { t } = useTranslation("appeals");
  const { decision } = appeal;
  const acted = decision.outcome === "action_taken";
  return (
    <Section title={t("console.underAppeal")} id="appealed-decision-heading">
      <Group gap="xs">
        <Badge color={acted ? "green" : "gray"}>{acted ? t("actionTaken") : t("noAction")}</Badge>
        {decision.reason && <Text size="sm">{NO_ACTION_REASONS[decision.reason].label}</Text>}
      </Group>
      {decision.actions.length > 0 && (
        <List size="sm" spacing={2} aria-label={t("console.actions")}>
          {decision.actions.map((action) => (
            <List.Item key={action.type}>{describeAction(action, appeal.targetKind)}</List.Item>
          ))}
        </List>
      )}
      {decision.facts && (
        <div>
          <Text size="sm" fw={600}>
            {t("console.facts")}
          </Text>
          <Text size="sm" style={{ whiteSpace: "pre-wrap" }} className="break-anywhere">
            {decision.facts}
          </Text>
        </div>
      )}
      <Text size="xs" c="dimmed">
        <Trans
          t={t}
          i18nKey="console.decidedBy"
          values={{ name: decision.decidedBy.name, date: formatDateTime(decision.decidedAt) }}
          components={{ time: <time dateTime={decision.decidedAt} /> }}
        />
      </Text>
      <Group gap="xs">
        <Text size="sm">{t("console.caseStatus")}</Text>
        <CaseStatusBadge status={appeal.caseStatus} size="sm" />
        <AnchorLink to="/console/cases/$id" params={{ id: appeal.caseId }} size="sm" fw={600}>
          {t("console.openCase")}
        </AnchorLink>
      </Group>
    </Section>
  );
}

function Outcome({ appeal }: { appeal: AppealDetail }) {
  const { t } = useTranslation("appeals");
  if (appeal.status !== "pending")
    return (
      <Section title={t("console.outcomeTitle")} id="appeal-outcome-heading">
        <Text size="sm" fw={600}>
          {appeal.status === "reversed" ? t("console.wasReversed") : t("console.wasUpheld")}
          {appeal.decidedAt && ` ${formatDateTime(appeal.decidedAt)}.`}
        </Text>
        {appeal.reason && <Quote cite={t("console.reasonsCite")}>{appeal.reason}</Quote>}
      </Section>
    );
  if (appeal.ownDecision)
    return (
      <Alert color="indigo" icon={<InfoIcon />} title={t("console.notYoursTitle")}>
        {t("console.notYours")}
      </Alert>
    );
  return <AppealDecisionForm appeal={appeal} />;
}

function AppealView({ appeal }: { appeal: AppealDetail }) {
  const { t } = useTranslation("appeals");
  usePageTitle(t("console.pageTitle", { title: appeal.targetTitle }));
  const status = appealStatus(appeal.status);
  return (
    <Stack gap="lg">
      <Stack gap={6}>
        <Text size="sm" c="dimmed">
          {t("console.kicker", { department: departmentName(appeal.department) })}
        </Text>
        <Title order={1} fz={{ base: 24, sm: 32 }} className="break-anywhere">
          {appeal.targetTitle}
        </Title>
        <Group gap="xs">
          <Badge color={status.color} variant="light" size="lg">
            {status.label}
          </Badge>
          <Badge variant="outline" color="gray" size="lg">
            {t(`byAppellant.${appellantOf(appeal)}`)}
          </Badge>
        </Group>
      </Stack>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Section title={t("console.theAppeal")} id="appeal-statement-heading">
          <Text size="sm">
            <Trans
              t={t}
              i18nKey={`filedBy.${appellantOf(appeal)}`}
              values={{ date: formatDateTime(appeal.createdAt) }}
              components={{ time: <time dateTime={appeal.createdAt} /> }}
            />
          </Text>
          <Quote cite={t(`citeAppellant.${appellantOf(appeal)}`)}>{appeal.statement}</Quote>
          {appeal.attachments.length > 0 && (
            <Stack gap={6}>
              <Text size="sm" fw={600}>
                {t("console.evidence")}
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
  const { t } = useTranslation("appeals");
  const query = useAppeal(id);
  if (query.isPending) return <LoadingBlock rows={6} height={40} />;
  if (query.isError)
    return (
      <ErrorBlock error={query.error} title={t("console.loadOneFailed")} onRetry={() => query.refetch()} />
    );
  return <AppealView appeal={query.data} />;
}

/** /console/appeals/$id: the appeal, the decision it contests, and the reviewer's decision. */
export function AppealPage() {
  const { id } = route.useParams();
  const { t } = useTranslation("appeals");
  return (
    <ConsoleGate redirect={`/console/appeals/${id}`}>
      <Stack gap="md">
        <AnchorLink to="/console/appeals" size="sm">
          {t("console.back")}
        </AnchorLink>
        <AppealLoader id={id} />
      </Stack>
    </ConsoleGate>
  );
}
