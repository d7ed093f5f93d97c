import { Alert, Breadcrumbs, Button, Group, Stack, Text, Title } from "@mantine/core";
import { getRouteApi, useNavigate } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { countryName } from "../../ui/format.ts";
import { AlertIcon, ShieldIcon } from "../../ui/icons.tsx";
import { AnchorLink } from "../../ui/links.tsx";
import { ErrorBlock, LoadingBlock } from "../../ui/QueryState.tsx";
import { usePageTitle } from "../../ui/usePageTitle.ts";
import { RateBuyersSection } from "../feedback/RateBuyersSection.tsx";
import { StoreRatingSection } from "../feedback/StoreRatingSection.tsx";
import { ContactSellerButton } from "../messages/ContactSellerButton.tsx";
import { SellerResponsiveness } from "../messages/SellerResponsiveness.tsx";
import { useStore } from "./catalog.api.ts";
import { ListingGrid } from "./ListingGrid.tsx";
import { StoreStatusBadge } from "./StoreStatusBadge.tsx";

const route = getRouteApi("/shop/store/$id");

export function StorePage() {
  const { id } = route.useParams();
  const navigate = useNavigate();
  const query = useStore(id);
  const { t } = useTranslation("shop");
  usePageTitle(query.data?.name ?? t("store.pageTitle"));

  if (query.isPending) return <LoadingBlock rows={4} height={40} />;
  if (query.isError) return <ErrorBlock error={query.error} title={t("store.loadFailed")} />;
  const store = query.data;

  return (
    <Stack gap="lg">
      <Breadcrumbs>
        <AnchorLink to="/shop">{t("title")}</AnchorLink>
        <Text size="sm">{store.name}</Text>
      </Breadcrumbs>
      {store.status !== "active" && (
        <Alert color={store.status === "closed" ? "red" : "orange"} icon={<AlertIcon />} role="status">
          {store.status === "closed" ? t("store.closed") : t("store.frozen")}
        </Alert>
      )}
      <Group justify="space-between" align="flex-start" gap="md">
        <Stack gap={4} style={{ flex: 1, minWidth: 240 }}>
          <Group gap="sm">
            <Title order={1}>{store.name}</Title>
            <StoreStatusBadge status={store.status} />
          </Group>
          <Text size="sm" c="dimmed">
            {countryName(store.country)} · {t("listingCount", { count: store.listingCount })}
          </Text>
          <Text mt="xs">{store.description}</Text>
          <ContactSellerButton storeId={store.id} />
        </Stack>
        <Button
          color="red"
          variant="light"
          leftSection={<ShieldIcon />}
          onClick={() => navigate({ to: "/report", search: { target: store.url } })}
        >
          {t("store.report")}
        </Button>
      </Group>
      <section aria-labelledby="store-listings-heading">
        <Title order={2} id="store-listings-heading" mb="md">
          {t("store.listings")}
        </Title>
        <ListingGrid storeId={store.id} />
      </section>
      <SellerResponsiveness storeId={store.id} />
      <StoreRatingSection storeId={store.id} />
      {store.yours && <RateBuyersSection storeId={store.id} />}
    </Stack>
  );
}
