import { Group, Stack, Text, Title } from "@mantine/core";
import { Trans, useTranslation } from "react-i18next";
import type { ConsoleDispute } from "../../../contracts/disputes.ts";
import { formatDateTime } from "../../ui/format.ts";
import { DisputeStatusBadge } from "../disputes/DisputeStatusBadge.tsx";
import { disputeReasonLabel } from "../disputes/disputes.labels.ts";
import { formatMoney } from "../disputes/money.ts";
import { outcomeName } from "./dispute-console.labels.ts";

/**
 * The dispute's reference, where it stands, what the buyer says is wrong, and its outcome once ruled:
 * while the ruling is appealed, that outcome is only the one under appeal.
 */
export function DisputeHeader({ dispute }: { dispute: ConsoleDispute }) {
  const { t } = useTranslation("disputeConsole");
  return (
    <Stack gap={6}>
      <Group gap="sm" align="center">
        <Title order={1}>{t("page.heading", { reference: dispute.reference })}</Title>
        <DisputeStatusBadge status={dispute.status} size="lg" />
      </Group>
      <Text>
        <Trans
          t={t}
          i18nKey="page.reason"
          values={{ reason: disputeReasonLabel(dispute.reason), date: formatDateTime(dispute.openedAt) }}
          components={{ strong: <strong />, time: <time dateTime={dispute.openedAt} /> }}
        />
      </Text>
      {dispute.outcome && (
        <Text>
          {dispute.status === "appealed" ? t("page.underAppeal") : t("page.outcome")}:{" "}
          <strong>{outcomeName(dispute.outcome)}</strong>
          {dispute.refund && t("page.refund", { money: formatMoney(dispute.refund) })}
          {dispute.ruledBy && t("page.ruledBy", { name: dispute.ruledBy })}
        </Text>
      )}
    </Stack>
  );
}
