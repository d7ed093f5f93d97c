import { Badge, Group, List, Stack, Text } from "@mantine/core";
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

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** One line on the seller's record: its other cases over all its stores and how they were decided. */
function earlierSummary(seller: CaseDetail["seller"]) {
  const { cases, actionTaken, noAction } = seller.earlierCounts;
  const where = seller.storeCount > 1 ? ` across its ${seller.storeCount} stores` : "";
  return `${plural(cases, "other case", "other cases")}${where}: ${actionTaken} with action taken, ${noAction} with no action, ${cases - actionTaken - noAction} not decided yet.`;
}

/**
 * The seller behind the target: its store, what was decided about it before and its live strikes — both
 * over all the seller's stores (by its account), so that the two agree.
 */
export function SellerPanel({ seller }: { seller: CaseDetail["seller"] }) {
  const manyStores = seller.storeCount > 1;
  return (
    <CaseSection title="Seller" id="seller-heading">
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
          <SmallHeading>Active strikes</SmallHeading>
          {seller.activeStrikes.length === 0 ? (
            <Text size="sm" c="dimmed">
              None.
            </Text>
          ) : (
            <List size="sm" spacing={4} mt={4}>
              {seller.activeStrikes.map((strike) => (
                <List.Item key={`${strike.severity}-${strike.at}`}>
                  <Badge size="sm" color={strike.severity === "serious" ? "red" : "orange"} variant="light">
                    {strike.severity === "serious" ? "Serious" : "General"}
                  </Badge>{" "}
                  since {formatDate(strike.at)}, until {formatDate(strike.expiresAt)}
                  {manyStores && ` (${strike.storeName})`}
                </List.Item>
              ))}
            </List>
          )}
        </div>
        <div>
          <SmallHeading>Earlier cases</SmallHeading>
          {seller.earlierCounts.cases === 0 ? (
            <Text size="sm" c="dimmed">
              None: this is the first case about this seller.
            </Text>
          ) : (
            <Text size="sm" mt={4}>
              {earlierSummary(seller)}
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
                          ? "Action taken"
                          : earlier.outcome === "no_action"
                            ? "No action"
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
