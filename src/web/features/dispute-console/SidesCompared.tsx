import { Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
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
  const name = side === "buyer" ? dispute.buyerName : (dispute.sellerName ?? "The seller");
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
            {side === "buyer" ? "Buyer" : `Seller · ${dispute.order.storeName}`}
          </Badge>
        </Group>
        {side === "buyer" && (
          <Stack gap={2}>
            <Text size="xs" c="dark.6" fw={600}>
              What the buyer says is wrong
            </Text>
            <Text size="sm" style={{ whiteSpace: "pre-wrap" }} className="break-anywhere">
              {dispute.description}
            </Text>
          </Stack>
        )}
        <Stack gap={2}>
          <Text size="xs" c="dark.6" fw={600}>
            Latest proposal
          </Text>
          {latest ? (
            <ProposalText proposal={latest} dispute={dispute} />
          ) : (
            <Text size="sm">No proposal from this side.</Text>
          )}
        </Stack>
        {earlier.length > 0 && (
          <Stack gap={4}>
            <Text size="xs" c="dark.6" fw={600}>
              Earlier proposals ({earlier.length})
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
  return (
    <section aria-labelledby="sides-heading">
      <Title order={2} size="h4" id="sides-heading" mb="sm">
        The two sides
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <SideCard side="buyer" dispute={dispute} />
        <SideCard side="seller" dispute={dispute} />
      </SimpleGrid>
    </section>
  );
}
