import { Select, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { formatDate } from "../../ui/format.ts";
import { AnchorLink } from "../../ui/links.tsx";
import { useSession } from "../auth/session.ts";
import { useMyOrders } from "../disputes/disputes.api.ts";

interface AssistantOrderFieldProps {
  value: string | null;
  onChange: (orderId: string | null) => void;
}

/** "Which order?": the signed-in buyer's orders; a guest is asked to sign in (and may go on without). */
export function AssistantOrderField({ value, onChange }: AssistantOrderFieldProps) {
  const { t } = useTranslation("help");
  const { user } = useSession();
  const orders = useMyOrders(!!user);
  if (!user) {
    return (
      <Text size="sm">
        <AnchorLink to="/sign-in" search={{ redirect: "/help/assistant" }} fw={600}>
          {t("assistant.signInForOrders")}
        </AnchorLink>
      </Text>
    );
  }
  const list = orders.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <Select
      id="assistant-order"
      label={t("assistant.whichOrder")}
      description={t("assistant.whichOrderHelp")}
      placeholder={
        list.length === 0 && orders.isSuccess ? t("assistant.noOrders") : t("assistant.chooseOrder")
      }
      data={list.map((order) => ({
        value: order.id,
        label: t("assistant.orderOption", {
          id: order.id,
          store: order.storeName,
          date: formatDate(order.orderedAt),
        }),
      }))}
      value={value}
      onChange={onChange}
      disabled={orders.isPending || list.length === 0}
      searchable
      clearable
      maw={520}
    />
  );
}
