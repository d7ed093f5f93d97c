import { Alert, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { RightView } from "../../../contracts/rights.ts";
import { formatCalendarDate, formatDate } from "../../ui/format.ts";
import { RightBadges } from "./RightBadges.tsx";
import { RightFacts } from "./RightFacts.tsx";
import { rightTypeName } from "./rights.labels.ts";

function StatusNote({ right }: { right: RightView }) {
  const { t } = useTranslation("rights");
  if (right.status === "rejected")
    return (
      <Alert color="red" variant="light" title={t("vault.whyRejected")} p="sm">
        <Text size="sm">{right.rejectionReason}</Text>
        <Text size="xs" c="dimmed" mt={4}>
          {t("vault.addAgain")}
        </Text>
      </Alert>
    );
  if (right.status === "pending")
    return (
      <Text size="sm" c="dimmed">
        {t("vault.pending", { date: formatDate(right.createdAt) })}
      </Text>
    );
  if (right.validity === "expired")
    return (
      <Text size="sm" c="red.8">
        {t("vault.expired", { date: formatCalendarDate(right.validTo ?? "") })}
      </Text>
    );
  if (right.validity === "expiring_soon")
    return (
      <Text size="sm" c="orange.9">
        {t("vault.expiring", { date: formatCalendarDate(right.validTo ?? "") })}
      </Text>
    );
  return right.usable ? (
    <Text size="sm" c="green.8">
      {t("vault.usable")}
    </Text>
  ) : null;
}

function RightCard({ right }: { right: RightView }) {
  const { t } = useTranslation("rights");
  const title = `${rightTypeName(right.type)} ${right.registrationNumber}`;
  return (
    <Paper withBorder p="md" component="li" style={{ listStyle: "none" }} aria-label={title}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs">
          <Title order={3} size="h5" style={{ overflowWrap: "anywhere" }}>
            {title}
          </Title>
          <RightBadges status={right.status} validity={right.validity} />
        </Group>
        <RightFacts right={right} actsAsAgent={right.actsAsAgent} />
        <Text size="xs" c="dimmed">
          {t("vault.files", { names: right.files.map((f) => f.fileName).join(", ") })}
        </Text>
        <StatusNote right={right} />
      </Stack>
    </Paper>
  );
}

/** The holder's rights, newest first, each with where it stands. */
export function RightsList({ rights }: { rights: RightView[] }) {
  const { t } = useTranslation("rights");
  if (rights.length === 0)
    return (
      <Paper withBorder p="lg" ta="center">
        <Stack gap={4} align="center">
          <Text fw={500}>{t("vault.noneTitle")}</Text>
          <Text size="sm" c="dimmed">
            {t("vault.none")}
          </Text>
        </Stack>
      </Paper>
    );
  return (
    <Stack component="ul" gap="sm" p={0} m={0} aria-label={t("vault.title")}>
      {rights.map((right) => (
        <RightCard key={right.id} right={right} />
      ))}
    </Stack>
  );
}
