import { Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Dispute, Side } from "../../../contracts/disputes.ts";
import { formatDateTime } from "../../ui/format.ts";
import { proposalSummary } from "./proposal-text.ts";

type StoredProposal = Dispute["proposals"][number];

function ProposalRow({ proposal, dispute }: { proposal: StoredProposal; dispute: Dispute }) {
  const { t } = useTranslation("disputes");
  return (
    <Paper
      component="li"
      withBorder
      p="sm"
      style={{ listStyle: "none" }}
      bg={proposal.latest ? "white" : "gray.0"}
    >
      <Stack gap={4}>
        <Group gap="xs" justify="space-between" wrap="wrap">
          <Text size="sm" fw={600}>
            {proposalSummary(proposal, dispute.disputed)}
          </Text>
          {proposal.latest && (
            <Badge size="sm" color="indigo" variant="filled">
              {t("proposals.latest")}
            </Badge>
          )}
        </Group>
        {proposal.note && (
          <Text size="sm" style={{ whiteSpace: "pre-wrap" }} className="break-anywhere">
            “{proposal.note}”
          </Text>
        )}
        <Text size="xs" c="dark.6">
          <time dateTime={proposal.at}>{formatDateTime(proposal.at)}</time>
        </Text>
      </Stack>
    </Paper>
  );
}

function SideProposals({ side, dispute }: { side: Side; dispute: Dispute }) {
  const { t } = useTranslation("disputes");
  const mine = dispute.proposals.filter((p) => p.by === side).reverse();
  const name = side === dispute.role ? t("proposals.yours") : t(`proposals.of.${side}`);
  const id = `proposals-${side}`;
  return (
    <Stack gap="xs">
      <Title order={3} size="h5" id={id}>
        {name}
      </Title>
      {mine.length === 0 ? (
        <Text size="sm" c="dark.6">
          {t("proposals.none")}
        </Text>
      ) : (
        <Stack component="ul" gap="xs" m={0} p={0} aria-labelledby={id}>
          {mine.map((proposal) => (
            <ProposalRow key={proposal.id} proposal={proposal} dispute={dispute} />
          ))}
        </Stack>
      )}
    </Stack>
  );
}

/** Both sides' proposals, newest first; the latest of each side is the one the other may accept. */
export function ProposalsCard({ dispute }: { dispute: Dispute }) {
  const { t } = useTranslation("disputes");
  const sides: Side[] = dispute.role === "buyer" ? ["buyer", "seller"] : ["seller", "buyer"];
  return (
    <Paper withBorder p={{ base: "md", sm: "lg" }} component="section" aria-labelledby="proposals-heading">
      <Stack gap="sm">
        <Title order={2} size="h4" id="proposals-heading">
          {t("proposals.title")}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          {sides.map((side) => (
            <SideProposals key={side} side={side} dispute={dispute} />
          ))}
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}
