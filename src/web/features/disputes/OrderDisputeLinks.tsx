import { Group, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Order } from "../../../contracts/disputes.ts";
import { AnchorLink } from "../../ui/links.tsx";
import { DisputeStatusBadge } from "./DisputeStatusBadge.tsx";

/** The disputes opened on an order, each a link to its page with where it stands. */
export function OrderDisputeLinks({ order }: { order: Order }) {
  const { t } = useTranslation("disputes");
  if (order.disputes.length === 0) return null;
  return (
    <Stack gap={4}>
      <Text size="sm" fw={600}>
        {t("orders.disputesOnOrder")}
      </Text>
      <Stack component="ul" gap={4} m={0} p={0} style={{ listStyle: "none" }}>
        {order.disputes.map((dispute) => (
          <Group component="li" key={dispute.id} gap="xs" wrap="wrap">
            <AnchorLink
              to="/disputes/$id"
              params={{ id: dispute.id }}
              fw={600}
              ff="monospace"
              style={{ whiteSpace: "nowrap" }}
            >
              {dispute.reference}
            </AnchorLink>
            <DisputeStatusBadge status={dispute.status} size="sm" />
          </Group>
        ))}
      </Stack>
    </Stack>
  );
}
