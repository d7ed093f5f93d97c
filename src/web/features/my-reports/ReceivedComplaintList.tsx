import { Badge, Group, Paper, SimpleGrid, Stack, Text } from "@mantine/core";
import { useNavigate } from "@tanstack/react-router";
import type { ReactNode } from "react";
import type { ReceivedComplaint } from "../../../contracts/received.ts";
import { formatDate } from "../../ui/format.ts";
import { AnchorLink } from "../../ui/links.tsx";
import { CaseStatusBadge } from "./CaseStatusBadge.tsx";
import { decisionSummary, reportTypeTitle } from "./received.labels.ts";

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" component="dt">
        {label}
      </Text>
      <Text size="sm" component="dd" m={0}>
        {children}
      </Text>
    </div>
  );
}

function ComplaintItem({ complaint }: { complaint: ReceivedComplaint }) {
  const navigate = useNavigate();
  const open = () => navigate({ to: "/my/received/$caseId", params: { caseId: complaint.caseId } });
  return (
    <Paper
      component="li"
      withBorder
      p="md"
      className="clickable-row"
      onClick={open}
      style={{ listStyle: "none" }}
    >
      <Stack gap="sm">
        <Group justify="space-between" gap="xs">
          <Badge size="sm" variant="outline" color="gray">
            {complaint.targetKind === "store" ? "Store" : "Listing"}
          </Badge>
          <CaseStatusBadge status={complaint.status} size="sm" />
        </Group>
        <AnchorLink
          to="/my/received/$caseId"
          params={{ caseId: complaint.caseId }}
          fw={600}
          className="break-anywhere"
          onClick={(event) => event.stopPropagation()}
        >
          {complaint.targetTitle}
        </AnchorLink>
        <SimpleGrid component="dl" cols={{ base: 2, sm: 4 }} spacing="sm" verticalSpacing="xs" m={0}>
          <Fact label="Store">{complaint.storeName}</Fact>
          <Fact label="Received">
            <time dateTime={complaint.receivedAt}>{formatDate(complaint.receivedAt)}</time>
          </Fact>
          <Fact label="Complaints">{complaint.reportCount}</Fact>
          <Fact label="About">{complaint.types.map(reportTypeTitle).join(", ") || "—"}</Fact>
        </SimpleGrid>
        <Text size="sm">
          <Text span fw={500}>
            Decision:
          </Text>{" "}
          {decisionSummary(complaint.decision)}
          {complaint.decision && (
            <Text span c="dimmed">
              {" "}
              · {formatDate(complaint.decision.decidedAt)}
            </Text>
          )}
        </Text>
      </Stack>
    </Paper>
  );
}

/** Complaints about my stores and listings, as cards that read well from a phone to a desktop. */
export function ReceivedComplaintList({ complaints }: { complaints: ReceivedComplaint[] }) {
  return (
    <Stack component="ul" gap="sm" p={0} m={0} aria-label="Complaints about my stores">
      {complaints.map((complaint) => (
        <ComplaintItem key={complaint.caseId} complaint={complaint} />
      ))}
    </Stack>
  );
}
