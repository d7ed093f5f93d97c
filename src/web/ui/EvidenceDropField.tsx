import { Group, Input, List, Stack, Text } from "@mantine/core";
import { Dropzone } from "@mantine/dropzone";
import { MAX_EVIDENCE_BYTES, MAX_EVIDENCE_FILES } from "../../contracts/reports.ts";
import { AttachedFileRow } from "./AttachedFileRow.tsx";
import { FieldLabel } from "./FieldLabel.tsx";
import { UploadIcon } from "./icons.tsx";
import {
  type AttachedFile,
  EVIDENCE_ACCEPT,
  type EvidenceFiles,
  MAX_MB,
  TYPES_TEXT,
} from "./useEvidenceFiles.ts";

interface EvidenceDropFieldProps {
  /** The DOM id of the drop zone (so that an error can move the focus to it); the input is `<id>-input`. */
  id: string;
  label: string;
  help: string;
  evidence: EvidenceFiles;
  uploading: boolean;
  error?: string;
  /** The height of the drop zone; smaller where the files are an extra to a text. */
  minHeight?: number;
}

/** Evidence files: a drop zone (also a file picker), the list of attached files with their upload progress. */
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
  return (
    <Stack gap="xs">
      <FieldLabel htmlFor={`${id}-input`} label={label} help={help} />
      <Dropzone
        id={id}
        onDrop={() => undefined}
        onDropAny={(accepted, rejections) => evidence.add(accepted, rejections)}
        accept={EVIDENCE_ACCEPT}
        maxSize={MAX_EVIDENCE_BYTES}
        multiple
        disabled={uploading}
        role="button"
        aria-label="Choose files to attach"
        aria-describedby={error ? errorId : `${id}-hint`}
        // Without dropzone's own aria-label ("file upload"), the input is named by its <label>.
        inputProps={{ id: `${id}-input`, "aria-label": undefined }}
        style={error ? { borderColor: "var(--mantine-color-red-6)" } : undefined}
      >
        <Group justify="center" gap="md" mih={minHeight} style={{ pointerEvents: "none" }} wrap="nowrap">
          <UploadIcon size={32} />
          <div>
            <Text size="md" fw={500}>
              Drag files here or click to choose
            </Text>
            <Text size="sm" c="dimmed" id={`${id}-hint`}>
              Up to {MAX_EVIDENCE_FILES} files, {MAX_MB} MB each: {TYPES_TEXT}.
            </Text>
          </div>
        </Group>
      </Dropzone>
      {error && <Input.Error id={errorId}>{error}</Input.Error>}
      {evidence.rejected.length > 0 && (
        <List size="sm" c="red" role="alert" spacing={2}>
          {evidence.rejected.map((message) => (
            <List.Item key={message}>{message}</List.Item>
          ))}
        </List>
      )}
      {evidence.files.length > 0 && (
        <Stack component="ul" gap="xs" p={0} m={0} aria-label="Attached files">
          {evidence.files.map((item) => (
            <AttachedFileRow
              key={item.key}
              item={item}
              uploading={uploading}
              onRemove={() => evidence.remove(item.key)}
            />
          ))}
        </Stack>
      )}
      <Text size="xs" c="dimmed">
        {evidence.files.length} of {MAX_EVIDENCE_FILES} files attached.
      </Text>
    </Stack>
  );
}

/** Says how far the upload is, for everyone (and politely for screen readers). */
export function UploadStatus({ files, sendingText }: { files: AttachedFile[]; sendingText: string }) {
  const total = files.reduce((sum, f) => sum + f.file.size, 0);
  const sent = files.reduce((sum, f) => sum + (f.file.size * (f.progress ?? 0)) / 100, 0);
  const percent = total === 0 ? null : Math.round((sent / total) * 100);
  return (
    <Text size="sm" c="dimmed" role="status" aria-live="polite">
      {percent === null ? sendingText : `Uploading evidence… ${percent}%`}
    </Text>
  );
}
