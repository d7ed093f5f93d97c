import { Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Order } from "../../../contracts/disputes.ts";
import { formatDate } from "../../ui/format.ts";
import { AnchorLink, ButtonLink } from "../../ui/links.tsx";
import { MessageSellerButton } from "../messages/ContactSellerButton.tsx";
import { OrderDisputeLinks } from "./OrderDisputeLinks.tsx";
import { OrderFacts, OrderItemsList, OrderStatusBadge } from "./OrderFacts.tsx";

/** Whether a dispute can be opened now: the button, or why not in the server's words. */
function DisputeChance({ order }: { order: Order }) {
  const { t } = useTranslation("disputes");
  const { disputability } = order;
  if (!disputability.open)
    return (
      <Text size="sm" c="dimmed">
        {disputability.why}
      </Text>
    );
  return (
    <Group justify="space-between" gap="sm" wrap="wrap">
      <Text size="sm">
        {disputability.closesAt
          ? t("orders.protectedUntil", { date: formatDate(disputability.closesAt) })
          : t("orders.lateNotDelivered")}
      </Text>
      <ButtonLink
        to="/my/orders/$id"
        params={{ id: order.id }}
        hash="open-dispute"
        size="sm"
        aria-label={t("orders.openDisputeOn", { id: order.id })}
      >
        {t("orders.openDispute")}
      </ButtonLink>
    </Group>
  );
}

/** One order in My Orders: the store, its facts, its items and whether it can be disputed. */
export function OrderCard({ order }: { order: Order }) {
  const headingId = `order-${order.id}`;
  return (
    <Paper component="li" withBorder p="md" style={{ listStyle: "none" }} aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Title order={2} size="h4" id={headingId}>
            <AnchorLink to="/my/orders/$id" params={{ id: order.id }} inherit>
              {order.storeName}
            </AnchorLink>{" "}
            <Text span c="dimmed" size="sm" ff="monospace" fw={400}>
              {order.id}
            </Text>
          </Title>
          <OrderStatusBadge status={order.status} />
        </Group>
        <OrderItemsList order={order} />
        <OrderFacts order={order} />
        <OrderDisputeLinks order={order} />
        <MessageSellerButton storeId={order.storeId} orderId={order.id} />
        <DisputeChance order={order} />
      </Stack>
    </Paper>
  );
}
