import { Stack, Text } from "@mantine/core";
import { getRouteApi } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { formatDateTime } from "../../ui/format.ts";
import { AnchorLink } from "../../ui/links.tsx";
import { ErrorBlock, LoadingBlock } from "../../ui/QueryState.tsx";
import { AdminLayout } from "../admin/AdminLayout.tsx";
import { ArticleEditorForm } from "./ArticleEditorForm.tsx";
import { NEW_ARTICLE, valuesOf } from "./article-form.ts";
import { useAdminHelpArticle } from "./help.api.ts";

const route = getRouteApi("/admin/help/$id");

/** /admin/help/$id (or /admin/help/new): write or edit one help article. */
export function HelpArticleEditorPage() {
  const { t } = useTranslation("help");
  const { id } = route.useParams();
  const isNew = id === "new";
  const article = useAdminHelpArticle(isNew ? null : id);
  const title = isNew ? t("admin.newTitle") : t("admin.editTitle", { title: article.data?.title ?? "…" });
  const saved = article.data;
  // A reload after a refused save starts the form again from the version now saved.
  const [reloads, setReloads] = useState(0);
  const reload = async () => {
    await article.refetch();
    setReloads((n) => n + 1);
  };
  return (
    <AdminLayout title={title} intro={t("admin.editIntro")} path="/admin/help">
      <Stack gap="md" maw={900}>
        <AnchorLink to="/admin/help" size="sm">
          {t("admin.back")}
        </AnchorLink>
        {saved && (
          <Text size="sm" c="dimmed">
            {saved.updatedByName
              ? t("admin.lastSaved", {
                  version: saved.version,
                  date: formatDateTime(saved.updatedAt),
                  name: saved.updatedByName,
                })
              : t("admin.lastSavedSystem", { version: saved.version, date: formatDateTime(saved.updatedAt) })}
          </Text>
        )}
        {isNew && <ArticleEditorForm article={null} initial={NEW_ARTICLE} onReload={() => undefined} />}
        {!isNew && article.isPending && <LoadingBlock rows={6} height={48} />}
        {!isNew && article.isError && (
          <ErrorBlock
            error={article.error}
            title={t("admin.loadOneFailed")}
            onRetry={() => article.refetch()}
          />
        )}
        {saved && (
          <ArticleEditorForm
            key={`${saved.id}:${reloads}`}
            article={saved}
            initial={valuesOf(saved)}
            onReload={() => void reload()}
          />
        )}
      </Stack>
    </AdminLayout>
  );
}
