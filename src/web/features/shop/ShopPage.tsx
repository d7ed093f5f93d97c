import { Alert, Stack, Text, Title } from "@mantine/core";
import { InfoIcon } from "../../ui/icons.tsx";
import { usePageTitle } from "../../ui/usePageTitle.ts";
import { ListingGrid } from "./ListingGrid.tsx";
import { StoreList } from "./StoreList.tsx";

export function ShopPage() {
  usePageTitle("Demo shop");
  return (
    <Stack gap="xl">
      <Stack gap="xs">
        <Title order={1}>Demo shop</Title>
        <Text c="dimmed">
          A small marketplace to try Redress on. Open a listing or a store and use “Report this item” or
          “Report this store”.
        </Text>
      </Stack>
      <Alert variant="light" icon={<InfoIcon />} color="indigo">
        Nothing here is for sale. Some listings break the rules on purpose, so that you can report them.
      </Alert>
      <section aria-labelledby="stores-heading">
        <Title order={2} id="stores-heading" mb="md">
          Stores
        </Title>
        <StoreList />
      </section>
      <section aria-labelledby="listings-heading">
        <Title order={2} id="listings-heading" mb="md">
          Listings
        </Title>
        <ListingGrid />
      </section>
    </Stack>
  );
}
