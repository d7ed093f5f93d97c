import { Button, Card, Center, Group, SimpleGrid, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { countryName } from "../../ui/format.ts";
import { StoreIcon } from "../../ui/icons.tsx";
import { AnchorLink } from "../../ui/links.tsx";
import { ErrorBlock, LoadingBlock } from "../../ui/QueryState.tsx";
import { useStores } from "./catalog.api.ts";
import { StoreStatusBadge } from "./StoreStatusBadge.tsx";

export function StoreList() {
  const { t } = useTranslation("shop");
  const query = useStores();
  if (query.isPending) return <LoadingBlock rows={2} height={56} />;
  if (query.isError) return <ErrorBlock error={query.error} onRetry={() => query.refetch()} />;
  const stores = query.data.pages.flatMap((page) => page.items);
  if (stores.length === 0) return <Text c="dimmed">{t("noStores")}</Text>;
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="md">
        {stores.map((store) => (
          <Card key={store.id} padding="md">
            <Group gap="sm" wrap="nowrap" align="flex-start">
              <Text c="indigo" mt={2} aria-hidden="true">
                <StoreIcon size={22} />
              </Text>
              <Stack gap={2} style={{ minWidth: 0 }}>
                <AnchorLink to="/shop/store/$id" params={{ id: store.id }} fw={600}>
                  {store.name}
                </AnchorLink>
                <Text size="xs" c="dimmed">
                  {countryName(store.country)} · {t("listingCount", { count: store.listingCount })}
                </Text>
                <StoreStatusBadge status={store.status} />
              </Stack>
            </Group>
          </Card>
        ))}
      </SimpleGrid>
      {query.hasNextPage && (
        <Center>
          <Button variant="subtle" onClick={() => query.fetchNextPage()} loading={query.isFetchingNextPage}>
            {t("moreStores")}
          </Button>
        </Center>
      )}
    </Stack>
  );
}
