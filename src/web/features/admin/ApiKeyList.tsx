import { Badge, Button, Card, Group, Stack, Table, Text, VisuallyHidden } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import type { ApiKey } from "../../../contracts/integration.ts";
import { formatDate, formatDateTime } from "../../ui/format.ts";
import { WRAPPING_BADGE } from "../../ui/wrapping-badge.ts";
import { scopeLabel } from "./api-key-scopes.ts";
import { RevokeApiKeyDialog } from "./RevokeApiKeyDialog.tsx";

type OnRevoke = (key: ApiKey) => void;

function Scopes({ apiKey }: { apiKey: ApiKey }) {
  return (
    <Group gap={4} wrap="wrap">
      {apiKey.scopes.map((scope) => (
        <Badge key={scope} variant="light" color="blue" size="sm" tt="none" classNames={WRAPPING_BADGE}>
          {scopeLabel(scope)}
        </Badge>
      ))}
    </Group>
  );
}

function Created({ apiKey }: { apiKey: ApiKey }) {
  const { t } = useTranslation("admin");
  return (
    <>
      <Text size="sm">{formatDateTime(apiKey.createdAt)}</Text>
      {apiKey.createdBy && (
        <Text size="xs" c="dimmed">
          {t("apiKeys.createdBy", { name: apiKey.createdBy })}
        </Text>
      )}
    </>
  );
}

function LastUsed({ apiKey }: { apiKey: ApiKey }) {
  const { t } = useTranslation("admin");
  return <Text size="sm">{apiKey.lastUsedAt ? formatDateTime(apiKey.lastUsedAt) : t("apiKeys.never")}</Text>;
}

function Status({ apiKey }: { apiKey: ApiKey }) {
  const { t } = useTranslation("admin");
  if (apiKey.revokedAt)
    return (
      <Badge color="gray" variant="light" tt="none">
        {t("apiKeys.revokedOn", { date: formatDate(apiKey.revokedAt) })}
      </Badge>
    );
  return (
    <Badge color="green" variant="light" tt="none">
      {t("apiKeys.active")}
    </Badge>
  );
}

function RevokeButton({ apiKey, onRevoke }: { apiKey: ApiKey; onRevoke: OnRevoke }) {
  const { t } = useTranslation("admin");
  if (apiKey.revokedAt) return null;
  return (
    <Button
      variant="default"
      color="red"
      size="compact-sm"
      onClick={() => onRevoke(apiKey)}
      aria-label={t("apiKeys.revokeWho", { name: apiKey.name })}
    >
      {t("apiKeys.revoke")}
    </Button>
  );
}

function Prefix({ apiKey }: { apiKey: ApiKey }) {
  return (
    <Text size="sm" ff="monospace" className="break-anywhere">
      {apiKey.prefix}
    </Text>
  );
}

/** On a phone each key is a card, its facts one under the other with their names. */
function KeyCards({ keys, onRevoke }: { keys: ApiKey[]; onRevoke: OnRevoke }) {
  const { t } = useTranslation("admin");
  const fact = (label: string, value: ReactNode) => (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      {value}
    </div>
  );
  return (
    <Stack component="ul" gap="sm" p={0} m={0} aria-label={t("apiKeys.list")}>
      {keys.map((apiKey) => (
        <Card key={apiKey.id} component="li" withBorder padding="md" style={{ listStyle: "none" }}>
          <Stack gap={6}>
            <Text fw={600}>{apiKey.name}</Text>
            <Prefix apiKey={apiKey} />
            <Scopes apiKey={apiKey} />
            {fact(t("apiKeys.created"), <Created apiKey={apiKey} />)}
            {fact(t("apiKeys.lastUsed"), <LastUsed apiKey={apiKey} />)}
            <Group justify="space-between">
              <Status apiKey={apiKey} />
              <RevokeButton apiKey={apiKey} onRevoke={onRevoke} />
            </Group>
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}

function KeyTable({ keys, onRevoke }: { keys: ApiKey[]; onRevoke: OnRevoke }) {
  const { t } = useTranslation("admin");
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table verticalSpacing="sm" aria-label={t("apiKeys.list")}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("apiKeys.name")}</Table.Th>
            <Table.Th>{t("apiKeys.prefix")}</Table.Th>
            <Table.Th>{t("apiKeys.scopesColumn")}</Table.Th>
            <Table.Th>{t("apiKeys.created")}</Table.Th>
            <Table.Th>{t("apiKeys.lastUsed")}</Table.Th>
            <Table.Th>{t("apiKeys.status")}</Table.Th>
            <Table.Th>
              <VisuallyHidden>{t("apiKeys.actions")}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {keys.map((apiKey) => (
            <Table.Tr key={apiKey.id}>
              <Table.Td>
                <Text size="sm" fw={600}>
                  {apiKey.name}
                </Text>
              </Table.Td>
              <Table.Td>
                <Prefix apiKey={apiKey} />
              </Table.Td>
              <Table.Td maw={220}>
                <Scopes apiKey={apiKey} />
              </Table.Td>
              <Table.Td>
                <Created apiKey={apiKey} />
              </Table.Td>
              <Table.Td>
                <LastUsed apiKey={apiKey} />
              </Table.Td>
              <Table.Td>
                <Status apiKey={apiKey} />
              </Table.Td>
              <Table.Td ta="right">
                <RevokeButton apiKey={apiKey} onRevoke={onRevoke} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** The keys, active and revoked: a table on wide screens, cards on phones; each active one revocable. */
export function ApiKeyList({ keys, headingId }: { keys: ApiKey[]; headingId: string }) {
  const wide = useMediaQuery("(min-width: 48em)", true, { getInitialValueInEffect: false });
  const [revoking, setRevoking] = useState<ApiKey | null>(null);
  const List = wide ? KeyTable : KeyCards;
  return (
    <>
      <List keys={keys} onRevoke={setRevoking} />
      <RevokeApiKeyDialog apiKey={revoking} onClose={() => setRevoking(null)} focusAfterRevoke={headingId} />
    </>
  );
}
