import { Paper, Stack, Text, Title } from "@mantine/core";
import { getRouteApi, useNavigate } from "@tanstack/react-router";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import type { ThreadLookup } from "../../../contracts/messages.ts";
import { AnchorLink } from "../../ui/links.tsx";
import { ErrorBlock, LoadingBlock } from "../../ui/QueryState.tsx";
import { usePageTitle } from "../../ui/usePageTitle.ts";
import { SignInPrompt } from "../auth/SignInPrompt.tsx";
import { useSession } from "../auth/session.ts";
import { MessageComposer } from "./MessageComposer.tsx";
import { useStartThread, useThreadLookup } from "./messages.api.ts";

const route = getRouteApi("/messages/new");

function FirstMessage({ lookup }: { lookup: ThreadLookup }) {
  const { t } = useTranslation("messages");
  const navigate = useNavigate();
  const start = useStartThread();
  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={1} className="break-anywhere">
          {t("start.title", { store: lookup.store.name })}
        </Title>
        <Text c="dimmed">
          {lookup.orderId ? t("start.aboutOrder", { orderId: lookup.orderId }) : t("start.general")}
        </Text>
      </Stack>
      <Paper withBorder p={{ base: "sm", sm: "md" }}>
        <MessageComposer
          idPrefix="first"
          autoFocus
          sending={start.isPending}
          onSend={async (outgoing) => {
            const started = await start.mutateAsync({
              storeId: lookup.store.id,
              orderId: lookup.orderId ?? undefined,
              ...outgoing,
            });
            await navigate({ to: "/messages/$id", params: { id: started.thread.id }, search: {} });
          }}
        />
      </Paper>
    </Stack>
  );
}

function Lookup({ storeId, orderId }: { storeId: string; orderId?: string }) {
  const { t } = useTranslation("messages");
  const navigate = useNavigate();
  const lookup = useThreadLookup(storeId, orderId, true);
  const existing = lookup.data?.thread?.id;
  // A conversation with this store (or about this order) exists already: writing goes on there.
  useEffect(() => {
    if (existing) void navigate({ to: "/messages/$id", params: { id: existing }, search: {}, replace: true });
  }, [existing, navigate]);
  if (lookup.isPending || existing) return <LoadingBlock rows={4} height={48} />;
  if (lookup.isError) return <ErrorBlock error={lookup.error} title={t("start.loadFailed")} />;
  return <FirstMessage lookup={lookup.data} />;
}

/** /messages/new?store=…&order=…: the first message to a store, or the way into the conversation with it. */
export function NewThreadPage() {
  const { t } = useTranslation("messages");
  const { store, order } = route.useSearch();
  const session = useSession();
  usePageTitle(t("start.pageTitle"));
  const here = `/messages/new?store=${encodeURIComponent(store ?? "")}${order ? `&order=${encodeURIComponent(order)}` : ""}`;
  if (session.isPending) return <LoadingBlock rows={4} height={48} />;
  if (!session.user) return <SignInPrompt what={t("start.signInTo")} redirect={here} />;
  return (
    <Stack gap="md">
      <AnchorLink to="/messages" size="sm">
        {t("thread.back")}
      </AnchorLink>
      {store ? (
        <Lookup storeId={store} orderId={order} />
      ) : (
        <ErrorBlock error={null} title={t("start.loadFailed")} />
      )}
    </Stack>
  );
}
