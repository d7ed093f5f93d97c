import { Badge, Group, List, Stack, Text } from "@mantine/core";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import type { CaseDetail } from "../../../contracts/console.ts";
import { formatDate } from "../../ui/format.ts";
import { AnchorLink } from "../../ui/links.tsx";
import { CaseStatusBadge } from "./CaseBadges.tsx";
import { CaseSection } from "./CaseSection.tsx";
import { TargetStatusBadge } from "./TargetComparison.tsx";

function SmallHeading({ children }: { children: string }) {
  return (
    <Text component="h3" size="sm" fw={600} m={0}>
      {children}
    </Text>
  );
}

/** One line on the seller's record: its other cases over all its stores and how they were decided. */
function earlierSummary(seller: CaseDetail["seller"], t: TFunction<"cases">) {
  const { cases, actionTaken, noAction } = seller.earlierCounts;
  const counts = { count: cases, actionTaken, noAction, open: cases - actionTaken - noAction };
  return seller.storeCount > 1
    ? t("seller.summaryStores", { ...counts, stores: seller.storeCount })
    : t("seller.summary", counts);
}

/**
 * The seller behind the target: its store, what was decided about it before and its live strikes — both
 * over all the seller's stores (by its account), so that the two agree.
 */
export function SellerPanel({ seller }: { seller: CaseDetail["seller"] }) {
  const { t } = useTranslation("cases");
  const manyStores = seller.storeCount > 1;
  return (
    <CaseSection title={t("seller.title")} id="seller-heading">
      <Stack gap="md">
        <Group gap="xs" justify="space-between" wrap="nowrap">
          <AnchorLink
            to="/shop/store/$id"
            params={{ id: seller.storeId }}
            fw={600}
            className="break-anywhere"
          >
            {seller.storeName}
          </AnchorLink>
          <TargetStatusBadge status={seller.storeStatus} />
        </Group>
        <div>
          <SmallHeading>{t("seller.strikes")}</SmallHeading>
          {seller.activeStrikes.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t("seller.none")}
            </Text>
          ) : (
            <List size="sm" spacing={4} mt={4}>
              {seller.activeStrikes.map((strike) => (
                <List.Item key={`${strike.severity}-${strike.at}`}>
                  <Badge size="sm" color={strike.severity === "serious" ? "red" : "orange"} variant="light">
                    {strike.severity === "serious" ? t("seller.serious") : t("seller.general")}
                  </Badge>{" "}
                  {t("seller.strikeSpan", {
                    from: formatDate(strike.at),
                    until: formatDate(strike.expiresAt),
                  })}
                  {manyStores && ` (${strike.storeName})`}
                </List.Item>
              ))}
            </List>
          )}
        </div>
        <div>
          <SmallHeading>{t("seller.earlier")}</SmallHeading>
          {seller.earlierCounts.cases === 0 ? (
            <Text size="sm" c="dimmed">
              {t("seller.first")}
            </Text>
          ) : (
            <Text size="sm" mt={4}>
              {earlierSummary(seller, t)}
            </Text>
          )}
          {seller.earlierCases.length > 0 && (
            <Stack component="ul" gap={8} p={0} m={0} mt={4}>
              {seller.earlierCases.map((earlier) => (
                <Stack key={earlier.id} component="li" gap={2} style={{ listStyle: "none" }}>
                  <AnchorLink
                    to="/console/cases/$id"
                    params={{ id: earlier.id }}
                    size="sm"
                    className="break-anywhere"
                  >
                    {earlier.targetTitle}
                  </AnchorLink>
                  {manyStores && (
                    <Text size="xs" c="dimmed" className="break-anywhere">
                      {earlier.storeName}
                    </Text>
                  )}
                  <Group gap={6}>
                    <CaseStatusBadge status={earlier.status} size="sm" />
                    {earlier.outcome && (
                      <Text size="xs">
                        {earlier.outcome === "action_taken"
                          ? t("seller.actionTaken")
                          : earlier.outcome === "no_action"
                            ? t("seller.noAction")
                            : earlier.outcome}
                      </Text>
                    )}
                    <Text size="xs" c="dimmed">
                      {formatDate(earlier.at)}
                    </Text>
                  </Group>
                </Stack>
              ))}
            </Stack>
          )}
        </div>
      </Stack>
    </CaseSection>
  );
}
