import { Anchor, Group, Paper, Stack, Text } from "@mantine/core";
import type { Evidence } from "../../../contracts/reports.ts";
import { formatBytes } from "../../ui/format.ts";
import { FileIcon } from "../../ui/icons.tsx";

const KIND_NAMES: Record<string, string> = {
  "application/pdf": "PDF",
  "application/msword": "Word document",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "Word document",
  "image/gif": "GIF image",
  "image/jpeg": "JPEG image",
  "image/png": "PNG image",
  "image/webp": "WEBP image",
};

export function EvidenceList({ evidence }: { evidence: Evidence[] }) {
  if (evidence.length === 0)
    return (
      <Text size="sm" c="dimmed">
        No files were attached.
      </Text>
    );
  return (
    <Stack component="ul" gap="xs" p={0} m={0}>
      {evidence.map((file) => (
        <Paper key={file.id} withBorder p="sm" component="li" style={{ listStyle: "none" }}>
          <Group justify="space-between" wrap="nowrap" gap="sm">
            <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
              <FileIcon size={20} />
              <Stack gap={0} style={{ minWidth: 0 }}>
                <Text size="sm" fw={500} truncate title={file.fileName}>
                  {file.fileName}
                </Text>
                <Text size="xs" c="dimmed">
                  {KIND_NAMES[file.mimeType] ?? file.mimeType} · {formatBytes(file.sizeBytes)}
                </Text>
              </Stack>
            </Group>
            <Anchor
              href={file.url}
              download={file.fileName}
              size="sm"
              aria-label={`Download ${file.fileName}`}
            >
              Download
            </Anchor>
          </Group>
        </Paper>
      ))}
    </Stack>
  );
}
