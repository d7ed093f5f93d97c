import { Alert, Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { getRouteApi } from "@tanstack/react-router";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { type Dispute, PostMessage } from "../../../contracts/disputes.ts";
import { AlertIcon } from "../../ui/icons.tsx";
import { AnchorLink } from "../../ui/links.tsx";
import { ErrorBlock, errorMessageOf, LoadingBlock } from "../../ui/QueryState.tsx";
import { TextSubmitForm } from "../../ui/TextSubmitForm.tsx";
import { usePageTitle } from "../../ui/usePageTitle.ts";
import { SignInPrompt } from "../auth/SignInPrompt.tsx";
import { useSession } from "../auth/session.ts";
import { DisputeActions } from "./DisputeActions.tsx";
import { DisputeItemsCard } from "./DisputeItemsCard.tsx";
import { DisputeStatusBadge } from "./DisputeStatusBadge.tsx";
import { DisputeTimeline } from "./DisputeTimeline.tsx";
import { useDispute, usePostMessage } from "./disputes.api.ts";
import { NextStepCard } from "./NextStepCard.tsx";
import { ProposalsCard } from "./ProposalsCard.tsx";

const route = getRouteApi("/disputes/$id");

function DisputeHeader({ dispute }: { dispute: Dispute }) {
  const { t } = useTranslation("disputes");
  const heading = useRef<HTMLHeadingElement>(null);
  // A new page in a single-page app: the focus moves to its heading, so screen readers start there.
  useEffect(() => heading.current?.focus(), []);
  return (
    <Stack gap="xs">
      <Group gap="sm" wrap="wrap" align="center">
        <Title order={1} ref={heading} tabIndex={-1} style={{ outline: "none" }}>
          {t("page.heading")}{" "}
          <Text span inherit ff="monospace" style={{ whiteSpace: "nowrap" }}>
            {dispute.reference}
          </Text>
        </Title>
        <DisputeStatusBadge status={dispute.status} size="lg" />
      </Group>
      <Group gap="xs" wrap="wrap">
        <Badge variant="outline" color="dark">
          {t(`youAre.${dispute.role}`)}
        </Badge>
        <Text size="sm">
          {t("page.order")}{" "}
          {dispute.role === "buyer" ? (
            <AnchorLink to="/my/orders/$id" params={{ id: dispute.order.id }} ff="monospace">
              {dispute.order.id}
            </AnchorLink>
          ) : (
            <Text span ff="monospace">
              {dispute.order.id}
            </Text>
          )}{" "}
          {t("page.from", { store: dispute.order.storeName })}
        </Text>
      </Group>
    </Stack>
  );
}

function MessageSection({ dispute, onSent }: { dispute: Dispute; onSent: () => void }) {
  const { t } = useTranslation("disputes");
  const post = usePostMessage(dispute.id);
  if (!dispute.actions.message) return null;
  const other = dispute.role === "buyer" ? "seller" : "buyer";
  return (
    <Paper withBorder p={{ base: "md", sm: "lg" }} component="section" aria-labelledby="message-heading">
      <Stack gap="sm">
        <Title order={2} size="h4" id="message-heading">
          {t(`message.writeTo.${other}`)}
        </Title>
        <TextSubmitForm
          id="dispute-message"
          label={t("message.label")}
          description={t(`message.help.${other}`)}
          schema={PostMessage}
          field="text"
          max={5000}
          submitLabel={t("message.submit")}
          failedTitle={t("message.failed")}
          mutation={post}
          onSent={onSent}
        />
      </Stack>
    </Paper>
  );
}

function DisputeView({ dispute }: { dispute: Dispute }) {
  const { t } = useTranslation("disputes");
  const nextStep = useRef<HTMLHeadingElement>(null);
  const refusalAlert = useRef<HTMLDivElement>(null);
  const [refusal, setRefusal] = useState<Error | null>(null);
  useEffect(() => {
    if (refusal) refusalAlert.current?.focus();
  }, [refusal]);
  // After a step the dispute stands elsewhere: the focus goes to what must happen next.
  const done = () => {
    setRefusal(null);
    requestAnimationFrame(() => nextStep.current?.focus());
  };
  return (
    <Stack gap="lg">
      <DisputeHeader dispute={dispute} />
      {refusal && (
        <Alert
          ref={refusalAlert}
          tabIndex={-1}
          color="red"
          icon={<AlertIcon />}
          role="alert"
          title={t("page.refusedTitle")}
          withCloseButton
          closeButtonLabel={t("page.dismiss")}
          onClose={() => setRefusal(null)}
        >
          {errorMessageOf(refusal)} {t("page.refusedAfter")}
        </Alert>
      )}
      <NextStepCard dispute={dispute} ref={nextStep} />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <DisputeItemsCard dispute={dispute} />
        <ProposalsCard dispute={dispute} />
      </SimpleGrid>
      <DisputeActions dispute={dispute} onDone={done} onRefused={setRefusal} />
      <MessageSection dispute={dispute} onSent={() => setRefusal(null)} />
      <DisputeTimeline dispute={dispute} />
    </Stack>
  );
}

export function DisputePage() {
  const { id } = route.useParams();
  const session = useSession();
  const dispute = useDispute(id, !!session.user);
  const { t } = useTranslation("disputes");
  usePageTitle(
    dispute.data ? t("page.pageTitleOf", { reference: dispute.data.reference }) : t("page.pageTitle"),
  );
  if (session.isPending) return <LoadingBlock rows={6} height={48} />;
  if (!session.user) return <SignInPrompt what={t("page.signInTo")} redirect={`/disputes/${id}`} />;
  return (
    <Stack gap="md">
      <AnchorLink
        to="/my/disputes"
        search={{ role: dispute.data?.role === "seller" ? "seller" : undefined }}
        size="sm"
      >
        {t("page.back")}
      </AnchorLink>
      {dispute.isPending && <LoadingBlock rows={6} height={48} />}
      {dispute.isError && (
        <ErrorBlock error={dispute.error} title={t("page.loadFailed")} onRetry={() => dispute.refetch()} />
      )}
      {dispute.data && <DisputeView dispute={dispute.data} />}
    </Stack>
  );
}
