import { Anchor, Card, Code, Grid, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { IssuedApiKey } from "../../../contracts/integration.ts";
import { focusElement } from "../../ui/form-errors.ts";
import { EmptyNote } from "../../ui/PagedList.tsx";
import { ErrorBlock, LoadingBlock } from "../../ui/QueryState.tsx";
import { AdminLayout } from "./AdminLayout.tsx";
import { API_KEY_FIELD_IDS, ApiKeyForm } from "./ApiKeyForm.tsx";
import { ApiKeyList } from "./ApiKeyList.tsx";
import { useApiKeys } from "./api-keys.api.ts";
import { IssuedSecret } from "./IssuedSecret.tsx";

const LIST_HEADING_ID = "api-keys-heading";

/** How a server sends its key, and where the rest of the API is described. */
function UsingAKey() {
  const { t } = useTranslation("admin");
  return (
    <Card withBorder component="section" aria-labelledby="api-keys-using-heading">
      <Stack gap="sm">
        <Title order={2} size="h4" id="api-keys-using-heading">
          {t("apiKeys.usingTitle")}
        </Title>
        <Text size="sm">{t("apiKeys.secretOnce")}</Text>
        <Text size="sm">{t("apiKeys.howToSend")}</Text>
        <Code block>Authorization: Bearer rdk_…</Code>
        <Anchor href="/api/openapi.json" size="sm">
          {t("apiKeys.guide")}
        </Anchor>
      </Stack>
    </Card>
  );
}

/** Inside the admin gate, so that nobody else's browser asks for the keys. */
function KeyList() {
  const { t } = useTranslation("admin");
  const keys = useApiKeys();
  if (keys.isPending) return <LoadingBlock rows={3} height={40} />;
  if (keys.isError)
    return <ErrorBlock error={keys.error} title={t("apiKeys.loadFailed")} onRetry={() => keys.refetch()} />;
  if (keys.data.items.length === 0) return <EmptyNote>{t("apiKeys.none")}</EmptyNote>;
  return <ApiKeyList keys={keys.data.items} headingId={LIST_HEADING_ID} />;
}

/** /admin/api-keys: the keys the marketplace's servers call the integration API with. */
export function ApiKeysPage() {
  const { t } = useTranslation("admin");
  // The secret of the key just issued: here only, until the admin says it is stored.
  const [issued, setIssued] = useState<IssuedApiKey | null>(null);
  const dismiss = () => {
    setIssued(null);
    focusElement(API_KEY_FIELD_IDS.name);
  };
  return (
    <AdminLayout title={t("apiKeys.title")} path="/admin/api-keys" intro={t("apiKeys.intro")}>
      {issued && <IssuedSecret key={issued.key.id} issued={issued} onDismiss={dismiss} />}
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 6 }}>
          <ApiKeyForm onIssued={setIssued} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <UsingAKey />
        </Grid.Col>
      </Grid>
      <Card withBorder component="section" aria-labelledby={LIST_HEADING_ID}>
        <Title order={2} size="h4" id={LIST_HEADING_ID} tabIndex={-1} mb="sm">
          {t("apiKeys.keys")}
        </Title>
        <KeyList />
      </Card>
    </AdminLayout>
  );
}
