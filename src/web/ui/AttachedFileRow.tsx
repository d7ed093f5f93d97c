import { ActionIcon, Group, Paper, Progress, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { formatBytes } from "./format.ts";
import { CloseIcon, FileIcon } from "./icons.tsx";
import type { AttachedFile } from "./useEvidenceFiles.ts";

/**
 * One file of an upload form: name, size, its upload progress, or why it was refused (here on the way
 * in, or by the server), and a remove button.
 */
export function AttachedFileRow({
  item,
  uploading,
  onRemove,
}: {
  item: AttachedFile;
  uploading: boolean;
  onRemove: () => void;
}) {
  const { t } = useTranslation("ui");
  const name = item.file.name;
  return (
    <Paper
      withBorder
      p="xs"
      component="li"
      style={{ listStyle: "none", borderColor: item.error ? "var(--mantine-color-red-8)" : undefined }}
    >
      <Group gap="sm" wrap="nowrap">
        <FileIcon size={20} />
        <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
          <Group justify="space-between" gap="xs" wrap="nowrap">
            <Text size="sm" fw={500} truncate title={name}>
              {name}
            </Text>
            <Text size="xs" c="dimmed" style={{ flexShrink: 0 }}>
              {formatBytes(item.file.size)}
            </Text>
          </Group>
          {item.progress !== null && (
            <Progress
              value={item.progress}
              size="sm"
              color={item.error ? "red" : item.progress === 100 ? "green" : "indigo"}
              aria-label={t("files.uploadOf", { name })}
              animated={uploading && item.progress < 100}
            />
          )}
          {item.error && (
            <Text size="sm" c="red.9" fw={500} className="break-anywhere">
              {item.error}
            </Text>
          )}
        </Stack>
        <ActionIcon
          variant="subtle"
          color="gray"
          onClick={onRemove}
          disabled={uploading}
          aria-label={t("files.remove", { name })}
        >
          <CloseIcon size={16} />
        </ActionIcon>
      </Group>
    </Paper>
  );
}
