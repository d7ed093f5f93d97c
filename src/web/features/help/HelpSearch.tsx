import { Button, Group, Paper, Stack, Text, TextInput, Title } from "@mantine/core";
import { useNavigate } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { AnchorLink } from "../../ui/links.tsx";
import { ErrorBlock, LoadingBlock } from "../../ui/QueryState.tsx";
import { useHelpSearch } from "./help.api.ts";
import { sectionTitle } from "./sections.ts";

/** The search box; the query lives in the address (?q=…), so that results can be shared and gone back to. */
export function HelpSearchForm({ q }: { q: string }) {
  const { t } = useTranslation("help");
  const navigate = useNavigate();
  const [text, setText] = useState(q);
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    void navigate({ to: "/help", search: { q: text.trim() || undefined } });
  };
  return (
    <search>
      <form onSubmit={submit}>
        <Group align="flex-end" gap="sm" wrap="nowrap">
          <TextInput
            label={t("center.searchLabel")}
            placeholder={t("center.searchPlaceholder")}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            type="search"
            maxLength={200}
            style={{ flex: 1 }}
          />
          <Button type="submit">{t("center.search")}</Button>
        </Group>
      </form>
    </search>
  );
}

export function HelpSearchResults({ q }: { q: string }) {
  const { t } = useTranslation("help");
  const results = useHelpSearch(q);
  if (results.isPending) return <LoadingBlock rows={3} height={60} />;
  if (results.isError) return <ErrorBlock error={results.error} title={t("center.searchFailed")} />;
  const items = results.data.items;
  return (
    <Stack gap="sm" component="section" aria-labelledby="help-results-heading">
      <Group justify="space-between" gap="xs">
        <Title order={2} size="h4" id="help-results-heading" aria-live="polite">
          {items.length > 0 ? t("center.results", { count: items.length, q }) : t("center.noResults", { q })}
        </Title>
        <AnchorLink to="/help" search={{}} size="sm">
          {t("center.clear")}
        </AnchorLink>
      </Group>
      <Stack component="ul" gap="sm" m={0} p={0} style={{ listStyle: "none" }}>
        {items.map((hit) => (
          <Paper component="li" withBorder p="md" key={hit.slug}>
            <Stack gap={4}>
              <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
                {sectionTitle(hit.section, t)}
              </Text>
              <AnchorLink to="/help/$slug" params={{ slug: hit.slug }} fw={600}>
                {hit.title}
              </AnchorLink>
              <Text size="sm">{hit.excerpt}</Text>
            </Stack>
          </Paper>
        ))}
      </Stack>
    </Stack>
  );
}
