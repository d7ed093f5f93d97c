import { Paper, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { AnchorLink, ButtonLink } from "../../ui/links.tsx";
import { PagedList } from "../../ui/PagedList.tsx";
import { LoadingBlock } from "../../ui/QueryState.tsx";
import { usePageTitle } from "../../ui/usePageTitle.ts";
import { SignInPrompt } from "../auth/SignInPrompt.tsx";
import { useSession } from "../auth/session.ts";
import { AssistantLink } from "../help/AssistantCard.tsx";
import { useMyOrders } from "./disputes.api.ts";
import { OrderCard } from "./OrderCard.tsx";

function NoOrders() {
  const { t } = useTranslation("disputes");
  return (
    <Paper withBorder p="xl" ta="center">
      <Stack align="center" gap="sm">
        <Title order={2} size="h4">
          {t("orders.noneTitle")}
        </Title>
        <Text c="dimmed" size="sm">
          {t("orders.none")}
        </Text>
        <ButtonLink to="/shop" variant="default">
          {t("orders.browseShop")}
        </ButtonLink>
      </Stack>
    </Paper>
  );
}

function OrderList() {
  const { t } = useTranslation("disputes");
  const query = useMyOrders(true);
  return (
    <PagedList
      query={query}
      loading={{ rows: 4, height: 120 }}
      errorTitle={t("orders.loadFailed")}
      empty={<NoOrders />}
    >
      {(orders) => (
        <Stack component="ul" gap="md" m={0} p={0} aria-label={t("orders.listLabel")}>
          {orders.map((order) => (
            <OrderCard key={order.id} order={order} />
          ))}
        </Stack>
      )}
    </PagedList>
  );
}

export function MyOrdersPage() {
  const { t } = useTranslation("disputes");
  usePageTitle(t("orders.title"));
  const session = useSession();
  if (session.isPending) return <LoadingBlock rows={4} height={120} />;
  if (!session.user) return <SignInPrompt what={t("orders.signInTo")} redirect="/my/orders" />;
  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Title order={1}>{t("orders.title")}</Title>
        <Text c="dimmed" maw={720}>
          {t("orders.intro")}{" "}
          <AnchorLink to="/my/disputes" fw={600}>
            {t("orders.seeDisputes")}
          </AnchorLink>
        </Text>
        <AssistantLink />
      </Stack>
      <OrderList />
    </Stack>
  );
}
