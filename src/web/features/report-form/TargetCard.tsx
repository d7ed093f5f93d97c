import { Badge, Group, Paper, Skeleton, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Listing, ResolvedEntry, Store } from "../../../contracts/catalog.ts";
import { ApiError } from "../../api/http.ts";
import { countryName, formatPrice } from "../../ui/format.ts";
import { StoreIcon } from "../../ui/icons.tsx";
import { ListingImage } from "../shop/ListingImage.tsx";
import { ListingStatusBadge } from "../shop/ListingStatusBadge.tsx";
import { StoreStatusBadge } from "../shop/StoreStatusBadge.tsx";
import { isWholeLink, type useResolvedTarget } from "./report-form.api.ts";

function ListingSummary({ listing }: { listing: Listing }) {
  const { t } = useTranslation("reportForm");
  const removed = listing.status === "removed";
  return (
    <Group gap="md" wrap="nowrap" align="flex-start">
      <div style={{ width: 96, flexShrink: 0 }}>
        <ListingImage src={listing.imageUrl} alt="" radius="sm" />
      </div>
      <Stack gap={4} style={{ minWidth: 0 }}>
        <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
          {t("card.listing")}
        </Text>
        <Text fw={600} lineClamp={2} className="break-anywhere">
          {listing.title}
        </Text>
        <Text size="sm">{t("card.soldBy", { store: listing.storeName })}</Text>
        <Group gap="xs">
          {!removed && (
            <Text size="sm" fw={600}>
              {formatPrice(listing.priceMinor, listing.currency)}
            </Text>
          )}
          <ListingStatusBadge status={listing.status} />
        </Group>
      </Stack>
    </Group>
  );
}

function StoreSummary({ store }: { store: Store }) {
  const { t } = useTranslation("reportForm");
  return (
    <Group gap="md" wrap="nowrap" align="flex-start">
      <Text c="indigo.8" mt={2} aria-hidden="true">
        <StoreIcon size={32} />
      </Text>
      <Stack gap={4} style={{ minWidth: 0 }}>
        <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
          {t("card.store")}
        </Text>
        <Text fw={600} className="break-anywhere">
          {store.name}
        </Text>
        <Group gap="xs">
          <Text size="sm">
            {countryName(store.country)} · {t("card.listings", { count: store.listingCount })}
          </Text>
          <StoreStatusBadge status={store.status} />
        </Group>
      </Stack>
    </Group>
  );
}

/** What there is still to say about an entry that was already acted on. */
function AlreadyActedOn({ entry }: { entry: ResolvedEntry }) {
  const { t } = useTranslation("reportForm");
  if (entry.kind === "listing" && entry.listing.status === "removed")
    return (
      <Badge color="gray" variant="outline" mt="xs">
        {t("card.removed")}
      </Badge>
    );
  if (entry.kind === "store" && entry.store.status === "closed")
    return (
      <Badge color="gray" variant="outline" mt="xs">
        {t("card.closed")}
      </Badge>
    );
  return null;
}

/**
 * The listing or store a link leads to, shown as the shop shows it, so that the reporter sees at once
 * that the right thing is reported. A link that leads nowhere says why on the link's field, not here.
 */
export function TargetCard({
  url,
  resolved,
}: {
  url: string;
  resolved: ReturnType<typeof useResolvedTarget>;
}) {
  const { t } = useTranslation("reportForm");
  if (!isWholeLink(url) || resolved.isError) return null;
  if (resolved.isPending) return <Skeleton height={96} radius="md" aria-label={t("card.lookingUp")} />;
  const entry = resolved.data;
  return (
    <Paper
      withBorder
      p="sm"
      component="section"
      aria-label={entry.kind === "listing" ? t("card.listingYouReport") : t("card.storeYouReport")}
    >
      {entry.kind === "listing" ? (
        <ListingSummary listing={entry.listing} />
      ) : (
        <StoreSummary store={entry.store} />
      )}
      <AlreadyActedOn entry={entry} />
    </Paper>
  );
}

/** Why a link leads to nothing, as the catalog says it (on the field `url`). */
export function resolveProblemOf(error: unknown): string | null {
  if (!(error instanceof ApiError) || error.status < 400 || error.status >= 500) return null;
  return error.fields.url ?? error.message;
}
