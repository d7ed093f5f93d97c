import { Paper, SimpleGrid, Stack, Table, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
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
  const { currency } = dispute.disputed;
  return (
    <Table.ScrollContainer minWidth={320}>
      <Table captionSide="top">
        <Table.Caption>What the dispute is about</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Item</Table.Th>
            <Table.Th ta="right">Quantity</Table.Th>
            <Table.Th ta="right">Paid</Table.Th>
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
            <Table.Th colSpan={2}>Disputed amount (the most a refund can be)</Table.Th>
            <Table.Th ta="right">{formatMoney(dispute.disputed)}</Table.Th>
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Table.ScrollContainer>
  );
}

/** The order as the marketplace reported it and its shipping: the facts a ruling on delivery rests on. */
export function OrderFactsCard({ dispute }: { dispute: ConsoleDispute }) {
  const { order, shipping } = dispute;
  return (
    <Paper withBorder p={{ base: "md", sm: "lg" }} component="section" aria-labelledby="order-facts-heading">
      <Stack gap="md">
        <Title order={2} size="h4" id="order-facts-heading">
          Order and shipping
        </Title>
        <SimpleGrid component="dl" cols={{ base: 2, sm: 4 }} spacing="sm" verticalSpacing="sm" m={0}>
          <Fact label="Store">{order.storeName}</Fact>
          <Fact label="Ordered">{when(order.orderedAt, "—")}</Fact>
          <Fact label="Order total">{formatMoney(order.total)}</Fact>
          <Fact label="Promised by">{when(shipping.promisedBy, "No date given")}</Fact>
          <Fact label="Shipped">{when(order.shippedAt, "Not shipped")}</Fact>
          <Fact label="Delivered">{when(order.deliveredAt, "Not confirmed")}</Fact>
          <Fact label="Carrier and tracking number">
            {shipping.trackingNumber
              ? `${shipping.carrier ?? "Unknown carrier"} ${shipping.trackingNumber}`
              : "No tracking number"}
          </Fact>
          <Fact label="Last tracking update">{when(shipping.lastTrackingAt, "Never")}</Fact>
        </SimpleGrid>
        <DisputedItems dispute={dispute} />
      </Stack>
    </Paper>
  );
}
