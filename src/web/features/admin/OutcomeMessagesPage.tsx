import { SimpleGrid, Text } from "@mantine/core";
import { ErrorBlock, LoadingBlock } from "../../ui/QueryState.tsx";
import { AdminLayout } from "./AdminLayout.tsx";
import { useOutcomeTemplates } from "./admin.api.ts";
import { OutcomeTemplateCard } from "./OutcomeTemplateCard.tsx";

function Templates() {
  const templates = useOutcomeTemplates();
  if (templates.isPending) return <LoadingBlock rows={6} height={80} />;
  if (templates.isError)
    return (
      <ErrorBlock
        error={templates.error}
        title="Could not load the outcome messages"
        onRetry={() => templates.refetch()}
      />
    );
  if (templates.data.items.length === 0)
    return <Text c="dimmed">There are no outcome messages to word.</Text>;
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
  return (
    <AdminLayout
      title="Outcome messages"
      path="/admin/outcome-messages"
      intro="What reporters read, by email and in My Reports, once their report is decided. A moderator's own message to the reporters, if any, comes with it."
    >
      <Templates />
    </AdminLayout>
  );
}
