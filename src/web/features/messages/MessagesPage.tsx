import { SegmentedControl, Stack, Text, Title } from "@mantine/core";
import { getRouteApi, useNavigate } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import type { ThreadRole } from "../../../contracts/messages.ts";
import { EmptyNote, PagedList } from "../../ui/PagedList.tsx";
import { LoadingBlock } from "../../ui/QueryState.tsx";
import { usePageTitle } from "../../ui/usePageTitle.ts";
import { SignInPrompt } from "../auth/SignInPrompt.tsx";
import { useSession } from "../auth/session.ts";
import { useThreads, useUnreadCounts } from "./messages.api.ts";
import { ThreadCard } from "./ThreadCard.tsx";

const route = getRouteApi("/messages");

function Threads({ role }: { role: ThreadRole }) {
  const { t } = useTranslation("messages");
  const query = useThreads(role, true);
  return (
    <PagedList
      query={query}
      loading={{ rows: 4, height: 72 }}
      errorTitle={t("list.loadFailed")}
      empty={<EmptyNote>{role === "buyer" ? t("list.empty") : t("list.emptySeller")}</EmptyNote>}
    >
      {(items) => (
        <Stack component="ul" gap="sm" p={0} m={0} aria-label={t("list.title")}>
          {items.map((thread) => (
            <ThreadCard key={thread.id} thread={thread} />
          ))}
        </Stack>
      )}
    </PagedList>
  );
}

/** /messages: my conversations as a buyer and, for sellers, those of my stores. */
export function MessagesPage() {
  const { t } = useTranslation("messages");
  const { role } = route.useSearch();
  const navigate = useNavigate();
  const session = useSession();
  const counts = useUnreadCounts(!!session.user);
  usePageTitle(t("list.title"));
  if (session.isPending) return <LoadingBlock rows={4} height={56} />;
  if (!session.user) return <SignInPrompt what={t("list.signInTo")} redirect="/messages" />;
  const hasStores = counts.data?.hasStores ?? false;
  const shown: ThreadRole = hasStores && role === "seller" ? "seller" : "buyer";
  const label = (key: "asBuyer" | "asSeller", count: number | undefined) =>
    count ? `${t(`list.${key}`)} (${t("list.unread", { count })})` : t(`list.${key}`);
  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={1}>{t("list.title")}</Title>
        <Text c="dimmed">{t("list.intro")}</Text>
      </Stack>
      {hasStores && (
        <SegmentedControl
          aria-label={t("list.roles")}
          value={shown}
          onChange={(value) =>
            navigate({
              to: "/messages",
              search: { role: value === "seller" ? "seller" : undefined },
              replace: true,
            })
          }
          data={[
            { value: "buyer", label: label("asBuyer", counts.data?.buyer) },
            { value: "seller", label: label("asSeller", counts.data?.seller) },
          ]}
          fullWidth
          maw={520}
        />
      )}
      <Threads key={shown} role={shown} />
    </Stack>
  );
}
