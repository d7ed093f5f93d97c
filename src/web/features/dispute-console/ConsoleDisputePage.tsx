import { Grid, Stack } from "@mantine/core";
import { getRouteApi } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { ConsoleDispute } from "../../../contracts/disputes.ts";
import { ConsoleGate } from "../../app/console/ConsoleGate.tsx";
import { AnchorLink } from "../../ui/links.tsx";
import { ErrorBlock, LoadingBlock } from "../../ui/QueryState.tsx";
import { usePageTitle } from "../../ui/usePageTitle.ts";
import { DisputeHeader } from "./DisputeHeader.tsx";
import { isNotFound, isRefusal, useConsoleDispute, useRuling } from "./dispute-console.api.ts";
import { EvidenceTimeline } from "./EvidenceTimeline.tsx";
import { MediatorNextStep } from "./MediatorNextStep.tsx";
import { RequestEvidenceSection, RulingSection } from "./MediatorSteps.tsx";
import { NotWithThePlatform, NotYourDepartment } from "./NotYourDepartment.tsx";
import { OrderFactsCard } from "./OrderFactsCard.tsx";
import { SidesCompared } from "./SidesCompared.tsx";
import { SuggestionCard } from "./SuggestionCard.tsx";

const route = getRouteApi("/console/disputes/$id");

/** The evidence ticked in the timeline belongs to the ruling form below it, so both share it from here. */
function MediatorView({ dispute }: { dispute: ConsoleDispute }) {
  const ruling = useRuling(dispute.id);
  const [evidence, setEvidence] = useState<string[]>([]);
  const [evidenceError, setEvidenceError] = useState<string>();
  const choose = (ids: string[]) => {
    setEvidence(ids);
    if (ids.length > 0) setEvidenceError(undefined);
  };
  const withSuggestion = dispute.reason === "not_received";
  return (
    <Stack gap="lg">
      <DisputeHeader dispute={dispute} />
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: withSuggestion ? 6 : 12 }}>
          <MediatorNextStep dispute={dispute} />
        </Grid.Col>
        {withSuggestion && (
          <Grid.Col span={{ base: 12, md: 6 }}>
            <SuggestionCard dispute={dispute} />
          </Grid.Col>
        )}
      </Grid>
      <SidesCompared dispute={dispute} />
      <OrderFactsCard dispute={dispute} />
      <EvidenceTimeline
        dispute={dispute}
        choice={
          dispute.actions.rule ? { chosen: evidence, onChange: choose, error: evidenceError } : undefined
        }
      />
      <RulingSection
        dispute={dispute}
        ruling={ruling}
        evidence={evidence}
        evidenceError={evidenceError}
        onEvidenceError={setEvidenceError}
      />
      <RequestEvidenceSection dispute={dispute} />
    </Stack>
  );
}

function DisputeLoader({ id }: { id: string }) {
  const query = useConsoleDispute(id);
  const { t } = useTranslation("disputeConsole");
  usePageTitle(query.data ? t("page.pageTitleOf", { reference: query.data.reference }) : t("page.pageTitle"));
  if (query.isPending) return <LoadingBlock rows={8} height={40} />;
  if (query.isError && isRefusal(query.error)) return <NotYourDepartment headingOrder={1} />;
  if (query.isError && isNotFound(query.error)) return <NotWithThePlatform />;
  if (query.isError)
    return <ErrorBlock error={query.error} title={t("page.loadFailed")} onRetry={() => query.refetch()} />;
  return <MediatorView dispute={query.data} />;
}

/** /console/disputes/$id: everything a mediator needs to rule on one dispute, or to ask for more evidence. */
export function ConsoleDisputePage() {
  const { id } = route.useParams();
  const { t } = useTranslation("disputeConsole");
  return (
    <ConsoleGate redirect={`/console/disputes/${id}`}>
      <Stack gap="md">
        <AnchorLink to="/console/disputes" size="sm">
          {t("page.back")}
        </AnchorLink>
        <DisputeLoader id={id} />
      </Stack>
    </ConsoleGate>
  );
}
