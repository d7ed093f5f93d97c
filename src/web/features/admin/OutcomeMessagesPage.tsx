import { SimpleGrid, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ErrorBlock, LoadingBlock } from "../../ui/QueryState.tsx";
import { AdminLayout } from "./AdminLayout.tsx";
import { useOutcomeTemplates } from "./admin.api.ts";
import { OutcomeTemplateCard } from "./OutcomeTemplateCard.tsx";

function Templates() {
  const { t } = useTranslation("admin");
  const templates = useOutcomeTemplates();
  if (templates.isPending) return <LoadingBlock rows={6} height={80} />;
  if (templates.isError)
    return (
      <ErrorBlock
        error={templates.error}
        title={t("outcome.loadFailed")}
        onRetry={() => templates.refetch()}
      />
    );
  if (templates.data.items.length === 0) return <Text c="dimmed">{t("outcome.none")}</Text>;
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
      {templates.data.items.map((template) => (
        <OutcomeTemplateCard key={template.key} template={template} />
      ))}
    </SimpleGrid>
  );
}

/** /admin/outcome-messages: what reporters are told for each outcome of their report. */
export function OutcomeMessagesPage() {
  const { t } = useTranslation("admin");
  return (
    <AdminLayout title={t("outcome.title")} path="/admin/outcome-messages" intro={t("outcome.intro")}>
      <Templates />
    </AdminLayout>
  );
}
