import { Button, Group, Input, Stack, Text } from "@mantine/core";
import { Dropzone } from "@mantine/dropzone";
import { MAX_DISPUTE_FILES, MAX_VIDEO_BYTES } from "../../../contracts/disputes.ts";
import { AttachedFileRow } from "../../ui/AttachedFileRow.tsx";
import { useDropWording } from "../../ui/EvidenceDropField.tsx";
import { FieldLabel } from "../../ui/FieldLabel.tsx";
import { UploadIcon } from "../../ui/icons.tsx";
import type { AttachedFile } from "../../ui/useEvidenceFiles.ts";
import { DISPUTE_FILE_ACCEPT, DISPUTE_FILES_TEXT } from "./dispute-files.ts";
import type { DisputeEvidence } from "./useDisputeEvidence.ts";

interface DisputeEvidenceFieldProps {
  /** The DOM id of the "Choose files" button (an error moves the focus there); the input is `<id>-input`. */
  id: string;
  label: string;
  help: string;
  evidence: DisputeEvidence;
  uploading: boolean;
  error?: string;
}

function FileRows(props: {
  items: AttachedFile[];
  label: string;
  uploading: boolean;
  onRemove: (key: string) => void;
}) {
  if (props.items.length === 0) return null;
  return (
    <Stack component="ul" gap="xs" p={0} m={0} aria-label={props.label}>
      {props.items.map((item) => (
        <AttachedFileRow
          key={item.key}
          item={item}
          uploading={props.uploading}
          onRemove={() => props.onRemove(item.key)}
        />
      ))}
    </Stack>
  );
}

/**
 * The evidence of a dispute: a drop zone with one "Choose files" button, the files attached with their
 * upload progress, and each refused file with its reason beside it. Videos are checked against their own,
 * larger limit in the hook; the zone only stops what no kind may be.
 */
export function DisputeEvidenceField({
  id,
  label,
  help,
  evidence,
  uploading,
  error,
}: DisputeEvidenceFieldProps) {
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const wording = useDropWording();
  return (
    <Stack gap="xs">
      <FieldLabel htmlFor={`${id}-input`} label={label} help={help} />
      <Dropzone
        id={`${id}-zone`}
        onDrop={() => undefined}
        onDropAny={(accepted, rejections) => void evidence.add(accepted, rejections)}
        accept={DISPUTE_FILE_ACCEPT}
        maxSize={MAX_VIDEO_BYTES}
        multiple
        disabled={uploading}
        // As in the report form: the zone is no control of its own, the keyboard reaches the button.
        activateOnKeyboard={false}
        enablePointerEvents
        inputProps={{ id: `${id}-input`, "aria-label": undefined, "aria-describedby": hintId }}
        style={error ? { borderColor: "var(--mantine-color-red-8)" } : undefined}
      >
        <Group justify="center" gap="md" mih={72} wrap="nowrap">
          <UploadIcon size={28} />
          <Stack gap={6} align="flex-start">
            <Group gap="xs">
              {wording.canDrag && (
                <Text size="sm" fw={500}>
                  Drag files here, or
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
              {DISPUTE_FILES_TEXT}
            </Text>
          </Stack>
        </Group>
      </Dropzone>
      {error && <Input.Error id={errorId}>{error}</Input.Error>}
      <div role="alert">
        <FileRows
          items={evidence.refused}
          label="Files not attached"
          uploading={uploading}
          onRemove={evidence.remove}
        />
      </div>
      <FileRows
        items={evidence.files}
        label="Attached files"
        uploading={uploading}
        onRemove={evidence.remove}
      />
      <Text size="xs" c="dimmed">
        {evidence.files.length} of {MAX_DISPUTE_FILES} files attached.
      </Text>
    </Stack>
  );
}
