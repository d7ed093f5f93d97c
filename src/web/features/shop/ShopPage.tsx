import { Alert, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { InfoIcon } from "../../ui/icons.tsx";
import { usePageTitle } from "../../ui/usePageTitle.ts";
import { ListingGrid } from "./ListingGrid.tsx";
import { StoreList } from "./StoreList.tsx";

export function ShopPage() {
  const { t } = useTranslation("shop");
  usePageTitle(t("title"));
  return (
    <Stack gap="xl">
      <Stack gap="xs">
        <Title order={1}>{t("title")}</Title>
        <Text c="dimmed">{t("intro")}</Text>
      </Stack>
      <Alert variant="light" icon={<InfoIcon />} color="indigo">
        {t("nothingForSale")}
      </Alert>
      <section aria-labelledby="stores-heading">
        <Title order={2} id="stores-heading" mb="md">
          {t("stores")}
        </Title>
        <StoreList />
      </section>
      <section aria-labelledby="listings-heading">
        <Title order={2} id="listings-heading" mb="md">
          {t("listings")}
        </Title>
        <ListingGrid />
      </section>
    </Stack>
  );
}
