import { Alert, Button, Group, Paper, Radio, Stack, Text, Textarea, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { BUYER_EXPERIENCES, type BuyerExperience, type OrderToRate } from "../../../contracts/feedback.ts";
import { ApiError } from "../../api/http.ts";
import { formatDate } from "../../ui/format.ts";
import { AlertIcon } from "../../ui/icons.tsx";
import { errorMessageOf } from "../../ui/QueryState.tsx";
import { useSession } from "../auth/session.ts";
import { useOrdersToRate, useRateBuyer } from "./feedback.api.ts";

function RateBuyerForm({ order, storeId }: { order: OrderToRate; storeId: string }) {
  const { t } = useTranslation("feedback");
  const [experience, setExperience] = useState<BuyerExperience | "">("");
  const [text, setText] = useState("");
  const rate = useRateBuyer(storeId);
  const fields = rate.error instanceof ApiError ? rate.error.fields : {};
  const id = `rate-buyer-${order.orderId}`;
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    rate.mutate(
      { orderId: order.orderId, input: { experience: experience as BuyerExperience, text } },
      { onSuccess: () => notifications.show({ message: t("buyers.sent", { buyer: order.buyerName }) }) },
    );
  };
  return (
    <form noValidate onSubmit={submit} aria-labelledby={`${id}-title`}>
      <Stack gap="xs">
        <Text id={`${id}-title`} fw={600} size="sm">
          {t("buyers.order", {
            order: order.orderId,
            buyer: order.buyerName,
            date: formatDate(order.deliveredAt),
          })}
        </Text>
        <Text size="xs" c="dimmed">
          {order.items.join(" · ")} — {t("buyers.closes", { date: formatDate(order.closesAt) })}
        </Text>
        {rate.error && Object.keys(fields).length === 0 && (
          <Alert color="red" icon={<AlertIcon />} role="alert" title={t("buyers.notSaved")}>
            {errorMessageOf(rate.error)}
          </Alert>
        )}
        <Radio.Group
          id={`${id}-experience`}
          label={t("buyers.howItWent", { buyer: order.buyerName })}
          value={experience}
          onChange={(value) => {
            setExperience(value as BuyerExperience);
            rate.reset();
          }}
          error={fields.experience}
          withAsterisk
        >
          <Group gap="md" mt={4}>
            {BUYER_EXPERIENCES.map((value) => (
              <Radio key={value} value={value} label={t(`experience.${value}`)} />
            ))}
          </Group>
        </Radio.Group>
        <Textarea
          id={`${id}-text`}
          label={t("buyers.comment")}
          description={t("buyers.commentHelp")}
          autosize
          minRows={1}
          maxLength={2000}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          error={fields.text}
        />
        <Group>
          <Button type="submit" size="xs" loading={rate.isPending}>
            {t("buyers.send")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** For the store's own seller only (its page shows it only then): the delivered orders waiting for its feedback on their buyers. */
export function RateBuyersSection({ storeId }: { storeId: string }) {
  const { t } = useTranslation("feedback");
  const { user } = useSession();
  const list = useOrdersToRate(storeId, !!user);
  if (!user || !list.data) return null;
  const orders = list.data.pages.flatMap((p) => p.items);
  return (
    <Paper withBorder p={{ base: "md", sm: "lg" }} component="section" aria-labelledby="rate-buyers-heading">
      <Stack gap="md">
        <Title order={2} id="rate-buyers-heading">
          {t("buyers.title")}
        </Title>
        <Text size="sm">{t("buyers.intro")}</Text>
        {orders.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t("buyers.empty")}
          </Text>
        ) : (
          <Stack
            gap="lg"
            component="ul"
            aria-label={t("buyers.list")}
            style={{ listStyle: "none", padding: 0, margin: 0 }}
          >
            {orders.map((order) => (
              <li key={order.orderId}>
                <RateBuyerForm order={order} storeId={storeId} />
              </li>
            ))}
          </Stack>
        )}
        {list.hasNextPage && (
          <Group>
            <Button variant="default" onClick={() => list.fetchNextPage()} loading={list.isFetchingNextPage}>
              {t("buyers.showMore")}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
