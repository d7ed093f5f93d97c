import { Anchor, Group, Image, Modal, Paper, SimpleGrid, Stack, Text, UnstyledButton } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Evidence } from "../../../contracts/reports.ts";
import { fileKindName } from "../../ui/file-kinds.ts";
import { formatBytes } from "../../ui/format.ts";
import { FileIcon } from "../../ui/icons.tsx";

/** The server shows images and PDFs inline to staff only, in a sandbox; everyone else gets a download. */
const inlineUrl = (url: string) => `${url}${url.includes("?") ? "&" : "?"}inline=1`;

const isImage = (file: Evidence) => file.mimeType.startsWith("image/");
const isPdf = (file: Evidence) => file.mimeType === "application/pdf";

function FileRow({ file }: { file: Evidence }) {
  const { t } = useTranslation("cases");
  return (
    <Paper withBorder p="sm" component="li" style={{ listStyle: "none" }}>
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
        <Group gap="sm" wrap="nowrap">
          {isPdf(file) && (
            <Anchor
              href={inlineUrl(file.url)}
              target="_blank"
              rel="noopener noreferrer"
              size="sm"
              aria-label={t("gallery.openFile", { name: file.fileName })}
            >
              {t("gallery.open")}
            </Anchor>
          )}
          <Anchor
            href={file.url}
            download={file.fileName}
            size="sm"
            aria-label={t("gallery.downloadFile", { name: file.fileName })}
          >
            {t("gallery.download")}
          </Anchor>
        </Group>
      </Group>
    </Paper>
  );
}

interface ThumbnailProps {
  file: Evidence;
  onOpen: () => void;
  /** Small: the name itself is the download link, since a name and a "Download" do not fit side by side. */
  compact: boolean;
}

function Thumbnail({ file, onOpen, compact }: ThumbnailProps) {
  const { t } = useTranslation("cases");
  const download = t("gallery.downloadFile", { name: file.fileName });
  return (
    <Stack gap={4} component="li" style={{ listStyle: "none", minWidth: 0 }}>
      <UnstyledButton
        onClick={onOpen}
        aria-label={t("gallery.view", { name: file.fileName })}
        style={{ borderRadius: "var(--mantine-radius-md)", overflow: "hidden" }}
      >
        <Image
          src={inlineUrl(file.url)}
          alt=""
          h={compact ? 64 : 110}
          fit="cover"
          bg="gray.1"
          loading="lazy"
        />
      </UnstyledButton>
      {compact ? (
        <Anchor
          href={file.url}
          download={file.fileName}
          size="xs"
          truncate
          title={download}
          aria-label={download}
        >
          {file.fileName}
        </Anchor>
      ) : (
        <Group gap={4} justify="space-between" wrap="nowrap">
          <Text size="xs" truncate title={file.fileName}>
            {file.fileName}
          </Text>
          <Anchor href={file.url} download={file.fileName} size="xs" aria-label={download}>
            {t("gallery.download")}
          </Anchor>
        </Group>
      )}
    </Stack>
  );
}

interface EvidenceGalleryProps {
  evidence: Evidence[];
  /** Small thumbnails, for files that come with an event or an appeal rather than a report. */
  compact?: boolean;
  /** Names the lists when a page shows several galleries, e.g. "appeal" → "Pictures of the appeal". */
  of?: NamedPart;
}

type NamedPart = "appeal" | "answer";
const isNamedPart = (of: string | undefined): of is NamedPart => of === "appeal" || of === "answer";

/**
 * Files sent as evidence (with a report, an appeal, an answer): pictures as thumbnails that open large,
 * PDFs to open or download, the rest to download.
 */
export function EvidenceGallery({ evidence, compact = false, of }: EvidenceGalleryProps) {
  const { t } = useTranslation("cases");
  const [viewing, setViewing] = useState<Evidence | null>(null);
  if (evidence.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t("gallery.none")}
      </Text>
    );
  const images = evidence.filter(isImage);
  const others = evidence.filter((file) => !isImage(file));
  return (
    <Stack gap="sm">
      {images.length > 0 && (
        <SimpleGrid
          component="ul"
          cols={compact ? { base: 3, xs: 4 } : { base: 2, xs: 3 }}
          spacing={compact ? "xs" : "sm"}
          p={0}
          m={0}
          aria-label={isNamedPart(of) ? t(`gallery.picturesOf.${of}`) : t("gallery.pictures")}
        >
          {images.map((file) => (
            <Thumbnail key={file.id} file={file} onOpen={() => setViewing(file)} compact={compact} />
          ))}
        </SimpleGrid>
      )}
      {others.length > 0 && (
        <Stack
          component="ul"
          gap="xs"
          p={0}
          m={0}
          aria-label={isNamedPart(of) ? t(`gallery.filesOf.${of}`) : t("gallery.files")}
        >
          {others.map((file) => (
            <FileRow key={file.id} file={file} />
          ))}
        </Stack>
      )}
      <Modal
        opened={viewing !== null}
        onClose={() => setViewing(null)}
        title={viewing?.fileName ?? t("gallery.picture")}
        size="xl"
        centered
        closeButtonProps={{ "aria-label": t("gallery.closePicture") }}
      >
        {viewing && (
          <Stack gap="sm">
            {/* Just an image: the file is never rendered as a document. */}
            <img
              src={inlineUrl(viewing.url)}
              alt={viewing.fileName}
              style={{
                maxWidth: "100%",
                maxHeight: "75vh",
                objectFit: "contain",
                display: "block",
                margin: "0 auto",
              }}
            />
            <Anchor href={viewing.url} download={viewing.fileName} size="sm">
              {t("gallery.downloadFile", { name: viewing.fileName })}
            </Anchor>
          </Stack>
        )}
      </Modal>
    </Stack>
  );
}
