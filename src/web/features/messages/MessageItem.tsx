import { Anchor, Badge, Group, Paper, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Message } from "../../../contracts/messages.ts";
import { formatBytes, formatDate, formatDateTime } from "../../ui/format.ts";
import { FileIcon } from "../../ui/icons.tsx";
import { MessageText } from "./MessageText.tsx";
import { ReportPhishingButton } from "./ReportPhishingButton.tsx";
import { RiskWarning } from "./RiskWarning.tsx";

/** The files of a message: downloads, never shown in the page. */
function MessageFiles({ message }: { message: Message }) {
  const { t } = useTranslation("messages");
  if (message.attachments.length === 0) return null;
  return (
    <Stack component="ul" gap={4} p={0} m={0} aria-label={t("thread.files")} style={{ listStyle: "none" }}>
      {message.attachments.map((file) => (
        <li key={file.id}>
          <Anchor href={file.url} download={file.fileName} size="sm" className="break-anywhere">
            <FileIcon size={14} aria-hidden />{" "}
            {t("thread.download", { name: file.fileName, size: formatBytes(file.sizeBytes) })}
          </Anchor>
        </li>
      ))}
    </Stack>
  );
}

interface MessageItemProps {
  message: Message;
  /** Marked as the message a case is about (staff), or the one a link pointed at. */
  highlighted?: boolean;
  highlightLabel?: string;
}

/** One message: who sent it and when, its text with marked links, its files, and for the buyer the warnings. */
export function MessageItem({ message, highlighted, highlightLabel }: MessageItemProps) {
  const { t } = useTranslation("messages");
  const warned = message.warnings.length > 0;
  return (
    <Paper
      component="li"
      id={`message-${message.id}`}
      withBorder
      p="sm"
      radius="md"
      ml={message.mine ? { base: "md", sm: 64 } : 0}
      mr={message.mine ? 0 : { base: "md", sm: 64 }}
      bg={message.mine ? "indigo.0" : undefined}
      style={{
        listStyle: "none",
        ...(warned || highlighted ? { borderColor: "var(--mantine-color-red-8)", borderWidth: 2 } : {}),
      }}
      tabIndex={-1}
    >
      <Stack gap="xs">
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Text size="sm" fw={600}>
            {message.mine ? t("thread.you") : message.senderName}
          </Text>
          <Group gap="xs">
            {highlighted && highlightLabel && (
              <Badge color="red" variant="light" size="sm">
                {highlightLabel}
              </Badge>
            )}
            <Text size="xs" c="dimmed">
              <time dateTime={message.sentAt}>{formatDateTime(message.sentAt)}</time>
            </Text>
          </Group>
        </Group>
        {message.hiddenAt ? (
          <Text size="sm" fs="italic">
            {t("thread.hidden", { date: formatDate(message.hiddenAt) })}
          </Text>
        ) : (
          <MessageText parts={message.parts} />
        )}
        <MessageFiles message={message} />
        {warned ? (
          <RiskWarning risks={message.warnings}>
            {message.mayReport && <ReportPhishingButton messageId={message.id} variant="light" />}
          </RiskWarning>
        ) : (
          message.mayReport && (
            <Group justify="flex-end">
              <ReportPhishingButton messageId={message.id} />
            </Group>
          )
        )}
      </Stack>
    </Paper>
  );
}
