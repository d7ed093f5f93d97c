import { Badge, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { getRouteApi } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import type { HelpArticle } from "../../../contracts/help.ts";
import { ApiError } from "../../api/http.ts";
import { formatDate } from "../../ui/format.ts";
import { AnchorLink, ButtonLink } from "../../ui/links.tsx";
import { ErrorBlock, LoadingBlock } from "../../ui/QueryState.tsx";
import { usePageTitle } from "../../ui/usePageTitle.ts";
import { useHelpArticle } from "./help.api.ts";
import { MarkdownView } from "./MarkdownView.tsx";
import { sectionTitle } from "./sections.ts";

const route = getRouteApi("/help/$slug");

function Related({ article }: { article: HelpArticle }) {
  const { t } = useTranslation("help");
  if (article.related.length === 0) return null;
  return (
    <Paper withBorder p="lg" component="aside" aria-labelledby="related-heading">
      <Stack gap="sm">
        <Title order={2} size="h4" id="related-heading">
          {t("article.related")}
        </Title>
        <Stack component="ul" gap={6} m={0} p={0} style={{ listStyle: "none" }}>
          {article.related.map((other) => (
            <li key={other.slug}>
              <AnchorLink to="/help/$slug" params={{ slug: other.slug }} size="sm" fw={600}>
                {other.title}
              </AnchorLink>
            </li>
          ))}
        </Stack>
      </Stack>
    </Paper>
  );
}

function ArticleView({ article }: { article: HelpArticle }) {
  const { t } = useTranslation("help");
  return (
    <Stack gap="lg" component="article" aria-labelledby="article-title">
      <Stack gap="xs">
        <Group gap="xs">
          <Badge variant="light" color="indigo">
            {sectionTitle(article.section, t)}
          </Badge>
          <Text size="sm" c="dimmed">
            {t("article.updated", { date: formatDate(article.updatedAt) })}
          </Text>
        </Group>
        <Title order={1} id="article-title">
          {article.title}
        </Title>
        <Text size="lg" c="dimmed">
          {article.summary}
        </Text>
      </Stack>
      <MarkdownView markdown={article.body} />
      <Paper withBorder p="lg" bg="indigo.0">
        <Stack gap="xs" align="flex-start">
          <Text fw={600}>{t("article.stillStuck")}</Text>
          <ButtonLink to="/help/assistant" variant="light">
            {t("article.askAssistant")}
          </ButtonLink>
        </Stack>
      </Paper>
      <Related article={article} />
    </Stack>
  );
}

/** /help/$slug: one published article. */
export function HelpArticlePage() {
  const { t } = useTranslation("help");
  const { slug } = route.useParams();
  const article = useHelpArticle(slug);
  usePageTitle(article.data?.title ?? t("center.title"));
  const missing = article.error instanceof ApiError && article.error.status === 404;
  return (
    <Stack gap="md" maw={820}>
      <AnchorLink to="/help" size="sm">
        {t("article.back")}
      </AnchorLink>
      {article.isPending && <LoadingBlock rows={8} height={28} />}
      {missing && (
        <Stack gap="xs">
          <Title order={1}>{t("article.notFound")}</Title>
          <Text>{t("article.notFoundText")}</Text>
        </Stack>
      )}
      {article.isError && !missing && <ErrorBlock error={article.error} onRetry={() => article.refetch()} />}
      {article.data && <ArticleView article={article.data} />}
    </Stack>
  );
}
