import { Badge, Card, Group, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { CaseDetail } from "../../../contracts/console.ts";
import { countryName, formatDateTime, formatPrice } from "../../ui/format.ts";
import { isOneOf } from "../../ui/one-of.ts";
import { ListingImage } from "../shop/ListingImage.tsx";

type Fields = Record<string, unknown>;

const text = (record: Fields, key: string) =>
  typeof record[key] === "string" && record[key] !== "" ? (record[key] as string) : undefined;
const number = (record: Fields, key: string) =>
  typeof record[key] === "number" ? (record[key] as number) : undefined;

/** Only our own pictures are shown: a same-origin path, never another site's address. */
function sameOriginImage(record: Fields): string | null {
  const url = text(record, "imageUrl");
  return url?.startsWith("/") && !url.startsWith("//") ? url : null;
}

const STATUS_COLORS: Record<string, string> = {
  active: "green",
  removed: "red",
  closed: "red",
  demoted: "orange",
  frozen: "orange",
  restricted: "yellow",
};

const KNOWN_STATUSES = ["active", "removed", "closed", "demoted", "frozen", "restricted"] as const;

export function TargetStatusBadge({ status }: { status: string | undefined }) {
  const { t } = useTranslation("cases");
  if (!status) return null;
  return (
    <Badge color={STATUS_COLORS[status] ?? "gray"} variant="light" style={{ flexShrink: 0 }}>
      {isOneOf(KNOWN_STATUSES, status)
        ? t(`target.status.${status}`)
        : status.charAt(0).toUpperCase() + status.slice(1).replace(/_/g, " ")}
    </Badge>
  );
}

function TargetView({ record, kind }: { record: Fields; kind: CaseDetail["targetKind"] }) {
  const { t } = useTranslation("cases");
  const title = text(record, "title") ?? text(record, "name") ?? t("target.untitled");
  const price = number(record, "priceMinor");
  const currency = text(record, "currency");
  const store = text(record, "storeName");
  const description = text(record, "description");
  const frozenUntil = text(record, "frozenUntil");
  const territories = Array.isArray(record.restrictedTerritories)
    ? record.restrictedTerritories.map(String)
    : [];
  return (
    <Stack gap="xs">
      {kind === "listing" && (
        <ListingImage src={sameOriginImage(record)} alt={t("target.pictureOf", { title })} />
      )}
      <Group gap="xs" justify="space-between" wrap="nowrap" align="flex-start">
        <Text fw={600} className="break-anywhere">
          {title}
        </Text>
        <TargetStatusBadge status={text(record, "status")} />
      </Group>
      {price !== undefined && currency && <Text size="sm">{formatPrice(price, currency)}</Text>}
      {store && kind === "listing" && (
        <Text size="sm" c="dimmed">
          {t("target.store", { store })}
        </Text>
      )}
      {text(record, "country") && (
        <Text size="sm" c="dimmed">
          {t("target.country", { country: text(record, "country") ?? "" })}
        </Text>
      )}
      {territories.length > 0 && (
        <Text size="sm">
          {t("target.hiddenIn", { countries: territories.map((code) => countryName(code)).join(", ") })}
        </Text>
      )}
      {frozenUntil && <Text size="sm">{t("target.frozenUntil", { date: formatDateTime(frozenUntil) })}</Text>}
      {description && (
        <Text size="sm" lineClamp={4} style={{ whiteSpace: "pre-wrap" }} className="break-anywhere">
          {description}
        </Text>
      )}
    </Stack>
  );
}

/** What was reported, as it was at the first report beside how it is now: changes since are visible. */
export function TargetComparison({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation("cases");
  const captured = text(detail.snapshot, "capturedAt") ?? detail.firstReportedAt;
  return (
    <Card component="section" aria-labelledby="target-heading">
      <Title order={2} size="h4" id="target-heading" mb="sm">
        {t("target.title")}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
        <Stack gap="xs" component="figure" m={0} aria-labelledby="target-then">
          <Text size="sm" fw={600} id="target-then">
            {t("target.firstReported")}{" "}
            <Text span size="xs" c="dimmed" fw={400}>
              ({formatDateTime(captured)})
            </Text>
          </Text>
          <TargetView record={detail.snapshot} kind={detail.targetKind} />
        </Stack>
        <Stack gap="xs" component="figure" m={0} aria-labelledby="target-now">
          <Text size="sm" fw={600} id="target-now">
            {t("target.now")}
          </Text>
          {detail.current ? (
            <TargetView record={detail.current} kind={detail.targetKind} />
          ) : (
            <Text size="sm" c="dimmed">
              {t("target.gone")}
            </Text>
          )}
        </Stack>
      </SimpleGrid>
    </Card>
  );
}
