import { Anchor, Group, Paper, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Evidence } from "../../../contracts/reports.ts";
import { fileKindName } from "../../ui/file-kinds.ts";
import { formatBytes } from "../../ui/format.ts";
import { FileIcon } from "../../ui/icons.tsx";

export function EvidenceList({ evidence }: { evidence: Evidence[] }) {
  const { t } = useTranslation("myReports");
  if (evidence.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t("evidence.none")}
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
                  {fileKindName(file.mimeType)} · {formatBytes(file.sizeBytes)}
                </Text>
              </Stack>
            </Group>
            <Anchor
              href={file.url}
              download={file.fileName}
              size="sm"
              aria-label={t("evidence.downloadFile", { name: file.fileName })}
            >
              {t("evidence.download")}
            </Anchor>
          </Group>
        </Paper>
      ))}
    </Stack>
  );
}
