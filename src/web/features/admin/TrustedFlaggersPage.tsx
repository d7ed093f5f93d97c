import { Card, Grid, Text, Title } from "@mantine/core";
import { ErrorBlock, LoadingBlock } from "../../ui/QueryState.tsx";
import { AdminLayout } from "./AdminLayout.tsx";
import { TrustedFlaggerForm } from "./TrustedFlaggerForm.tsx";
import { TrustedFlaggersTable } from "./TrustedFlaggersTable.tsx";
import { useTrustedFlaggers } from "./trusted-flaggers.api.ts";

function FlaggerList() {
  const flaggers = useTrustedFlaggers();
  if (flaggers.isPending) return <LoadingBlock rows={3} height={40} />;
  if (flaggers.isError)
    return (
      <ErrorBlock
        error={flaggers.error}
        title="Could not load the trusted flaggers"
        onRetry={() => flaggers.refetch()}
      />
    );
  if (flaggers.data.items.length === 0)
    return (
      <Text c="dimmed" size="sm">
        No trusted flagger yet. Designate one with the form.
      </Text>
    );
  return <TrustedFlaggersTable flaggers={flaggers.data.items} />;
}

/** /admin/trusted-flaggers: organisations whose reports are handled first (DSA Art. 22). */
export function TrustedFlaggersPage() {
  return (
    <AdminLayout
      title="Trusted flaggers"
      path="/admin/trusted-flaggers"
      intro="Organisations designated under the EU Digital Services Act (Article 22). Their reports are marked for moderators and handled first, in the priority lane."
    >
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Card withBorder component="section" aria-labelledby="flaggers-heading">
            <Title order={2} size="h4" id="flaggers-heading" mb="sm">
              Designated organisations
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
