import { Card, Grid, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { AdminLayout } from "./AdminLayout.tsx";
import { StatementsExportForm } from "./StatementsExportForm.tsx";

/** Who the file is for, and what it holds. */
function ExportUses() {
  const { t } = useTranslation("admin");
  return (
    <Card withBorder component="section" aria-labelledby="statements-uses-heading">
      <Stack gap="sm">
        <Title order={2} size="h4" id="statements-uses-heading">
          {t("statements.usesTitle")}
        </Title>
        <Text size="sm">{t("statements.usesCompliance")}</Text>
        <Text size="sm">{t("statements.usesUpload")}</Text>
        <Text size="sm">{t("statements.usesPeriod")}</Text>
      </Stack>
    </Card>
  );
}

/** /admin/statements: the statements of reasons of a period, as a JSON or CSV file. */
export function StatementsExportPage() {
  const { t } = useTranslation("admin");
  return (
    <AdminLayout title={t("statements.title")} path="/admin/statements" intro={t("statements.intro")}>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Card withBorder component="section" aria-labelledby="statements-form-heading">
            <StatementsExportForm />
          </Card>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <ExportUses />
        </Grid.Col>
      </Grid>
    </AdminLayout>
  );
}
