import { Paper, Stack, Text, ThemeIcon, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Dispute } from "../../../contracts/disputes.ts";
import { formatDateTime } from "../../ui/format.ts";
import { whoName } from "./disputes.labels.ts";
import { EvidenceFileLinks } from "./EvidenceFileLinks.tsx";

type Entry = Dispute["timeline"][number];

const COLORS: Record<Entry["by"], string> = {
  buyer: "indigo",
  seller: "teal",
  platform: "grape",
  system: "gray",
};

function TimelineEntry({ entry, role }: { entry: Entry; role: Dispute["role"] }) {
  const who = whoName(entry.by, role);
  return (
    <Paper
      component="li"
      p="sm"
      withBorder
      style={{ listStyle: "none" }}
      bg={entry.type === "message.posted" ? "white" : "gray.0"}
    >
      <Stack gap={4}>
        <Text size="sm">
          <ThemeIcon
            component="span"
            size={10}
            radius="xl"
            color={COLORS[entry.by]}
            mr={8}
            aria-hidden="true"
          />
          <Text span fw={600}>
            {entry.label}
          </Text>{" "}
          <Text span c="dark.6">
            · {who}
          </Text>
        </Text>
        {entry.text && (
          <Text size="sm" style={{ whiteSpace: "pre-wrap" }} className="break-anywhere">
            {entry.text}
          </Text>
        )}
        <EvidenceFileLinks files={entry.files} />
        <Text size="xs" c="dark.6">
          <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
        </Text>
      </Stack>
    </Paper>
  );
}

/** Messages, proposals and status changes in the order they happened, as a list screen readers can walk. */
export function DisputeTimeline({ dispute }: { dispute: Dispute }) {
  const { t } = useTranslation("disputes");
  return (
    <Paper withBorder p={{ base: "md", sm: "lg" }} component="section" aria-labelledby="timeline-heading">
      <Stack gap="sm">
        <Title order={2} size="h4" id="timeline-heading">
          {t("timeline.title")}
        </Title>
        <Stack component="ol" gap="xs" m={0} p={0} aria-labelledby="timeline-heading">
          {dispute.timeline.map((entry) => (
            <TimelineEntry key={entry.id} entry={entry} role={dispute.role} />
          ))}
        </Stack>
      </Stack>
    </Paper>
  );
}
