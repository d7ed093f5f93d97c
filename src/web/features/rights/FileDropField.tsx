import { Button, Group, Input, List, Stack, Text } from "@mantine/core";
import { Dropzone } from "@mantine/dropzone";
import { useTranslation } from "react-i18next";
import { MAX_RIGHT_FILE_BYTES } from "../../../contracts/rights.ts";
import { AttachedFileRow } from "../../ui/AttachedFileRow.tsx";
import { useDropWording } from "../../ui/EvidenceDropField.tsx";
import { FieldLabel } from "../../ui/FieldLabel.tsx";
import { UploadIcon } from "../../ui/icons.tsx";
import {
  type AttachedFiles,
  RIGHT_FILE_ACCEPT,
  RIGHT_FILE_MB,
  RIGHT_FILE_TYPES_TEXT,
} from "./useAttachedFiles.ts";

interface FileDropFieldProps {
  /** The DOM id of the drop zone, so that an error can move the focus to it. */
  id: string;
  label: string;
  help: string;
  required?: boolean;
  attached: AttachedFiles;
  uploading: boolean;
  error?: string;
}

/** A drop zone (also a file picker) for PDF and image files, with the attached files and their upload progress. */
export function FileDropField({ id, label, help, required, attached, uploading, error }: FileDropFieldProps) {
  const { maxFiles } = attached;
  const wording = useDropWording();
  const { t } = useTranslation("rights");
  const sizes = { mb: RIGHT_FILE_MB, types: RIGHT_FILE_TYPES_TEXT };
  const hint =
    maxFiles === 1 ? t("files.hintOne", sizes) : t("files.hintMany", { ...sizes, count: maxFiles });
  return (
    <Stack gap="xs">
      <FieldLabel htmlFor={`${id}-input`} label={label} help={help} required={required} />
      <Dropzone
        id={`${id}-zone`}
        onDrop={() => undefined}
        onDropAny={(accepted, rejections) => attached.add(accepted, rejections)}
        accept={RIGHT_FILE_ACCEPT}
        maxSize={MAX_RIGHT_FILE_BYTES}
        multiple={maxFiles > 1}
        disabled={uploading}
        // One control, as in the evidence field: the zone takes drops and clicks, the keyboard reaches the button.
        activateOnKeyboard={false}
        enablePointerEvents
        inputProps={{ id: `${id}-input`, "aria-describedby": `${id}-hint` }}
        style={error ? { borderColor: "var(--mantine-color-red-8)" } : undefined}
      >
        <Group justify="center" gap="md" mih={72} wrap="nowrap">
          <UploadIcon size={28} />
          <Stack gap={6} align="flex-start">
            <Group gap="xs">
              {wording.canDrag && (
                <Text size="sm" fw={500}>
                  {maxFiles === 1 ? t("files.dragOne") : t("files.dragMany")}
                </Text>
              )}
              <Button
                id={id}
                type="button"
                variant="default"
                size="xs"
                disabled={uploading}
                aria-describedby={error ? `${id}-error ${id}-hint` : `${id}-hint`}
              >
                {wording.button}
              </Button>
            </Group>
            <Text size="xs" c="dimmed" id={`${id}-hint`}>
              {hint}
            </Text>
          </Stack>
        </Group>
      </Dropzone>
      {error && <Input.Error id={`${id}-error`}>{error}</Input.Error>}
      {attached.rejected.length > 0 && (
        <List size="sm" c="red" role="alert" spacing={2}>
          {attached.rejected.map((message) => (
            <List.Item key={message}>{message}</List.Item>
          ))}
        </List>
      )}
      {attached.files.length > 0 && (
        <Stack component="ul" gap="xs" p={0} m={0} aria-label={t("files.attached", { label })}>
          {attached.files.map((item) => (
            <AttachedFileRow
              key={item.key}
              item={item}
              uploading={uploading}
              onRemove={() => attached.remove(item.key)}
            />
          ))}
        </Stack>
      )}
    </Stack>
  );
}
