import { Button, Group, Paper, Radio, Stack, Text, Textarea } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { DecideSuspensionAppeal, SuspensionAppeal } from "../../../contracts/reporters.ts";
import { getParsed, requestJson } from "../../api/http.ts";
import { ConsolePage } from "../../app/console/ConsolePage.tsx";
import { formatDateTime } from "../../ui/format.ts";
import { EmptyNote } from "../../ui/PagedList.tsx";
import { ErrorBlock, errorMessageOf, LoadingBlock } from "../../ui/QueryState.tsx";
import { SummaryCardList } from "../../ui/SummaryCardList.tsx";

const List = z.object({ items: z.array(SuspensionAppeal) });
type Item = z.infer<typeof SuspensionAppeal>;
const KEY = ["console", "suspension-appeals"];

function DecideForm({ item }: { item: Item }) {
  const { t } = useTranslation("reporters");
  const queryClient = useQueryClient();
  const [outcome, setOutcome] = useState<"lift" | "keep">("lift");
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string>();
  const decide = useMutation({
    mutationFn: () =>
      requestJson(`/api/v1/console/suspension-appeals/${encodeURIComponent(item.reporterKey)}/decision`, {
        method: "POST",
        body: { outcome, reason },
      }),
    onSuccess: () => {
      notifications.show({
        color: "green",
        title: t("console.decided"),
        message: t("console.told", { email: item.email }),
      });
      return queryClient.invalidateQueries({ queryKey: KEY });
    },
  });
  const submit = () => {
    const parsed = DecideSuspensionAppeal.safeParse({ outcome, reason });
    setError(parsed.success ? undefined : parsed.error.issues[0]?.message);
    if (parsed.success) decide.mutate();
  };
  return (
    <Stack gap="sm">
      <Radio.Group
        label={t("console.decision")}
        value={outcome}
        onChange={(v) => setOutcome(v as "lift" | "keep")}
      >
        <Group mt={4}>
          <Radio value="lift" label={t("console.lift")} />
          <Radio value="keep" label={t("console.keep")} />
        </Group>
      </Radio.Group>
      <Textarea
        label={t("console.reasons")}
        value={reason}
        onChange={(e) => setReason(e.currentTarget.value)}
        error={error ?? (decide.isError ? errorMessageOf(decide.error) : undefined)}
        autosize
        minRows={2}
      />
      <Group>
        <Button onClick={submit} loading={decide.isPending}>
          {t("console.submit")}
        </Button>
      </Group>
    </Stack>
  );
}

function Appeals() {
  const { t } = useTranslation("reporters");
  const query = useQuery({
    queryKey: KEY,
    queryFn: ({ signal }) => getParsed("/api/v1/console/suspension-appeals", List, signal),
  });
  if (query.isPending) return <LoadingBlock rows={2} height={96} />;
  if (query.isError)
    return <ErrorBlock error={query.error} title={t("console.loadFailed")} onRetry={() => query.refetch()} />;
  if (query.data.items.length === 0) return <EmptyNote>{t("console.none")}</EmptyNote>;
  return (
    <SummaryCardList label={t("console.title")} gap="md">
      {query.data.items.map((item) => (
        <Paper component="li" key={item.reporterKey} withBorder p="md" style={{ listStyle: "none" }}>
          <Stack gap="xs">
            <Text fw={600}>{item.email}</Text>
            <Text size="sm" c="dimmed">
              {t("console.suspendedUntil", {
                until: formatDateTime(item.suspendedUntil),
                at: formatDateTime(item.at),
              })}
            </Text>
            <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
              {item.statement}
            </Text>
            <DecideForm item={item} />
          </Stack>
        </Paper>
      ))}
    </SummaryCardList>
  );
}

/** /console/suspensions: suspended reporters' appeals (DSA Art. 23), for senior moderators and admins. */
export function ConsoleSuspensionAppealsPage() {
  const { t } = useTranslation("reporters");
  return (
    <ConsolePage title={t("console.title")} redirect="/console/suspensions" intro={t("console.intro")}>
      <Appeals />
    </ConsolePage>
  );
}
