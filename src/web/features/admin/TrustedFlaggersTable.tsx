import { Alert, Badge, Button, Card, Group, Modal, Stack, Table, Text, VisuallyHidden } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { formatDate } from "../../ui/format.ts";
import { AlertIcon } from "../../ui/icons.tsx";
import { errorMessageOf } from "../../ui/QueryState.tsx";
import { type TrustedFlagger, useRevokeFlagger } from "./trusted-flaggers.api.ts";

function Status({ flagger }: { flagger: TrustedFlagger }) {
  const { t } = useTranslation("admin");
  if (flagger.revokedAt)
    return (
      <Badge color="gray" variant="light" style={{ textTransform: "none" }}>
        {t("flaggers.revokedOn", { date: formatDate(flagger.revokedAt) })}
      </Badge>
    );
  return (
    <Badge color="grape" variant="light" style={{ textTransform: "none" }}>
      {t("flaggers.since", { date: formatDate(flagger.designatedAt) })}
    </Badge>
  );
}

function Account({ flagger }: { flagger: TrustedFlagger }) {
  return (
    <>
      <Text size="sm">{flagger.name}</Text>
      <Text size="xs" c="dimmed" className="break-anywhere">
        {flagger.email}
      </Text>
    </>
  );
}

/** Asks before revoking: the organisation's reports lose their priority at once. */
function RevokeDialog({ flagger, onClose }: { flagger: TrustedFlagger | null; onClose: () => void }) {
  const { t } = useTranslation("admin");
  const revoke = useRevokeFlagger();
  const close = () => {
    revoke.reset();
    onClose();
  };
  const confirm = () =>
    flagger &&
    revoke.mutate(flagger.userId, {
      onSuccess: () => {
        onClose();
        notifications.show({
          color: "green",
          message: t("flaggers.noLonger", { organisation: flagger.organisation }),
        });
      },
    });
  return (
    <Modal
      opened={!!flagger}
      onClose={close}
      title={t("flaggers.revokeQuestion")}
      closeButtonProps={{ "aria-label": t("flaggers.close") }}
    >
      <Stack gap="md">
        <Text size="sm">
          {t("flaggers.revokeText", {
            organisation: flagger?.organisation ?? "",
            email: flagger?.email ?? "",
          })}
        </Text>
        {revoke.isError && (
          <Alert color="red" icon={<AlertIcon />} role="alert" title={t("flaggers.notRevoked")}>
            {errorMessageOf(revoke.error)}
          </Alert>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={close} data-autofocus>
            {t("flaggers.cancel")}
          </Button>
          <Button color="red" onClick={confirm} loading={revoke.isPending}>
            {t("flaggers.revoke")}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function RevokeButton({
  flagger,
  onRevoke,
}: {
  flagger: TrustedFlagger;
  onRevoke: (f: TrustedFlagger) => void;
}) {
  const { t } = useTranslation("admin");
  if (flagger.revokedAt) return null;
  return (
    <Button
      variant="default"
      color="red"
      size="compact-sm"
      onClick={() => onRevoke(flagger)}
      aria-label={t("flaggers.revokeWho", { organisation: flagger.organisation })}
    >
      {t("flaggers.revoke")}
    </Button>
  );
}

/** Trusted flaggers, current and revoked: a table on wide screens, cards on phones. */
export function TrustedFlaggersTable({ flaggers }: { flaggers: TrustedFlagger[] }) {
  const { t } = useTranslation("admin");
  const wide = useMediaQuery("(min-width: 48em)", true, { getInitialValueInEffect: false });
  const [revoking, setRevoking] = useState<TrustedFlagger | null>(null);
  const dialog = <RevokeDialog flagger={revoking} onClose={() => setRevoking(null)} />;
  if (!wide)
    return (
      <Stack component="ul" gap="sm" p={0} m={0} aria-label={t("flaggers.list")}>
        {flaggers.map((flagger) => (
          <Card key={flagger.userId} component="li" withBorder padding="md" style={{ listStyle: "none" }}>
            <Stack gap={6}>
              <Text fw={600}>{flagger.organisation}</Text>
              <Account flagger={flagger} />
              <Group justify="space-between">
                <Status flagger={flagger} />
                <RevokeButton flagger={flagger} onRevoke={setRevoking} />
              </Group>
            </Stack>
          </Card>
        ))}
        {dialog}
      </Stack>
    );
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table verticalSpacing="sm" aria-label={t("flaggers.list")}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("flaggers.organisation")}</Table.Th>
            <Table.Th>{t("flaggers.account")}</Table.Th>
            <Table.Th>{t("flaggers.status")}</Table.Th>
            <Table.Th>
              <VisuallyHidden>{t("flaggers.actions")}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {flaggers.map((flagger) => (
            <Table.Tr key={flagger.userId}>
              <Table.Td>
                <Text size="sm" fw={600}>
                  {flagger.organisation}
                </Text>
              </Table.Td>
              <Table.Td>
                <Account flagger={flagger} />
              </Table.Td>
              <Table.Td>
                <Status flagger={flagger} />
              </Table.Td>
              <Table.Td ta="right">
                <RevokeButton flagger={flagger} onRevoke={setRevoking} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {dialog}
    </Table.ScrollContainer>
  );
}
