import { Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { getRouteApi } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import type { HelpCenter } from "../../../contracts/help.ts";
import { AnchorLink } from "../../ui/links.tsx";
import { ErrorBlock, LoadingBlock } from "../../ui/QueryState.tsx";
import { usePageTitle } from "../../ui/usePageTitle.ts";
import { AssistantCard } from "./AssistantCard.tsx";
import { HelpSearchForm, HelpSearchResults } from "./HelpSearch.tsx";
import { useHelpCenter } from "./help.api.ts";
import { sectionTitle } from "./sections.ts";

const route = getRouteApi("/help");

function Sections({ center }: { center: HelpCenter }) {
  const { t } = useTranslation("help");
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="lg">
      {center.sections.map((section) => (
        <Paper key={section.id} withBorder p="lg" component="section" aria-labelledby={`help-${section.id}`}>
          <Stack gap="sm">
            <Title order={2} size="h4" id={`help-${section.id}`}>
              {sectionTitle(section.id, t)}
            </Title>
            {section.articles.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t("center.noArticles")}
              </Text>
            ) : (
              <Stack component="ul" gap="sm" m={0} p={0} style={{ listStyle: "none" }}>
                {section.articles.map((article) => (
                  <li key={article.slug}>
                    <AnchorLink to="/help/$slug" params={{ slug: article.slug }} fw={600} size="sm">
                      {article.title}
                    </AnchorLink>
                    <Text size="sm" c="dimmed">
                      {article.summary}
                    </Text>
                  </li>
                ))}
              </Stack>
            )}
          </Stack>
        </Paper>
      ))}
    </SimpleGrid>
  );
}

/** /help: the sections with their articles, a search, and the way to the assistant. */
export function HelpCenterPage() {
  const { t } = useTranslation("help");
  usePageTitle(t("center.title"));
  const { q } = route.useSearch();
  const center = useHelpCenter();
  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Title order={1}>{t("center.title")}</Title>
        <Text c="dimmed" maw={720}>
          {t("center.intro")}
        </Text>
      </Stack>
      <HelpSearchForm key={q ?? ""} q={q ?? ""} />
      {q && <HelpSearchResults q={q} />}
      <AssistantCard />
      {center.isPending && <LoadingBlock rows={3} height={160} />}
      {center.isError && (
        <ErrorBlock error={center.error} title={t("center.loadFailed")} onRetry={() => center.refetch()} />
      )}
      {center.data && <Sections center={center.data} />}
    </Stack>
  );
}
