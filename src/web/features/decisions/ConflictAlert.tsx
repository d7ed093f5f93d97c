import { Alert, Button, List, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { ApiError } from "../../api/http.ts";
import { AlertIcon } from "../../ui/icons.tsx";
import { isOneOf } from "../../ui/one-of.ts";

const CONFLICTS = ["already_decided", "stale_case", "claimed_by_other"] as const;

/** A 409: the case moved on. The decision is kept in the form; reloading shows what changed. */
export function ConflictAlert({ error, onReload }: { error: ApiError; onReload: () => Promise<void> }) {
  const { t } = useTranslation("decisions");
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
      title={isOneOf(CONFLICTS, error.code) ? t(`conflict.${error.code}`) : t("conflict.notRecorded")}
      role="alert"
      id="decision-problem"
      tabIndex={-1}
    >
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{error.message}</Text>
        <Button size="xs" variant="white" color="orange" onClick={reload} loading={reloading}>
          {t("conflict.reload")}
        </Button>
      </Stack>
    </Alert>
  );
}

/** Anything else that stopped the decision: problems not tied to one field, or a failed request. */
export function ProblemAlert({ messages }: { messages: string[] }) {
  const { t } = useTranslation("decisions");
  return (
    <Alert
      color="red"
      icon={<AlertIcon />}
      title={t("conflict.notRecorded")}
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
