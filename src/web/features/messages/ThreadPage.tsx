import { Button, Center, Paper, Stack, Text, Title } from "@mantine/core";
import { getRouteApi } from "@tanstack/react-router";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import type { Message, ThreadSummary } from "../../../contracts/messages.ts";
import { AnchorLink } from "../../ui/links.tsx";
import { ErrorBlock, LoadingBlock } from "../../ui/QueryState.tsx";
import { usePageTitle } from "../../ui/usePageTitle.ts";
import { SignInPrompt } from "../auth/SignInPrompt.tsx";
import { useSession } from "../auth/session.ts";
import { MessageComposer } from "./MessageComposer.tsx";
import { MessageItem } from "./MessageItem.tsx";
import { useMarkRead, useSendMessage, useThread, useThreadMessages } from "./messages.api.ts";

const route = getRouteApi("/messages/$id");

/** Whom the conversation is with, and what it is about. */
export function ThreadHeading({
  thread,
  order = 1,
}: {
  thread: Pick<ThreadSummary, "store" | "buyerName" | "orderId"> & { role?: ThreadSummary["role"] };
  /** The heading's level: 1 on the conversation's own page. */
  order?: 1 | 3;
}) {
  const { t } = useTranslation("messages");
  const title =
    thread.role === "buyer"
      ? t("thread.withStore", { store: thread.store.name })
      : t("thread.withBuyer", { buyer: thread.buyerName, store: thread.store.name });
  return (
    <Stack gap={4}>
      <Title order={order} fz={order === 1 ? { base: 24, sm: 32 } : undefined} className="break-anywhere">
        {title}
      </Title>
      <Text size="sm" c="dimmed">
        {thread.orderId ? (
          <>
            {t("thread.aboutOrder")}{" "}
            {thread.role === "buyer" ? (
              <AnchorLink to="/my/orders/$id" params={{ id: thread.orderId }} ff="monospace">
                {thread.orderId}
              </AnchorLink>
            ) : (
              <Text span ff="monospace">
                {thread.orderId}
              </Text>
            )}
          </>
        ) : (
          t("thread.general")
        )}
      </Text>
    </Stack>
  );
}

interface MessageListProps {
  messages: Message[];
  hasEarlier: boolean;
  loadingEarlier: boolean;
  onEarlier: () => void;
  highlightId?: string;
  highlightLabel?: string;
}

/** The messages oldest first, as a conversation reads, with the earlier ones a click away. */
export function MessageList({
  messages,
  hasEarlier,
  loadingEarlier,
  onEarlier,
  highlightId,
  highlightLabel,
}: MessageListProps) {
  const { t } = useTranslation("messages");
  return (
    <Stack gap="sm">
      {hasEarlier && (
        <Center>
          <Button variant="default" size="sm" onClick={onEarlier} loading={loadingEarlier}>
            {t("thread.earlier")}
          </Button>
        </Center>
      )}
      {messages.length === 0 ? (
        <Text c="dimmed">{t("thread.empty")}</Text>
      ) : (
        <Stack component="ol" gap="sm" p={0} m={0} aria-label={t("thread.messages")}>
          {[...messages].reverse().map((message) => (
            <MessageItem
              key={message.id}
              message={message}
              highlighted={message.id === highlightId}
              highlightLabel={highlightLabel}
            />
          ))}
        </Stack>
      )}
    </Stack>
  );
}

function ThreadView({ id, highlight }: { id: string; highlight?: string }) {
  const { t } = useTranslation("messages");
  const thread = useThread(id, true);
  const messages = useThreadMessages(id, true);
  const markRead = useMarkRead(id);
  const send = useSendMessage(id);
  usePageTitle(
    thread.data ? t("thread.withStore", { store: thread.data.store.name }) : t("thread.pageTitle"),
  );
  const items = messages.data?.pages.flatMap((page) => page.items) ?? [];
  const newest = items[0]?.id;

  // Whatever is shown is read: the count in the header goes down as the conversation opens or grows.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once per newest message, not per render
  useEffect(() => {
    if (newest) markRead.mutate();
  }, [newest]);
  useEffect(() => {
    if (highlight && items.some((m) => m.id === highlight))
      document.getElementById(`message-${highlight}`)?.scrollIntoView({ block: "center" });
  }, [highlight, items]);

  if (thread.isPending || messages.isPending) return <LoadingBlock rows={6} height={56} />;
  if (thread.isError || !messages.data)
    return (
      <ErrorBlock
        error={thread.error ?? messages.error}
        title={t("thread.loadFailed")}
        onRetry={() => thread.refetch()}
      />
    );
  return (
    <Stack gap="lg">
      <ThreadHeading thread={thread.data} />
      <Text size="sm" c="dimmed">
        {t("thread.history")}
      </Text>
      <MessageList
        messages={items}
        hasEarlier={messages.hasNextPage}
        loadingEarlier={messages.isFetchingNextPage}
        onEarlier={() => messages.fetchNextPage()}
        highlightId={highlight}
      />
      <Paper withBorder p={{ base: "sm", sm: "md" }}>
        <MessageComposer
          idPrefix="reply"
          sending={send.isPending}
          onSend={(outgoing) => send.mutateAsync(outgoing)}
        />
      </Paper>
    </Stack>
  );
}

/** /messages/$id: one conversation, its messages and the reply. */
export function ThreadPage() {
  const { id } = route.useParams();
  const { message } = route.useSearch();
  const { t } = useTranslation("messages");
  const session = useSession();
  if (session.isPending) return <LoadingBlock rows={5} height={48} />;
  if (!session.user) return <SignInPrompt what={t("list.signInTo")} redirect={`/messages/${id}`} />;
  return (
    <Stack gap="md">
      <AnchorLink to="/messages" size="sm">
        {t("thread.back")}
      </AnchorLink>
      <ThreadView id={id} highlight={message} />
    </Stack>
  );
}
