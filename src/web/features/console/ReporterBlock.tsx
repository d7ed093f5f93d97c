import { Badge, DataList, Group, Paper, Text } from "@mantine/core";
import type { z } from "zod";
import type { CaseReport } from "../../../contracts/console.ts";

type Reporter = z.infer<typeof CaseReport>["reporter"];

function recordOf(reporter: Reporter): string {
  const { reportsFiled, reportsUpheld } = reporter;
  // No share in percent: reports still open count as filed but not (yet) upheld.
  return `${reportsFiled} report${reportsFiled === 1 ? "" : "s"}, ${reportsUpheld} upheld`;
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
      </DataList>
    </Paper>
  );
}
