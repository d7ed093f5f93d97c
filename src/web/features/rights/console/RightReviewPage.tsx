import { Group, Paper, SimpleGrid, Stack, Text, Timeline, Title } from "@mantine/core";
import { getRouteApi } from "@tanstack/react-router";
import { type ReactNode, useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import type { RightReview } from "../../../../contracts/rights.ts";
import { ConsoleGate } from "../../../app/console/ConsoleGate.tsx";
import { countryName, formatDateTime } from "../../../ui/format.ts";
import { AnchorLink } from "../../../ui/links.tsx";
import { ErrorBlock, LoadingBlock } from "../../../ui/QueryState.tsx";
import { usePageTitle } from "../../../ui/usePageTitle.ts";
import { RightBadges } from "../RightBadges.tsx";
import { Fact, RightFacts } from "../RightFacts.tsx";
import { holderKindName, rightEventLabel, rightTypeName } from "../rights.labels.ts";
import { FileLinks } from "./FileLinks.tsx";
import { ReviewActions } from "./ReviewActions.tsx";
import { useRightReview } from "./rights-review.api.ts";

const route = getRouteApi("/console/rights/$id");

function Section({
  id,
  title,
  children,
  focusOnMount = false,
}: {
  /** The heading's DOM id, the same in every language. */
  id: string;
  title: string;
  children: ReactNode;
  focusOnMount?: boolean;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusOnMount) heading.current?.focus();
  }, [focusOnMount]);
  return (
    <Paper withBorder p={{ base: "md", sm: "lg" }} component="section" aria-labelledby={id}>
      <Stack gap="sm">
        <Title order={2} size="h4" id={id} ref={heading} tabIndex={-1}>
          {title}
        </Title>
        {children}
      </Stack>
    </Paper>
  );
}

function Outcome({ review }: { review: RightReview }) {
  const { t } = useTranslation("rights");
  const { right } = review;
  // The buttons vanish once the decision is saved: the focus goes to the decision instead of being lost.
  const decidedHere = useRef(false);
  if (right.status === "pending") {
    decidedHere.current = true;
    return <ReviewActions rightId={right.id} />;
  }
  return (
    <Section id="section-decision" title={t("review.decision")} focusOnMount={decidedHere.current}>
      <Text size="sm">
        {right.status === "approved" ? t("review.verified") : t("review.rejected")}
        {review.reviewedBy ? t("review.by", { name: review.reviewedBy }) : ""}
        {right.reviewedAt ? t("review.on", { date: formatDateTime(right.reviewedAt) }) : ""}.
      </Text>
      {right.rejectionReason && (
        <Text size="sm">
          <strong>{t("review.rejectionReason")}</strong> {right.rejectionReason}
        </Text>
      )}
    </Section>
  );
}

function ReviewView({ review }: { review: RightReview }) {
  const { t } = useTranslation("rights");
  const { right, holder } = review;
  const title = `${rightTypeName(right.type)} ${right.registrationNumber}`;
  usePageTitle(title);
  return (
    <Stack gap="lg">
      <Stack gap={6}>
        <AnchorLink to="/console/rights" size="sm">
          {t("review.back")}
        </AnchorLink>
        <Group justify="space-between" align="flex-start">
          <Title order={1} style={{ overflowWrap: "anywhere" }}>
            {title}
          </Title>
          <RightBadges status={right.status} validity={right.validity} />
        </Group>
      </Stack>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Section id="section-the-right" title={t("review.theRight")}>
          <RightFacts right={right} actsAsAgent={right.actsAsAgent} />
          <FileLinks files={right.files} label={t("review.filesOfRight")} />
        </Section>
        <Section id="section-the-holder" title={t("review.theHolder")}>
          <SimpleGrid component="dl" cols={{ base: 1, xs: 2 }} spacing="sm" verticalSpacing="xs" m={0}>
            <Fact label={t("review.legalName")}>{holder.legalName}</Fact>
            <Fact label={t("review.registeredAs")}>{holderKindName(holder.kind)}</Fact>
            <Fact label={t("holder.country")}>{countryName(holder.country)}</Fact>
            <Fact label={t("holder.contactEmail")}>{holder.contactEmail}</Fact>
            <Fact label={t("holder.address")}>
              <span style={{ whiteSpace: "pre-line" }}>{holder.address}</span>
            </Fact>
            {holder.companyNumber && <Fact label={t("holder.companyNumber")}>{holder.companyNumber}</Fact>}
          </SimpleGrid>
          <Text size="sm" fw={500}>
            {t("holder.documents")}
          </Text>
          <FileLinks files={holder.documents} label={t("holder.documents")} />
        </Section>
      </SimpleGrid>
      <Outcome review={review} />
      <Section id="section-history" title={t("review.history")}>
        <Timeline bulletSize={14} lineWidth={2} active={right.timeline.length - 1}>
          {right.timeline.map((event) => (
            <Timeline.Item key={`${event.type}-${event.at}`} title={rightEventLabel(event.type)}>
              <Text size="xs" c="dimmed">
                {formatDateTime(event.at)}
              </Text>
            </Timeline.Item>
          ))}
        </Timeline>
      </Section>
    </Stack>
  );
}

function RightReviewLoader({ id }: { id: string }) {
  const { t } = useTranslation("rights");
  const query = useRightReview(id, true);
  if (query.isPending) return <LoadingBlock rows={6} height={40} />;
  if (query.isError)
    return (
      <ErrorBlock error={query.error} title={t("review.loadOneFailed")} onRetry={() => query.refetch()} />
    );
  return <ReviewView review={query.data} />;
}

/** /console/rights/$id: the right, its holder and every file, and the decision. */
export function RightReviewPage() {
  const { id } = route.useParams();
  return (
    <ConsoleGate redirect={`/console/rights/${id}`}>
      <RightReviewLoader id={id} />
    </ConsoleGate>
  );
}
