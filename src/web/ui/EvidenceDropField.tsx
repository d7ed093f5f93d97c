import { Button, Group, Input, Stack, Text } from "@mantine/core";
import { Dropzone } from "@mantine/dropzone";
import { useMediaQuery } from "@mantine/hooks";
import { useTranslation } from "react-i18next";
import { AttachedFileRow } from "./AttachedFileRow.tsx";
import { FieldLabel } from "./FieldLabel.tsx";
import { UploadIcon } from "./icons.tsx";
import type { AttachedFile, EvidenceFiles } from "./useEvidenceFiles.ts";

interface EvidenceDropFieldProps {
  /** The DOM id of the "Choose files" button (an error moves the focus to it); the input is `<id>-input`. */
  id: string;
  label: string;
  help: string;
  evidence: EvidenceFiles;
  uploading: boolean;
  error?: string;
  /** The height of the drop zone; smaller where the files are an extra to a text. */
  minHeight?: number;
}

/**
 * What the zone says fits the device: a phone or tablet offers its camera in the file picker and has
 * nothing to drag from; a narrow window has no room for dragging either.
 */
export function useDropWording(): { canDrag: boolean; button: string } {
  const { t } = useTranslation("ui");
  const touch = useMediaQuery("(pointer: coarse)");
  const narrow = useMediaQuery("(max-width: 36em)");
  if (touch) return { canDrag: false, button: t("files.takePhoto") };
  return { canDrag: !narrow, button: t("files.choose") };
}

function FileRows({
  items,
  label,
  uploading,
  onRemove,
}: {
  items: AttachedFile[];
  label: string;
  uploading: boolean;
  onRemove: (key: string) => void;
}) {
  if (items.length === 0) return null;
  return (
    <Stack component="ul" gap="xs" p={0} m={0} aria-label={label}>
      {items.map((item) => (
        <AttachedFileRow
          key={item.key}
          item={item}
          uploading={uploading}
          onRemove={() => onRemove(item.key)}
        />
      ))}
    </Stack>
  );
}

/**
 * Evidence files: a drop zone with one "Choose files" button (the only control: its name is its text),
 * the attached files with their upload progress, and each refused file with its reason beside it. What
 * it takes is the evidence's policy (a report's files, or a dispute's with videos).
 */
export function EvidenceDropField({
  id,
  label,
  help,
  evidence,
  uploading,
  error,
  minHeight = 90,
}: EvidenceDropFieldProps) {
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const wording = useDropWording();
  const { t } = useTranslation("ui");
  return (
    <Stack gap="xs">
      <FieldLabel htmlFor={`${id}-input`} label={label} help={help} />
      <Dropzone
        id={`${id}-zone`}
        onDrop={() => undefined}
        onDropAny={(accepted, rejections) => void evidence.add(accepted, rejections)}
        accept={evidence.policy.accept}
        maxSize={evidence.policy.maxBytes}
        multiple
        disabled={uploading}
        // The zone is no control of its own (no role, no tab stop): a click on it, or on the button
        // inside, opens the file picker; the keyboard reaches the button.
        activateOnKeyboard={false}
        enablePointerEvents
        inputProps={{ id: `${id}-input`, "aria-label": undefined, "aria-describedby": hintId }}
        style={error ? { borderColor: "var(--mantine-color-red-8)" } : undefined}
      >
        <Group justify="center" gap="md" mih={minHeight} wrap="nowrap">
          <UploadIcon size={32} />
          <Stack gap={6} align="flex-start">
            <Group gap="xs">
              {wording.canDrag && (
                <Text size="md" fw={500}>
                  {t("files.dragHere")}
                </Text>
              )}
              <Button
                id={id}
                type="button"
                variant="default"
                disabled={uploading}
                aria-describedby={error ? `${errorId} ${hintId}` : hintId}
              >
                {wording.button}
              </Button>
            </Group>
            <Text size="sm" c="dimmed" id={hintId}>
              {evidence.policy.hint}
            </Text>
          </Stack>
        </Group>
      </Dropzone>
      {error && <Input.Error id={errorId}>{error}</Input.Error>}
      <div role="alert">
        <FileRows
          items={evidence.refused}
          label={t("files.notAttached")}
          uploading={uploading}
          onRemove={evidence.remove}
        />
      </div>
      <FileRows
        items={evidence.files}
        label={t("files.attached")}
        uploading={uploading}
        onRemove={evidence.remove}
      />
      <Text size="xs" c="dimmed">
        {t("files.count", { count: evidence.files.length, max: evidence.policy.maxFiles })}
      </Text>
    </Stack>
  );
}

/** Says how far the upload is, for everyone (and politely for screen readers). */
export function UploadStatus({ files, sendingText }: { files: AttachedFile[]; sendingText: string }) {
  const total = files.reduce((sum, f) => sum + f.file.size, 0);
  const sent = files.reduce((sum, f) => sum + (f.file.size * (f.progress ?? 0)) / 100, 0);
  const percent = total === 0 ? null : Math.round((sent / total) * 100);
  const { t } = useTranslation("ui");
  return (
    <Text size="sm" c="dimmed" role="status" aria-live="polite">
      {percent === null ? sendingText : t("files.uploading", { percent })}
    </Text>
  );
}
