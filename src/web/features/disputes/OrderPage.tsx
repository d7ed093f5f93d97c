import { Alert, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { getRouteApi, useRouterState } from "@tanstack/react-router";
import { useEffect, useRef } from "react";
import { Trans, useTranslation } from "react-i18next";
import type { Order } from "../../../contracts/disputes.ts";
import { formatDate } from "../../ui/format.ts";
import { InfoIcon } from "../../ui/icons.tsx";
import { AnchorLink } from "../../ui/links.tsx";
import { ErrorBlock, LoadingBlock } from "../../ui/QueryState.tsx";
import { usePageTitle } from "../../ui/usePageTitle.ts";
import { SignInPrompt } from "../auth/SignInPrompt.tsx";
import { useSession } from "../auth/session.ts";
import { RateOrderCard } from "../feedback/RateOrderCard.tsx";
import { MessageSellerButton } from "../messages/ContactSellerButton.tsx";
import { useMyOrder } from "./disputes.api.ts";
import { OpenDisputeForm } from "./OpenDisputeForm.tsx";
import { OrderDisputeLinks } from "./OrderDisputeLinks.tsx";
import { OrderFacts, OrderItemsList, OrderStatusBadge } from "./OrderFacts.tsx";

const route = getRouteApi("/my/orders/$id");

/** Why no dispute can be opened now, and from when one can, if it can at all. */
function ClosedNotice({ order }: { order: Order }) {
  const { t } = useTranslation("disputes");
  const { why, opensAt } = order.disputability;
  return (
    <Alert variant="light" color="gray" icon={<InfoIcon />} title={t("order.cannotOpen")}>
      <Text size="sm">{why}</Text>
      {opensAt && (
        <Text size="sm" mt={4}>
          <Trans
            t={t}
            i18nKey="order.opensFrom"
            values={{ date: formatDate(opensAt) }}
            components={{ time: <time dateTime={opensAt} /> }}
          />
        </Text>
      )}
    </Alert>
  );
}

/** The open-a-dispute section; arriving through "Open a dispute" (#open-dispute) puts the focus on it. */
function OpenDisputeSection({ order }: { order: Order }) {
  const { t } = useTranslation("disputes");
  const heading = useRef<HTMLHeadingElement>(null);
  const hash = useRouterState({ select: (s) => s.location.hash });
  useEffect(() => {
    if (hash !== "open-dispute") return;
    heading.current?.focus();
    heading.current?.scrollIntoView({ block: "start" });
  }, [hash]);
  const { closesAt } = order.disputability;
  return (
    <Paper
      withBorder
      p={{ base: "md", sm: "xl" }}
      component="section"
      aria-labelledby="open-dispute-heading"
      id="open-dispute"
    >
      <Stack gap="md">
        <Stack gap={4}>
          <Title
            order={2}
            size="h3"
            id="open-dispute-heading"
            ref={heading}
            tabIndex={-1}
            style={{ outline: "none" }}
          >
            {t("orders.openDispute")}
          </Title>
          {closesAt && (
            <Text size="sm">
              <Trans
                t={t}
                i18nKey="order.protectionUntil"
                values={{ date: formatDate(closesAt) }}
                components={{ time: <time dateTime={closesAt} /> }}
              />
            </Text>
          )}
        </Stack>
        <OpenDisputeForm order={order} reason={route.useSearch().reason} />
      </Stack>
    </Paper>
  );
}

function OrderView({ order }: { order: Order }) {
  const { t } = useTranslation("disputes");
  return (
    <Stack gap="lg">
      <Stack gap="sm">
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Title order={1}>{t("order.title", { store: order.storeName })}</Title>
          <OrderStatusBadge status={order.status} />
        </Group>
        <Text size="sm" c="dimmed">
          {t("order.number")}{" "}
          <Text span ff="monospace">
            {order.id}
          </Text>
        </Text>
      </Stack>
      <Paper withBorder p="md" component="section" aria-labelledby="order-details-heading">
        <Stack gap="sm">
          <Title order={2} size="h4" id="order-details-heading">
            {t("order.itemsAndDelivery")}
          </Title>
          <OrderItemsList order={order} />
          <OrderFacts order={order} />
          <OrderDisputeLinks order={order} />
          <MessageSellerButton storeId={order.storeId} orderId={order.id} />
        </Stack>
      </Paper>
      <RateOrderCard order={order} />
      {order.disputability.open ? <OpenDisputeSection order={order} /> : <ClosedNotice order={order} />}
    </Stack>
  );
}

export function OrderPage() {
  const { id } = route.useParams();
  const session = useSession();
  const order = useMyOrder(id, !!session.user);
  const { t } = useTranslation("disputes");
  usePageTitle(order.data ? t("order.pageTitleOf", { id: order.data.id }) : t("order.pageTitle"));
  if (session.isPending) return <LoadingBlock rows={5} height={48} />;
  if (!session.user) return <SignInPrompt what={t("order.signInTo")} redirect={`/my/orders/${id}`} />;
  return (
    <Stack gap="md">
      <AnchorLink to="/my/orders" size="sm">
        {t("order.back")}
      </AnchorLink>
      {order.isPending && <LoadingBlock rows={5} height={48} />}
      {order.isError && (
        <ErrorBlock error={order.error} title={t("order.loadFailed")} onRetry={() => order.refetch()} />
      )}
      {order.data && <OrderView order={order.data} />}
    </Stack>
  );
}
