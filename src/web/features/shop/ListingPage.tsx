import { Alert, Badge, Breadcrumbs, Button, Grid, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { getRouteApi, useNavigate } from "@tanstack/react-router";
import { Trans, useTranslation } from "react-i18next";
import { formatPrice } from "../../ui/format.ts";
import { InfoIcon, ShieldIcon } from "../../ui/icons.tsx";
import { AnchorLink } from "../../ui/links.tsx";
import { ErrorBlock, LoadingBlock } from "../../ui/QueryState.tsx";
import { usePageTitle } from "../../ui/usePageTitle.ts";
import { ListingRatingLine } from "../feedback/ListingRatingLine.tsx";
import { ContactSellerButton } from "../messages/ContactSellerButton.tsx";
import { useListing } from "./catalog.api.ts";
import { ListingImage } from "./ListingImage.tsx";
import { ListingNotice } from "./ListingNotice.tsx";
import { ListingStatusBadge } from "./ListingStatusBadge.tsx";
import { canBeReported, isOnSale } from "./listing-standing.ts";

const route = getRouteApi("/shop/item/$id");

/** A rating's link (as a report keeps it) leads here: its item has no list of ratings, its store does. */
function RatingLinkNotice({ storeId }: { storeId: string }) {
  const { t } = useTranslation("shop");
  return (
    <Alert color="indigo" variant="light" icon={<InfoIcon />}>
      <Text size="sm">
        <Trans
          t={t}
          i18nKey="listing.ratingLink"
          components={{ store: <AnchorLink to="/shop/store/$id" params={{ id: storeId }} fw={600} /> }}
        />
      </Text>
    </Alert>
  );
}

export function ListingPage() {
  const { id } = route.useParams();
  const { rating } = route.useSearch();
  const navigate = useNavigate();
  const query = useListing(id);
  const { t } = useTranslation("shop");
  usePageTitle(query.data?.title ?? t("listing.pageTitle"));

  if (query.isPending) return <LoadingBlock rows={5} height={40} />;
  if (query.isError) return <ErrorBlock error={query.error} title={t("listing.loadFailed")} />;
  const listing = query.data;

  return (
    <Stack gap="lg">
      <Breadcrumbs>
        <AnchorLink to="/shop">{t("title")}</AnchorLink>
        <AnchorLink to="/shop/store/$id" params={{ id: listing.storeId }}>
          {listing.storeName}
        </AnchorLink>
        <Text size="sm" truncate maw={220}>
          {listing.title}
        </Text>
      </Breadcrumbs>
      <ListingNotice listing={listing} />
      {rating && <RatingLinkNotice storeId={listing.storeId} />}
      <Grid gap="xl">
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <ListingImage src={listing.imageUrl} alt={listing.title} radius="md" />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <Stack gap="md">
            <Title order={1} size="h2">
              {listing.title}
            </Title>
            <ListingRatingLine listingId={listing.id} />
            <Group gap="sm">
              {isOnSale(listing) ? (
                <Text fw={700} fz={28}>
                  {formatPrice(listing.priceMinor, listing.currency)}
                </Text>
              ) : (
                <Text fw={600} size="lg" c="dimmed">
                  {t("noLongerForSale")}
                </Text>
              )}
              <ListingStatusBadge status={listing.status} />
              <Badge variant="light" color="gray">
                {listing.category}
              </Badge>
            </Group>
            <Text size="sm">
              {t("listing.soldBy")}{" "}
              <AnchorLink to="/shop/store/$id" params={{ id: listing.storeId }}>
                {listing.storeName}
              </AnchorLink>
            </Text>
            <ContactSellerButton storeId={listing.storeId} />
            <Text style={{ whiteSpace: "pre-wrap" }}>{listing.description}</Text>
            {canBeReported(listing) && (
              <Paper withBorder p="md" mt="md">
                <Stack gap={6}>
                  <Text size="sm" c="dimmed">
                    {t("listing.somethingWrong")}
                  </Text>
                  <Group>
                    <Button
                      color="red"
                      variant="light"
                      leftSection={<ShieldIcon />}
                      onClick={() => navigate({ to: "/report", search: { target: listing.url } })}
                    >
                      {t("listing.report")}
                    </Button>
                  </Group>
                </Stack>
              </Paper>
            )}
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
