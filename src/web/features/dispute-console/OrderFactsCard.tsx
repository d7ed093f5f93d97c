import { Paper, SimpleGrid, Stack, Table, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { ConsoleDispute } from "../../../contracts/disputes.ts";
import { formatDateTime } from "../../ui/format.ts";
import { formatMoney } from "../disputes/money.ts";

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dark.6" component="dt">
        {label}
      </Text>
      <Text size="sm" component="dd" m={0} className="break-anywhere">
        {children}
      </Text>
    </div>
  );
}

const when = (iso: string | null, none: string) =>
  iso ? <time dateTime={iso}>{formatDateTime(iso)}</time> : none;

function DisputedItems({ dispute }: { dispute: ConsoleDispute }) {
  const { t } = useTranslation("disputeConsole");
  const { currency } = dispute.disputed;
  return (
    <Table.ScrollContainer minWidth={320}>
      <Table captionSide="top">
        <Table.Caption>{t("order.about")}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("order.item")}</Table.Th>
            <Table.Th ta="right">{t("order.quantity")}</Table.Th>
            <Table.Th ta="right">{t("order.paid")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {dispute.items.map((item) => (
            <Table.Tr key={item.orderItemId}>
              <Table.Td className="break-anywhere">{item.title}</Table.Td>
              <Table.Td ta="right">
                {item.quantity} × {formatMoney({ amountMinor: item.priceMinor, currency })}
              </Table.Td>
              <Table.Td ta="right">
                {formatMoney({ amountMinor: item.quantity * item.priceMinor, currency })}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th colSpan={2}>{t("order.disputed")}</Table.Th>
            <Table.Th ta="right">{formatMoney(dispute.disputed)}</Table.Th>
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Table.ScrollContainer>
  );
}

/** The order as the marketplace reported it and its shipping: the facts a ruling on delivery rests on. */
export function OrderFactsCard({ dispute }: { dispute: ConsoleDispute }) {
  const { t } = useTranslation("disputeConsole");
  const { order, shipping } = dispute;
  return (
    <Paper withBorder p={{ base: "md", sm: "lg" }} component="section" aria-labelledby="order-facts-heading">
      <Stack gap="md">
        <Title order={2} size="h4" id="order-facts-heading">
          {t("order.title")}
        </Title>
        <SimpleGrid component="dl" cols={{ base: 2, sm: 4 }} spacing="sm" verticalSpacing="sm" m={0}>
          <Fact label={t("order.store")}>{order.storeName}</Fact>
          <Fact label={t("order.ordered")}>{when(order.orderedAt, "—")}</Fact>
          <Fact label={t("order.total")}>{formatMoney(order.total)}</Fact>
          <Fact label={t("order.promisedBy")}>{when(shipping.promisedBy, t("order.noDate"))}</Fact>
          <Fact label={t("order.shipped")}>{when(order.shippedAt, t("order.notShipped"))}</Fact>
          <Fact label={t("order.delivered")}>{when(order.deliveredAt, t("order.notConfirmed"))}</Fact>
          <Fact label={t("order.tracking")}>
            {shipping.trackingNumber
              ? `${shipping.carrier ?? t("order.unknownCarrier")} ${shipping.trackingNumber}`
              : t("order.noTracking")}
          </Fact>
          <Fact label={t("order.lastUpdate")}>{when(shipping.lastTrackingAt, t("order.never"))}</Fact>
        </SimpleGrid>
        <DisputedItems dispute={dispute} />
      </Stack>
    </Paper>
  );
}
