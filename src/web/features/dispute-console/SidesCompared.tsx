import { Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { ConsoleDispute, Side } from "../../../contracts/disputes.ts";
import { formatDateTime } from "../../ui/format.ts";
import { proposalSummary } from "../disputes/proposal-text.ts";

type StoredProposal = ConsoleDispute["proposals"][number];

function ProposalText({ proposal, dispute }: { proposal: StoredProposal; dispute: ConsoleDispute }) {
  return (
    <Stack gap={2}>
      <Text size="sm" fw={600}>
        {proposalSummary(proposal, dispute.disputed)}
      </Text>
      {proposal.note && (
        <Text size="sm" style={{ whiteSpace: "pre-wrap" }} className="break-anywhere">
          “{proposal.note}”
        </Text>
      )}
      <Text size="xs" c="dark.6">
        <time dateTime={proposal.at}>{formatDateTime(proposal.at)}</time>
      </Text>
    </Stack>
  );
}

function SideCard({ side, dispute }: { side: Side; dispute: ConsoleDispute }) {
  const { t } = useTranslation("disputeConsole");
  const name = side === "buyer" ? dispute.buyerName : (dispute.sellerName ?? t("party.theSeller"));
  const mine = dispute.proposals.filter((p) => p.by === side);
  const latest = mine.find((p) => p.latest);
  const earlier = mine.filter((p) => !p.latest).reverse();
  const headingId = `side-${side}-heading`;
  return (
    <Paper withBorder p={{ base: "md", sm: "lg" }} component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group gap="xs" justify="space-between">
          <Title order={3} size="h5" id={headingId} className="break-anywhere">
            {name}
          </Title>
          <Badge variant="outline" color={side === "buyer" ? "indigo" : "teal"}>
            {side === "buyer" ? t("sides.buyer") : t("sides.seller", { store: dispute.order.storeName })}
          </Badge>
        </Group>
        {side === "buyer" && (
          <Stack gap={2}>
            <Text size="xs" c="dark.6" fw={600}>
              {t("sides.buyerSays")}
            </Text>
            <Text size="sm" style={{ whiteSpace: "pre-wrap" }} className="break-anywhere">
              {dispute.description}
            </Text>
          </Stack>
        )}
        <Stack gap={2}>
          <Text size="xs" c="dark.6" fw={600}>
            {t("sides.latest")}
          </Text>
          {latest ? (
            <ProposalText proposal={latest} dispute={dispute} />
          ) : (
            <Text size="sm">{t("sides.none")}</Text>
          )}
        </Stack>
        {earlier.length > 0 && (
          <Stack gap={4}>
            <Text size="xs" c="dark.6" fw={600}>
              {t("sides.earlier", { count: earlier.length })}
            </Text>
            <Stack component="ul" gap="xs" m={0} p={0} style={{ listStyle: "none" }}>
              {earlier.map((proposal) => (
                <li key={proposal.id}>
                  <ProposalText proposal={proposal} dispute={dispute} />
                </li>
              ))}
            </Stack>
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}

/** The buyer and the seller side by side: who they are, what each wants now, and what they asked before. */
export function SidesCompared({ dispute }: { dispute: ConsoleDispute }) {
  const { t } = useTranslation("disputeConsole");
  return (
    <section aria-labelledby="sides-heading">
      <Title order={2} size="h4" id="sides-heading" mb="sm">
        {t("sides.title")}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <SideCard side="buyer" dispute={dispute} />
        <SideCard side="seller" dispute={dispute} />
      </SimpleGrid>
    </section>
  );
}
