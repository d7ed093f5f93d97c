import { Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Dispute } from "../../../contracts/disputes.ts";
import { formatDate, languageName } from "../../ui/format.ts";
import { disputeReasonLabel } from "./disputes.labels.ts";
import { formatMoney } from "./money.ts";

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dark.6" component="dt">
        {label}
      </Text>
      <Text size="sm" component="dd" m={0} fw={500} className="break-anywhere">
        {children}
      </Text>
    </div>
  );
}

/** What the dispute is about: the items, what was paid for them, the reason and the buyer's words. */
export function DisputeItemsCard({ dispute }: { dispute: Dispute }) {
  const { t } = useTranslation("disputes");
  const currency = dispute.disputed.currency;
  return (
    <Paper
      withBorder
      p={{ base: "md", sm: "lg" }}
      component="section"
      aria-labelledby="dispute-items-heading"
    >
      <Stack gap="sm">
        <Title order={2} size="h4" id="dispute-items-heading">
          {t("about.title")}
        </Title>
        <ul aria-label={t("about.items")} style={{ margin: 0, paddingLeft: "1.25rem" }}>
          {dispute.items.map((item) => (
            <Text component="li" size="sm" key={item.orderItemId}>
              {item.quantity} × {item.title} —{" "}
              {formatMoney({ amountMinor: item.priceMinor * item.quantity, currency })}
            </Text>
          ))}
        </ul>
        <SimpleGrid component="dl" cols={{ base: 2, sm: 4 }} spacing="sm" verticalSpacing="xs" m={0}>
          <Fact label={t("about.amountDisputed")}>{formatMoney(dispute.disputed)}</Fact>
          <Fact label={t("about.refund")}>
            {dispute.refund ? formatMoney(dispute.refund) : t("about.notDecided")}
          </Fact>
          <Fact label={t("about.reason")}>{disputeReasonLabel(dispute.reason)}</Fact>
          <Fact label={t("about.opened")}>
            <time dateTime={dispute.openedAt}>{formatDate(dispute.openedAt)}</time>
          </Fact>
        </SimpleGrid>
        <Stack gap={2}>
          <Text size="sm" fw={600}>
            {dispute.role === "buyer" ? t("about.yourDescription") : t("about.buyersDescription")}
            {dispute.descriptionLanguage && dispute.descriptionLanguage !== "und" && (
              <Text span size="xs" c="dark.6" fw={400}>
                {" "}
                {t("about.writtenIn", { language: languageName(dispute.descriptionLanguage) })}
              </Text>
            )}
          </Text>
          <Text
            size="sm"
            style={{ whiteSpace: "pre-wrap" }}
            className="break-anywhere"
            lang={dispute.descriptionLanguage ?? undefined}
          >
            {dispute.description}
          </Text>
        </Stack>
      </Stack>
    </Paper>
  );
}
