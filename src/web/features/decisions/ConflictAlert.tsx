import { Alert, Button, List, Stack, Text } from "@mantine/core";
import { useState } from "react";
import type { ApiError } from "../../api/http.ts";
import { AlertIcon } from "../../ui/icons.tsx";

const CONFLICT_TITLES: Record<string, string> = {
  already_decided: "Not recorded: the case is already decided",
  stale_case: "Not recorded: the case has changed",
  claimed_by_other: "Not recorded: someone else claimed the case",
};

/** A 409: the case moved on. The decision is kept in the form; reloading shows what changed. */
export function ConflictAlert({ error, onReload }: { error: ApiError; onReload: () => Promise<void> }) {
  const [reloading, setReloading] = useState(false);
  const reload = async () => {
    setReloading(true);
    try {
      await onReload();
    } finally {
      setReloading(false);
    }
  };
  return (
    <Alert
      color="orange"
      icon={<AlertIcon />}
      title={CONFLICT_TITLES[error.code] ?? "The decision was not recorded"}
      role="alert"
      id="decision-problem"
      tabIndex={-1}
    >
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{error.message}</Text>
        <Button size="xs" variant="white" color="orange" onClick={reload} loading={reloading}>
          Reload case
        </Button>
      </Stack>
    </Alert>
  );
}

/** Anything else that stopped the decision: problems not tied to one field, or a failed request. */
export function ProblemAlert({ messages }: { messages: string[] }) {
  return (
    <Alert
      color="red"
      icon={<AlertIcon />}
      title="The decision was not recorded"
      role="alert"
      id="decision-problem"
      tabIndex={-1}
    >
      {messages.length === 1 ? (
        <Text size="sm">{messages[0]}</Text>
      ) : (
        <List size="sm">
          {messages.map((message) => (
            <List.Item key={message}>{message}</List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}
