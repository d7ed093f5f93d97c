import { Group, Paper, SimpleGrid, Stack, Text, Timeline, Title } from "@mantine/core";
import { getRouteApi } from "@tanstack/react-router";
import { type ReactNode, useEffect, useRef } from "react";
import type { RightReview } from "../../../../contracts/rights.ts";
import { ConsoleGate } from "../../../app/console/ConsoleGate.tsx";
import { countryName, formatDateTime } from "../../../ui/format.ts";
import { AnchorLink } from "../../../ui/links.tsx";
import { ErrorBlock, LoadingBlock } from "../../../ui/QueryState.tsx";
import { usePageTitle } from "../../../ui/usePageTitle.ts";
import { RightBadges } from "../RightBadges.tsx";
import { Fact, RightFacts } from "../RightFacts.tsx";
import { HOLDER_KIND_NAMES, RIGHT_EVENT_LABELS, RIGHT_TYPE_NAMES } from "../rights.labels.ts";
import { FileLinks } from "./FileLinks.tsx";
import { ReviewActions } from "./ReviewActions.tsx";
import { useRightReview } from "./rights-review.api.ts";

const route = getRouteApi("/console/rights/$id");

function Section({
  title,
  children,
  focusOnMount = false,
}: {
  title: string;
  children: ReactNode;
  focusOnMount?: boolean;
}) {
  const id = `section-${title.toLowerCase().replace(/\W+/g, "-")}`;
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
  const { right } = review;
  // The buttons vanish once the decision is saved: the focus goes to the decision instead of being lost.
  const decidedHere = useRef(false);
  if (right.status === "pending") {
    decidedHere.current = true;
    return <ReviewActions rightId={right.id} />;
  }
  return (
    <Section title="Decision" focusOnMount={decidedHere.current}>
      <Text size="sm">
        {right.status === "approved" ? "Verified" : "Rejected"}
        {review.reviewedBy ? ` by ${review.reviewedBy}` : ""}
        {right.reviewedAt ? ` on ${formatDateTime(right.reviewedAt)}` : ""}.
      </Text>
      {right.rejectionReason && (
        <Text size="sm">
          <strong>Reason for rejection:</strong> {right.rejectionReason}
        </Text>
      )}
    </Section>
  );
}

function ReviewView({ review }: { review: RightReview }) {
  const { right, holder } = review;
  const title = `${RIGHT_TYPE_NAMES[right.type]} ${right.registrationNumber}`;
  usePageTitle(title);
  return (
    <Stack gap="lg">
      <Stack gap={6}>
        <AnchorLink to="/console/rights" size="sm">
          ← IP rights verification
        </AnchorLink>
        <Group justify="space-between" align="flex-start">
          <Title order={1} style={{ overflowWrap: "anywhere" }}>
            {title}
          </Title>
          <RightBadges status={right.status} validity={right.validity} />
        </Group>
      </Stack>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Section title="The right">
          <RightFacts right={right} actsAsAgent={right.actsAsAgent} />
          <FileLinks files={right.files} label="Files of the right" />
        </Section>
        <Section title="The holder">
          <SimpleGrid component="dl" cols={{ base: 1, xs: 2 }} spacing="sm" verticalSpacing="xs" m={0}>
            <Fact label="Legal name">{holder.legalName}</Fact>
            <Fact label="Registered as">{HOLDER_KIND_NAMES[holder.kind]}</Fact>
            <Fact label="Country">{countryName(holder.country)}</Fact>
            <Fact label="Contact email">{holder.contactEmail}</Fact>
            <Fact label="Postal address">
              <span style={{ whiteSpace: "pre-line" }}>{holder.address}</span>
            </Fact>
            {holder.companyNumber && <Fact label="Company registration number">{holder.companyNumber}</Fact>}
          </SimpleGrid>
          <Text size="sm" fw={500}>
            Identity documents
          </Text>
          <FileLinks files={holder.documents} label="Identity documents" />
        </Section>
      </SimpleGrid>
      <Outcome review={review} />
      <Section title="History">
        <Timeline bulletSize={14} lineWidth={2} active={right.timeline.length - 1}>
          {right.timeline.map((event) => (
            <Timeline.Item
              key={`${event.type}-${event.at}`}
              title={RIGHT_EVENT_LABELS[event.type] ?? event.type}
            >
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
  const query = useRightReview(id, true);
  if (query.isPending) return <LoadingBlock rows={6} height={40} />;
  if (query.isError)
    return (
      <ErrorBlock error={query.error} title="Could not load this right" onRetry={() => query.refetch()} />
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
