import { Badge, DataList, Group, Paper, Text } from "@mantine/core";
import type { z } from "zod";
import type { CaseReport } from "../../../contracts/console.ts";
import { formatDate } from "../../ui/format.ts";

type Reporter = z.infer<typeof CaseReport>["reporter"];

function recordOf(reporter: Reporter): string {
  const { reportsFiled, reportsUpheld } = reporter;
  // No share in percent: reports still open count as filed but not (yet) upheld.
  return `${reportsFiled} report${reportsFiled === 1 ? "" : "s"}, ${reportsUpheld} upheld`;
}

/** Fast lane, trusted flagger, warning, suspension: what changes how this reporter's reports are handled. */
function Standing({ reporter }: { reporter: Reporter }) {
  const suspended = reporter.suspendedUntil && new Date(reporter.suspendedUntil).getTime() > Date.now();
  const plain = !reporter.trustedFlagger && !reporter.fastLane && !reporter.warned && !suspended;
  return (
    <Group gap={4} wrap="wrap">
      {reporter.trustedFlagger && (
        <Badge color="grape" variant="light" size="sm" style={{ textTransform: "none" }}>
          Trusted flagger: {reporter.trustedFlagger}
        </Badge>
      )}
      {reporter.fastLane && (
        <Badge color="green" variant="light" size="sm">
          Good-faith fast lane
        </Badge>
      )}
      {reporter.warned && !suspended && (
        <Badge color="orange" variant="light" size="sm">
          Warned
        </Badge>
      )}
      {suspended && reporter.suspendedUntil && (
        <Badge color="red" variant="light" size="sm" style={{ textTransform: "none" }}>
          Suspended until {formatDate(reporter.suspendedUntil)}
        </Badge>
      )}
      {plain && <Text size="sm">Standard</Text>}
    </Group>
  );
}

/** Who reported: for staff only, never shown to the seller. */
export function ReporterBlock({ reporter, reference }: { reporter: Reporter; reference: string }) {
  const labelId = `reporter-${reference}`;
  return (
    <Paper
      withBorder
      p="sm"
      bg="yellow.0"
      style={{ borderStyle: "dashed" }}
      component="section"
      aria-labelledby={labelId}
    >
      <Group gap="xs" mb="xs">
        <Text size="sm" fw={600} id={labelId}>
          Reporter
        </Text>
        <Badge color="yellow" variant="filled" size="sm">
          Staff only
        </Badge>
      </Group>
      <DataList size="sm" gap={6} labelWidth={110}>
        <DataList.Item>
          <DataList.ItemLabel>Email</DataList.ItemLabel>
          <DataList.ItemValue className="break-anywhere">{reporter.email}</DataList.ItemValue>
        </DataList.Item>
        <DataList.Item>
          <DataList.ItemLabel>Name</DataList.ItemLabel>
          <DataList.ItemValue>{reporter.name ?? "Not given"}</DataList.ItemValue>
        </DataList.Item>
        <DataList.Item>
          <DataList.ItemLabel>Account</DataList.ItemLabel>
          <DataList.ItemValue>
            {reporter.isGuest ? "Guest (no account)" : "Signed-in account"}
          </DataList.ItemValue>
        </DataList.Item>
        <DataList.Item>
          <DataList.ItemLabel>Identity</DataList.ItemLabel>
          <DataList.ItemValue>
            {reporter.discloseIdentity ? "May be shown to the seller" : "Not disclosed to the seller"}
          </DataList.ItemValue>
        </DataList.Item>
        <DataList.Item>
          <DataList.ItemLabel>Record</DataList.ItemLabel>
          <DataList.ItemValue>{recordOf(reporter)}</DataList.ItemValue>
        </DataList.Item>
        <DataList.Item>
          <DataList.ItemLabel>Unfounded</DataList.ItemLabel>
          <DataList.ItemValue>
            {reporter.unfoundedMarks === 0
              ? "No report marked manifestly unfounded (3 months)"
              : `${reporter.unfoundedMarks} marked manifestly unfounded (3 months)`}
          </DataList.ItemValue>
        </DataList.Item>
        <DataList.Item>
          <DataList.ItemLabel>Standing</DataList.ItemLabel>
          <DataList.ItemValue>
            <Standing reporter={reporter} />
          </DataList.ItemValue>
        </DataList.Item>
      </DataList>
    </Paper>
  );
}
