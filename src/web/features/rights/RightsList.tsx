import { Alert, Group, Paper, Stack, Text, Title } from "@mantine/core";
import type { RightView } from "../../../contracts/rights.ts";
import { formatCalendarDate, formatDate } from "../../ui/format.ts";
import { RightBadges } from "./RightBadges.tsx";
import { RightFacts } from "./RightFacts.tsx";
import { RIGHT_TYPE_NAMES } from "./rights.labels.ts";

function StatusNote({ right }: { right: RightView }) {
  if (right.status === "rejected")
    return (
      <Alert color="red" variant="light" title="Why it was rejected" p="sm">
        <Text size="sm">{right.rejectionReason}</Text>
        <Text size="xs" c="dimmed" mt={4}>
          You may add the right again with the missing documents.
        </Text>
      </Alert>
    );
  if (right.status === "pending")
    return (
      <Text size="sm" c="dimmed">
        Sent for verification on {formatDate(right.createdAt)}. We will email you once our IP Protection team
        has checked it.
      </Text>
    );
  if (right.validity === "expired")
    return (
      <Text size="sm" c="red.8">
        This right ended on {formatCalendarDate(right.validTo ?? "")} and can no longer back complaints. Add
        the renewed right to keep using it.
      </Text>
    );
  if (right.validity === "expiring_soon")
    return (
      <Text size="sm" c="orange.9">
        Ends on {formatCalendarDate(right.validTo ?? "")}. If you renewed it, add the renewed right now so
        that it is verified in time.
      </Text>
    );
  return right.usable ? (
    <Text size="sm" c="green.8">
      Verified: you can choose it when you file an IP complaint.
    </Text>
  ) : null;
}

function RightCard({ right }: { right: RightView }) {
  const title = `${RIGHT_TYPE_NAMES[right.type]} ${right.registrationNumber}`;
  return (
    <Paper withBorder p="md" component="li" style={{ listStyle: "none" }} aria-label={title}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs">
          <Title order={3} size="h5" style={{ overflowWrap: "anywhere" }}>
            {title}
          </Title>
          <RightBadges status={right.status} validity={right.validity} />
        </Group>
        <RightFacts right={right} actsAsAgent={right.actsAsAgent} />
        <Text size="xs" c="dimmed">
          Files: {right.files.map((f) => f.fileName).join(", ")}
        </Text>
        <StatusNote right={right} />
      </Stack>
    </Paper>
  );
}

/** The holder's rights, newest first, each with where it stands. */
export function RightsList({ rights }: { rights: RightView[] }) {
  if (rights.length === 0)
    return (
      <Paper withBorder p="lg" ta="center">
        <Stack gap={4} align="center">
          <Text fw={500}>No IP rights yet</Text>
          <Text size="sm" c="dimmed">
            Add a trademark, copyright, patent or design with its certificate. Once verified, you can use it
            in complaints.
          </Text>
        </Stack>
      </Paper>
    );
  return (
    <Stack component="ul" gap="sm" p={0} m={0} aria-label="Your IP rights">
      {rights.map((right) => (
        <RightCard key={right.id} right={right} />
      ))}
    </Stack>
  );
}
