import { ActionIcon, Group, Input, List, Paper, Progress, Stack, Text } from "@mantine/core";
import { Dropzone } from "@mantine/dropzone";
import { MAX_EVIDENCE_BYTES, MAX_EVIDENCE_FILES } from "../../../contracts/reports.ts";
import { FieldLabel } from "../../ui/FieldLabel.tsx";
import { formatBytes } from "../../ui/format.ts";
import { CloseIcon, FileIcon, UploadIcon } from "../../ui/icons.tsx";
import { fieldId } from "./report-form.model.ts";
import {
  type AttachedFile,
  EVIDENCE_ACCEPT,
  MAX_MB,
  TYPES_TEXT,
  type useEvidenceFiles,
} from "./useEvidenceFiles.ts";

interface EvidenceFieldProps {
  evidence: ReturnType<typeof useEvidenceFiles>;
  uploading: boolean;
  error?: string;
}

const HELP =
  "Screenshots, photos, invoices, certificates or letters that show the problem. " +
  `Up to ${MAX_EVIDENCE_FILES} files, ${MAX_MB} MB each: ${TYPES_TEXT}. Files are checked by their content.`;

function AttachedFileRow({
  item,
  uploading,
  onRemove,
}: {
  item: AttachedFile;
  uploading: boolean;
  onRemove: () => void;
}) {
  const name = item.file.name;
  return (
    <Paper withBorder p="xs" component="li" style={{ listStyle: "none" }}>
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
              aria-label={`Upload of ${name}`}
              animated={uploading && item.progress < 100}
            />
          )}
          {item.error && (
            <Text size="xs" c="red">
              {item.error}
            </Text>
          )}
        </Stack>
        <ActionIcon
          variant="subtle"
          color="gray"
          onClick={onRemove}
          disabled={uploading}
          aria-label={`Remove ${name}`}
        >
          <CloseIcon size={16} />
        </ActionIcon>
      </Group>
    </Paper>
  );
}

/** Evidence files: a drop zone (also a file picker), the list of attached files with their upload progress. */
export function EvidenceField({ evidence, uploading, error }: EvidenceFieldProps) {
  const inputId = fieldId("evidence");
  const errorId = `${inputId}-error`;
  return (
    <Stack gap="xs">
      <FieldLabel htmlFor={`${inputId}-input`} label="Evidence files" help={HELP} />
      <Dropzone
        id={inputId}
        onDrop={() => undefined}
        onDropAny={(accepted, rejections) => evidence.add(accepted, rejections)}
        accept={EVIDENCE_ACCEPT}
        maxSize={MAX_EVIDENCE_BYTES}
        multiple
        disabled={uploading}
        role="button"
        aria-label="Choose files to attach"
        aria-describedby={error ? errorId : `${inputId}-hint`}
        inputProps={{ id: `${inputId}-input` }}
        style={error ? { borderColor: "var(--mantine-color-red-6)" } : undefined}
      >
        <Group justify="center" gap="md" mih={90} style={{ pointerEvents: "none" }} wrap="nowrap">
          <UploadIcon size={32} />
          <div>
            <Text size="md" fw={500}>
              Drag files here or click to choose
            </Text>
            <Text size="sm" c="dimmed" id={`${inputId}-hint`}>
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
