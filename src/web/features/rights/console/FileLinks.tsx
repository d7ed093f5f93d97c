import { Anchor, Group, List, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { formatBytes } from "../../../ui/format.ts";
import { FileIcon } from "../../../ui/icons.tsx";
import { isOneOf } from "../../../ui/one-of.ts";

interface Downloadable {
  id: string;
  fileName: string;
  mimeType: string;
  sizeBytes: number;
  url: string;
  kind?: string;
}

const KINDS = ["certificate", "authorisation"] as const;

/** Files as download links (the server always sends them as attachments, never to be shown inline). */
export function FileLinks({ files, label }: { files: Downloadable[]; label: string }) {
  const { t } = useTranslation("rights");
  if (files.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t("files.none")}
      </Text>
    );
  return (
    <List spacing={6} size="sm" icon={<FileIcon size={16} />} aria-label={label}>
      {files.map((file) => (
        <List.Item key={file.id}>
          <Group gap={6} wrap="wrap">
            {file.kind && (
              <Text span size="sm" fw={500}>
                {isOneOf(KINDS, file.kind) ? t(`files.kinds.${file.kind}`) : file.kind}:
              </Text>
            )}
            <Anchor href={file.url} download={file.fileName} style={{ overflowWrap: "anywhere" }}>
              {file.fileName}
            </Anchor>
            <Text span size="xs" c="dimmed">
              ({formatBytes(file.sizeBytes)})
            </Text>
          </Group>
        </List.Item>
      ))}
    </List>
  );
}
