import { Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { DISPUTE_REASON_LABELS, type Dispute } from "../../../contracts/disputes.ts";
import { formatDate, languageName } from "../../ui/format.ts";
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
          What it is about
        </Title>
        <ul aria-label="Disputed items" style={{ margin: 0, paddingLeft: "1.25rem" }}>
          {dispute.items.map((item) => (
            <Text component="li" size="sm" key={item.orderItemId}>
              {item.quantity} × {item.title} —{" "}
              {formatMoney({ amountMinor: item.priceMinor * item.quantity, currency })}
            </Text>
          ))}
        </ul>
        <SimpleGrid component="dl" cols={{ base: 2, sm: 4 }} spacing="sm" verticalSpacing="xs" m={0}>
          <Fact label="Amount disputed">{formatMoney(dispute.disputed)}</Fact>
          <Fact label="Refund">{dispute.refund ? formatMoney(dispute.refund) : "Not decided yet"}</Fact>
          <Fact label="Reason">{DISPUTE_REASON_LABELS[dispute.reason]}</Fact>
          <Fact label="Opened">
            <time dateTime={dispute.openedAt}>{formatDate(dispute.openedAt)}</time>
          </Fact>
        </SimpleGrid>
        <Stack gap={2}>
          <Text size="sm" fw={600}>
            {dispute.role === "buyer" ? "Your description" : "The buyer's description"}
            {dispute.descriptionLanguage && dispute.descriptionLanguage !== "und" && (
              <Text span size="xs" c="dark.6" fw={400}>
                {" "}
                (written in {languageName(dispute.descriptionLanguage)})
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
