import { Card, Stack, Text, Title } from "@mantine/core";
import type { ReceivedComplaintDetail } from "../../../contracts/received.ts";
import { formatDateTime } from "../../ui/format.ts";
import { ReportDetailsList } from "./ReportDetailsList.tsx";
import { reportTypeOf } from "./received.labels.ts";

type Complaint = ReceivedComplaintDetail["complaints"][number];

const COMPLAINANT_NOTES: Record<Complaint["complainant"]["kind"], string> = {
  anonymous: "The reporter's identity is not shared with you.",
  disclosed: "The reporter chose to be named to you.",
  rights_holder: "Rights holders are named so that you can answer their complaint.",
};

/** One complaint about my store or listing: its type, who complained (if I may know), and what they said. */
export function ReceivedComplaintCard({ complaint, index }: { complaint: Complaint; index: number }) {
  const type = reportTypeOf(complaint.type);
  const headingId = `complaint-${index}-heading`;
  return (
    <Card component="article" aria-labelledby={headingId}>
      <Stack gap="md">
        <Stack gap={2}>
          <Title order={3} size="h5" id={headingId}>
            {type?.title ?? complaint.type}
          </Title>
          <Text size="xs" c="dimmed">
            Received <time dateTime={complaint.receivedAt}>{formatDateTime(complaint.receivedAt)}</time>
          </Text>
        </Stack>
        <Stack gap={2}>
          <Text size="sm" fw={600}>
            Who complained
          </Text>
          <Text size="sm">{complaint.complainant.label}</Text>
          <Text size="xs" c="dimmed">
            {COMPLAINANT_NOTES[complaint.complainant.kind]}
          </Text>
        </Stack>
        <Stack gap={2}>
          <Text size="sm" fw={600}>
            What they wrote
          </Text>
          <Text size="sm" style={{ whiteSpace: "pre-wrap" }} className="break-anywhere">
            {complaint.description}
          </Text>
        </Stack>
        {Object.keys(complaint.details).length > 0 && (
          <Stack gap={4}>
            <Text size="sm" fw={600}>
              Details
            </Text>
            <ReportDetailsList type={type} details={complaint.details} />
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
