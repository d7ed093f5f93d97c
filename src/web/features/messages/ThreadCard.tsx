import { Badge, Group, Paper, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { ThreadSummary } from "../../../contracts/messages.ts";
import { formatDateTime } from "../../ui/format.ts";
import { AnchorLink } from "../../ui/links.tsx";

/** One conversation in the list: with whom, about what, its latest message and how many wait unread. */
export function ThreadCard({ thread }: { thread: ThreadSummary }) {
  const { t } = useTranslation("messages");
  const name =
    thread.role === "buyer"
      ? thread.store.name
      : t("list.withBuyer", { buyer: thread.buyerName, store: thread.store.name });
  const unread = thread.unread > 0;
  return (
    <Paper
      component="li"
      withBorder
      p="md"
      style={{
        listStyle: "none",
        ...(unread ? { borderColor: "var(--mantine-color-indigo-7)", borderWidth: 2 } : {}),
      }}
    >
      <Stack gap={6}>
        <Group justify="space-between" gap="xs" wrap="wrap">
          <AnchorLink
            to="/messages/$id"
            params={{ id: thread.id }}
            fw={unread ? 700 : 600}
            className="break-anywhere"
            aria-label={`${t("list.open", { name })}${unread ? `, ${t("list.unread", { count: thread.unread })}` : ""}`}
          >
            {name}
          </AnchorLink>
          <Group gap="xs">
            {unread && (
              <Badge color="indigo.7" size="sm" aria-hidden>
                {t("list.unread", { count: thread.unread })}
              </Badge>
            )}
            <Text size="xs" c="dimmed">
              <time dateTime={thread.lastMessageAt}>{formatDateTime(thread.lastMessageAt)}</time>
            </Text>
          </Group>
        </Group>
        <Text size="xs" c="dimmed">
          {thread.orderId ? t("list.aboutOrder", { orderId: thread.orderId }) : t("list.general")}
        </Text>
        <Text size="sm" lineClamp={2} className="break-anywhere" fw={unread ? 600 : 400}>
          {thread.lastFromMe ? t("list.you", { preview: thread.lastPreview }) : thread.lastPreview}
        </Text>
      </Stack>
    </Paper>
  );
}
