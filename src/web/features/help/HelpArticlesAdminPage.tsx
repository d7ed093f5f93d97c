import { Badge, Group, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { AdminHelpArticle } from "../../../contracts/help.ts";
import { formatDate } from "../../ui/format.ts";
import { AnchorLink, ButtonLink } from "../../ui/links.tsx";
import { EmptyNote, PagedList } from "../../ui/PagedList.tsx";
import { AdminLayout } from "../admin/AdminLayout.tsx";
import { useAdminHelpArticles } from "./help.api.ts";
import { sectionTitle } from "./sections.ts";

export function StatusBadgeOf({ status }: { status: AdminHelpArticle["status"] }) {
  const { t } = useTranslation("help");
  return (
    <Badge variant="light" color={status === "published" ? "teal.9" : "gray.8"}>
      {t(`admin.status.${status}`)}
    </Badge>
  );
}

function ArticlesTable({ articles }: { articles: AdminHelpArticle[] }) {
  const { t } = useTranslation("help");
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table striped verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("admin.columns.title")}</Table.Th>
            <Table.Th>{t("admin.columns.section")}</Table.Th>
            <Table.Th>{t("admin.columns.status")}</Table.Th>
            <Table.Th>{t("admin.columns.updated")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {articles.map((article) => (
            <Table.Tr key={article.id}>
              <Table.Td>
                <AnchorLink to="/admin/help/$id" params={{ id: article.id }} fw={600}>
                  {article.title}
                </AnchorLink>
                <Text size="xs" c="dimmed" ff="monospace">
                  /help/{article.slug}
                </Text>
              </Table.Td>
              <Table.Td>{sectionTitle(article.section, t)}</Table.Td>
              <Table.Td>
                <StatusBadgeOf status={article.status} />
              </Table.Td>
              <Table.Td>{formatDate(article.updatedAt)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** /admin/help: every help article, drafts too, for admins to edit. */
export function HelpArticlesAdminPage() {
  const { t } = useTranslation("help");
  const articles = useAdminHelpArticles();
  return (
    <AdminLayout title={t("admin.title")} intro={t("admin.intro")} path="/admin/help">
      <Group>
        <ButtonLink to="/admin/help/$id" params={{ id: "new" }}>
          {t("admin.newArticle")}
        </ButtonLink>
      </Group>
      <PagedList
        query={articles}
        loading={{ rows: 6, height: 40 }}
        errorTitle={t("admin.loadFailed")}
        empty={<EmptyNote>{t("admin.empty")}</EmptyNote>}
      >
        {(items) => <ArticlesTable articles={items} />}
      </PagedList>
    </AdminLayout>
  );
}
