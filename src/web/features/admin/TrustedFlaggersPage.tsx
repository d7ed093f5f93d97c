import { Card, Grid, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ErrorBlock, LoadingBlock } from "../../ui/QueryState.tsx";
import { AdminLayout } from "./AdminLayout.tsx";
import { TrustedFlaggerForm } from "./TrustedFlaggerForm.tsx";
import { TrustedFlaggersTable } from "./TrustedFlaggersTable.tsx";
import { useTrustedFlaggers } from "./trusted-flaggers.api.ts";

function FlaggerList() {
  const { t } = useTranslation("admin");
  const flaggers = useTrustedFlaggers();
  if (flaggers.isPending) return <LoadingBlock rows={3} height={40} />;
  if (flaggers.isError)
    return (
      <ErrorBlock
        error={flaggers.error}
        title={t("flaggers.loadFailed")}
        onRetry={() => flaggers.refetch()}
      />
    );
  if (flaggers.data.items.length === 0)
    return (
      <Text c="dimmed" size="sm">
        {t("flaggers.none")}
      </Text>
    );
  return <TrustedFlaggersTable flaggers={flaggers.data.items} />;
}

/** /admin/trusted-flaggers: organisations whose reports are handled first (DSA Art. 22). */
export function TrustedFlaggersPage() {
  const { t } = useTranslation("admin");
  return (
    <AdminLayout title={t("flaggers.title")} path="/admin/trusted-flaggers" intro={t("flaggers.intro")}>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Card withBorder component="section" aria-labelledby="flaggers-heading">
            <Title order={2} size="h4" id="flaggers-heading" mb="sm">
              {t("flaggers.designated")}
            </Title>
            <FlaggerList />
          </Card>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <TrustedFlaggerForm />
        </Grid.Col>
      </Grid>
    </AdminLayout>
  );
}
