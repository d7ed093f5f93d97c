import { Card, Stack, Title } from "@mantine/core";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { EmptyNote, PagedList } from "../../ui/PagedList.tsx";
import { AdminLayout } from "./AdminLayout.tsx";
import { AuditChainCheck } from "./AuditChainCheck.tsx";
import { AuditEntryTable } from "./AuditEntryTable.tsx";
import { useAuditLog } from "./audit.api.ts";

/** Inside the admin gate, so that nobody else's browser asks for the log. */
function AuditLog() {
  const { t } = useTranslation("admin");
  const log = useAuditLog();
  // The entry a problem of the chain check was followed to, marked in the list.
  const [pointedAt, setPointedAt] = useState<number | null>(null);
  // The chain check links a problem to its entry only when that entry is loaded on the page.
  const shownSeqs = useMemo(
    () => new Set(log.data?.pages.flatMap((page) => page.items.map((entry) => entry.seq))),
    [log.data],
  );
  return (
    <Stack gap="lg">
      <AuditChainCheck shownSeqs={shownSeqs} onShowEntry={setPointedAt} />
      <Card withBorder component="section" aria-labelledby="audit-heading">
        <Title order={2} size="h4" id="audit-heading" mb="sm">
          {t("audit.entries")}
        </Title>
        <PagedList
          query={log}
          loading={{ rows: 6, height: 40 }}
          errorTitle={t("audit.loadFailed")}
          empty={<EmptyNote>{t("audit.none")}</EmptyNote>}
        >
          {(entries) => <AuditEntryTable entries={entries} marked={pointedAt} />}
        </PagedList>
      </Card>
    </Stack>
  );
}

/** /admin/audit: every staff and admin action, newest first, and a check that none was tampered with. */
export function AuditLogPage() {
  const { t } = useTranslation("admin");
  return (
    <AdminLayout title={t("audit.title")} path="/admin/audit" intro={t("audit.intro")}>
      <AuditLog />
    </AdminLayout>
  );
}
