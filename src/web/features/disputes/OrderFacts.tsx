import { Badge, SimpleGrid, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Order } from "../../../contracts/disputes.ts";
import { formatDate } from "../../ui/format.ts";
import { ORDER_STATUS_COLORS, orderStatusLabel } from "./disputes.labels.ts";
import { formatMoney } from "./money.ts";

export function OrderStatusBadge({ status }: { status: string }) {
  return (
    <Badge color={ORDER_STATUS_COLORS[status] ?? "gray"} variant="light">
      {orderStatusLabel(status)}
    </Badge>
  );
}

const when = (iso: string | null) => (iso ? <time dateTime={iso}>{formatDate(iso)}</time> : "—");

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" component="dt">
        {label}
      </Text>
      <Text size="sm" component="dd" m={0} className="break-anywhere">
        {children}
      </Text>
    </div>
  );
}

/** The shipping facts a dispute turns on: when it was ordered, shipped, promised and delivered. */
export function OrderFacts({ order }: { order: Order }) {
  const { t } = useTranslation("disputes");
  const tracking = order.trackingNumber
    ? `${order.carrier ? `${order.carrier}, ` : ""}${order.trackingNumber}`
    : t("facts.noTracking");
  return (
    <SimpleGrid component="dl" cols={{ base: 2, sm: 3, md: 6 }} spacing="sm" verticalSpacing="xs" m={0}>
      <Fact label={t("facts.ordered")}>{when(order.orderedAt)}</Fact>
      <Fact label={t("facts.total")}>{formatMoney(order.total)}</Fact>
      <Fact label={t("facts.shipped")}>{when(order.shippedAt)}</Fact>
      <Fact label={t("facts.promisedBy")}>{when(order.promisedBy)}</Fact>
      <Fact label={t("facts.delivered")}>
        {order.deliveredAt ? when(order.deliveredAt) : t("facts.notYet")}
      </Fact>
      <Fact label={t("facts.tracking")}>
        {tracking}
        {order.lastTrackingAt && !order.deliveredAt && (
          <Text span size="xs" c="dimmed" display="block">
            {t("facts.lastUpdate", { date: formatDate(order.lastTrackingAt) })}
          </Text>
        )}
      </Fact>
    </SimpleGrid>
  );
}

/** The order's items as a list: "2 × Camping knife — €49.00". */
export function OrderItemsList({ order }: { order: Order }) {
  const { t } = useTranslation("disputes");
  const currency = order.total.currency;
  return (
    <ul aria-label={t("facts.items")} style={{ margin: 0, paddingLeft: "1.25rem" }}>
      {order.items.map((item) => (
        <Text component="li" size="sm" key={item.id}>
          {item.quantity} × {item.title} —{" "}
          {formatMoney({ amountMinor: item.priceMinor * item.quantity, currency })}
        </Text>
      ))}
    </ul>
  );
}
