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

/** The seller behind the target: its store, what was decided about it before, its live strikes. */
export function SellerPanel({ seller }: { seller: CaseDetail["seller"] }) {
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
                </List.Item>
              ))}
            </List>
          )}
        </div>
        <div>
          <SmallHeading>Earlier cases</SmallHeading>
          {seller.earlierCases.length === 0 ? (
            <Text size="sm" c="dimmed">
              None: this is the first case about this seller.
            </Text>
          ) : (
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
