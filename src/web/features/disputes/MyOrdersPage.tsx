import { Paper, Stack, Text, Title } from "@mantine/core";
import { AnchorLink, ButtonLink } from "../../ui/links.tsx";
import { PagedList } from "../../ui/PagedList.tsx";
import { LoadingBlock } from "../../ui/QueryState.tsx";
import { usePageTitle } from "../../ui/usePageTitle.ts";
import { SignInPrompt } from "../auth/SignInPrompt.tsx";
import { useSession } from "../auth/session.ts";
import { useMyOrders } from "./disputes.api.ts";
import { OrderCard } from "./OrderCard.tsx";

function NoOrders() {
  return (
    <Paper withBorder p="xl" ta="center">
      <Stack align="center" gap="sm">
        <Title order={2} size="h4">
          You have no orders yet
        </Title>
        <Text c="dimmed" size="sm">
          When you buy something on the marketplace, your order appears here. If something goes wrong with it,
          you can open a dispute with the seller from here.
        </Text>
        <ButtonLink to="/shop" variant="default">
          Browse the shop
        </ButtonLink>
      </Stack>
    </Paper>
  );
}

function OrderList() {
  const query = useMyOrders(true);
  return (
    <PagedList
      query={query}
      loading={{ rows: 4, height: 120 }}
      errorTitle="Could not load your orders"
      empty={<NoOrders />}
    >
      {(orders) => (
        <Stack component="ul" gap="md" m={0} p={0} aria-label="My orders">
          {orders.map((order) => (
            <OrderCard key={order.id} order={order} />
          ))}
        </Stack>
      )}
    </PagedList>
  );
}

export function MyOrdersPage() {
  usePageTitle("My Orders");
  const session = useSession();
  if (session.isPending) return <LoadingBlock rows={4} height={120} />;
  if (!session.user) return <SignInPrompt what="see your orders" redirect="/my/orders" />;
  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Title order={1}>My Orders</Title>
        <Text c="dimmed" maw={720}>
          Something wrong with an order — it did not arrive, is not as described, or arrived damaged? Open a
          dispute with the seller. Buyer protection runs from shipment until 15 days after delivery.{" "}
          <AnchorLink to="/my/disputes" fw={600}>
            See my disputes
          </AnchorLink>
        </Text>
      </Stack>
      <OrderList />
    </Stack>
  );
}
