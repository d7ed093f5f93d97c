import { Button, Group, Paper, Radio, Stack, Text, Textarea } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
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
      notifications.show({ color: "green", title: "Decided", message: `We told ${item.email}.` });
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
      <Radio.Group label="Your decision" value={outcome} onChange={(v) => setOutcome(v as "lift" | "keep")}>
        <Group mt={4}>
          <Radio value="lift" label="Lift the suspension" />
          <Radio value="keep" label="Keep the suspension" />
        </Group>
      </Radio.Group>
      <Textarea
        label="Reasons (sent to the reporter)"
        value={reason}
        onChange={(e) => setReason(e.currentTarget.value)}
        error={error ?? (decide.isError ? errorMessageOf(decide.error) : undefined)}
        autosize
        minRows={2}
      />
      <Group>
        <Button onClick={submit} loading={decide.isPending}>
          Decide the suspension appeal
        </Button>
      </Group>
    </Stack>
  );
}

function Appeals() {
  const query = useQuery({
    queryKey: KEY,
    queryFn: ({ signal }) => getParsed("/api/v1/console/suspension-appeals", List, signal),
  });
  if (query.isPending) return <LoadingBlock rows={2} height={96} />;
  if (query.isError)
    return (
      <ErrorBlock error={query.error} title="Could not load the appeals" onRetry={() => query.refetch()} />
    );
  if (query.data.items.length === 0) return <EmptyNote>No suspended reporter has appealed.</EmptyNote>;
  return (
    <SummaryCardList label="Suspension appeals" gap="md">
      {query.data.items.map((item) => (
        <Paper component="li" key={item.reporterKey} withBorder p="md" style={{ listStyle: "none" }}>
          <Stack gap="xs">
            <Text fw={600}>{item.email}</Text>
            <Text size="sm" c="dimmed">
              Suspended until {formatDateTime(item.suspendedUntil)} · appealed {formatDateTime(item.at)}
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
  return (
    <ConsolePage
      title="Suspension appeals"
      redirect="/console/suspensions"
      intro="Reporters whose reports were suspended for repeated manifestly unfounded reports may appeal once. Lift the suspension, or keep it, and say why. Only senior moderators and admins decide these."
    >
      <Appeals />
    </ConsolePage>
  );
}
