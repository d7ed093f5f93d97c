import { Badge, DataList, Group, Paper, Text } from "@mantine/core";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import type { CaseReport } from "../../../contracts/console.ts";
import { formatDate } from "../../ui/format.ts";
import { WRAPPING_BADGE } from "../../ui/wrapping-badge.ts";

type Reporter = z.infer<typeof CaseReport>["reporter"];

function recordOf(reporter: Reporter, t: TFunction<"cases">): string {
  const { reportsFiled, reportsUpheld } = reporter;
  // No share in percent: reports still open count as filed but not (yet) upheld.
  return t("reporter.recordLine", { count: reportsFiled, upheld: reportsUpheld });
}

/** Fast lane, trusted flagger, warning, suspension: what changes how this reporter's reports are handled. */
function Standing({ reporter }: { reporter: Reporter }) {
  const { t } = useTranslation("cases");
  const suspended = reporter.suspendedUntil && new Date(reporter.suspendedUntil).getTime() > Date.now();
  const plain = !reporter.trustedFlagger && !reporter.fastLane && !reporter.warned && !suspended;
  return (
    <Group gap={4} wrap="wrap">
      {reporter.trustedFlagger && (
        <Badge
          color="grape"
          variant="light"
          size="sm"
          style={{ textTransform: "none" }}
          classNames={WRAPPING_BADGE}
        >
          {t("reporter.trustedFlagger", { name: reporter.trustedFlagger })}
        </Badge>
      )}
      {reporter.fastLane && (
        <Badge color="green" variant="light" size="sm">
          {t("reporter.fastLane")}
        </Badge>
      )}
      {reporter.warned && !suspended && (
        <Badge color="orange" variant="light" size="sm">
          {t("reporter.warned")}
        </Badge>
      )}
      {suspended && reporter.suspendedUntil && (
        <Badge color="red" variant="light" size="sm" style={{ textTransform: "none" }}>
          {t("reporter.suspendedUntil", { date: formatDate(reporter.suspendedUntil) })}
        </Badge>
      )}
      {plain && <Text size="sm">{t("reporter.standard")}</Text>}
    </Group>
  );
}

/** Who reported: for staff only, never shown to the seller. */
export function ReporterBlock({ reporter, reference }: { reporter: Reporter; reference: string }) {
  const { t } = useTranslation("cases");
  const labelId = `reporter-${reference}`;
  return (
    <Paper
      withBorder
      p="sm"
      bg="yellow.0"
      style={{ borderStyle: "dashed" }}
      component="section"
      aria-labelledby={labelId}
    >
      <Group gap="xs" mb="xs">
        <Text size="sm" fw={600} id={labelId}>
          {t("reporter.title")}
        </Text>
        <Badge color="yellow" variant="filled" size="sm">
          {t("reporter.staffOnly")}
        </Badge>
      </Group>
      <DataList size="sm" gap={6} labelWidth={110}>
        <DataList.Item>
          <DataList.ItemLabel>{t("reporter.email")}</DataList.ItemLabel>
          <DataList.ItemValue className="break-anywhere">{reporter.email}</DataList.ItemValue>
        </DataList.Item>
        <DataList.Item>
          <DataList.ItemLabel>{t("reporter.name")}</DataList.ItemLabel>
          <DataList.ItemValue>{reporter.name ?? t("reporter.notGiven")}</DataList.ItemValue>
        </DataList.Item>
        <DataList.Item>
          <DataList.ItemLabel>{t("reporter.account")}</DataList.ItemLabel>
          <DataList.ItemValue>
            {reporter.isGuest ? t("reporter.guest") : t("reporter.member")}
          </DataList.ItemValue>
        </DataList.Item>
        <DataList.Item>
          <DataList.ItemLabel>{t("reporter.identity")}</DataList.ItemLabel>
          <DataList.ItemValue>
            {reporter.discloseIdentity ? t("reporter.mayShow") : t("reporter.notShown")}
          </DataList.ItemValue>
        </DataList.Item>
        <DataList.Item>
          <DataList.ItemLabel>{t("reporter.record")}</DataList.ItemLabel>
          <DataList.ItemValue>{recordOf(reporter, t)}</DataList.ItemValue>
        </DataList.Item>
        <DataList.Item>
          <DataList.ItemLabel>{t("reporter.unfounded")}</DataList.ItemLabel>
          <DataList.ItemValue>
            {reporter.unfoundedMarks === 0
              ? t("reporter.noUnfounded")
              : t("reporter.unfoundedCount", { count: reporter.unfoundedMarks })}
          </DataList.ItemValue>
        </DataList.Item>
        <DataList.Item>
          <DataList.ItemLabel>{t("reporter.standing")}</DataList.ItemLabel>
          <DataList.ItemValue>
            <Standing reporter={reporter} />
          </DataList.ItemValue>
        </DataList.Item>
      </DataList>
    </Paper>
  );
}
