import { Alert, Badge, Button, Card, Group, Modal, Stack, Table, Text, VisuallyHidden } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { formatDate } from "../../ui/format.ts";
import { AlertIcon } from "../../ui/icons.tsx";
import { errorMessageOf } from "../../ui/QueryState.tsx";
import { type TrustedFlagger, useRevokeFlagger } from "./trusted-flaggers.api.ts";

function Status({ flagger }: { flagger: TrustedFlagger }) {
  if (flagger.revokedAt)
    return (
      <Badge color="gray" variant="light" style={{ textTransform: "none" }}>
        Revoked {formatDate(flagger.revokedAt)}
      </Badge>
    );
  return (
    <Badge color="grape" variant="light" style={{ textTransform: "none" }}>
      Since {formatDate(flagger.designatedAt)}
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
          message: `${flagger.organisation} is no longer a trusted flagger.`,
        });
      },
    });
  return (
    <Modal
      opened={!!flagger}
      onClose={close}
      title="Revoke this trusted flagger?"
      closeButtonProps={{ "aria-label": "Close" }}
    >
      <Stack gap="md">
        <Text size="sm">
          Reports from {flagger?.organisation} ({flagger?.email}) will no longer be handled first. Reports
          already in the queue keep their place.
        </Text>
        {revoke.isError && (
          <Alert color="red" icon={<AlertIcon />} role="alert" title="Not revoked">
            {errorMessageOf(revoke.error)}
          </Alert>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={close} data-autofocus>
            Cancel
          </Button>
          <Button color="red" onClick={confirm} loading={revoke.isPending}>
            Revoke
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
  if (flagger.revokedAt) return null;
  return (
    <Button
      variant="default"
      color="red"
      size="compact-sm"
      onClick={() => onRevoke(flagger)}
      aria-label={`Revoke ${flagger.organisation}`}
    >
      Revoke
    </Button>
  );
}

/** Trusted flaggers, current and revoked: a table on wide screens, cards on phones. */
export function TrustedFlaggersTable({ flaggers }: { flaggers: TrustedFlagger[] }) {
  const wide = useMediaQuery("(min-width: 48em)", true, { getInitialValueInEffect: false });
  const [revoking, setRevoking] = useState<TrustedFlagger | null>(null);
  const dialog = <RevokeDialog flagger={revoking} onClose={() => setRevoking(null)} />;
  if (!wide)
    return (
      <Stack component="ul" gap="sm" p={0} m={0} aria-label="Trusted flaggers">
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
      <Table verticalSpacing="sm" aria-label="Trusted flaggers">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Organisation</Table.Th>
            <Table.Th>Account</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>
              <VisuallyHidden>Actions</VisuallyHidden>
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
