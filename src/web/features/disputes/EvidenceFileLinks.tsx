import { Anchor, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { EvidenceFile } from "../../../contracts/disputes.ts";
import { fileKindName } from "../../ui/file-kinds.ts";
import { formatBytes } from "../../ui/format.ts";

/**
 * The evidence sent with a timeline entry, each file a download link with its kind and size. No
 * thumbnails: the files are served as downloads (never shown inline), so a picture of one would need a
 * page of its own. The parties and the mediator read the same list, each from their own file route.
 */
export function EvidenceFileLinks({ files }: { files: EvidenceFile[] }) {
  const { t } = useTranslation("disputes");
  if (files.length === 0) return null;
  return (
    <Stack component="ul" gap={2} m={0} p={0} aria-label={t("files.list")} style={{ listStyle: "none" }}>
      {files.map((file) => (
        <Text component="li" size="sm" key={file.id} className="break-anywhere">
          <Anchor href={file.url} download={file.fileName} fw={600} size="sm">
            {file.fileName}
          </Anchor>{" "}
          <Text span size="xs" c="dark.6">
            ({fileKindName(file.mimeType)}, {formatBytes(file.sizeBytes)})
          </Text>
        </Text>
      ))}
    </Stack>
  );
}
