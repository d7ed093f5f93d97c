import { Alert, Button, Group, Modal, Stack, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useTranslation } from "react-i18next";
import type { ApiKey } from "../../../contracts/integration.ts";
import { focusElement } from "../../ui/form-errors.ts";
import { AlertIcon } from "../../ui/icons.tsx";
import { errorMessageOf } from "../../ui/QueryState.tsx";
import { useRevokeApiKey } from "./api-keys.api.ts";

interface RevokeApiKeyDialogProps {
  apiKey: ApiKey | null;
  onClose: () => void;
  /** Where the keyboard goes once the key is revoked: its Revoke button, the way back, is gone. */
  focusAfterRevoke: string;
}

/** Asks before revoking: the marketplace's calls with the key fail from that moment. */
export function RevokeApiKeyDialog({ apiKey, onClose, focusAfterRevoke }: RevokeApiKeyDialogProps) {
  const { t } = useTranslation("admin");
  const revoke = useRevokeApiKey();
  const close = () => {
    revoke.reset();
    onClose();
  };
  const confirm = () =>
    apiKey &&
    revoke.mutate(apiKey.id, {
      onSuccess: () => {
        close();
        focusElement(focusAfterRevoke);
        notifications.show({ color: "green", message: t("apiKeys.revoked", { name: apiKey.name }) });
      },
    });
  return (
    <Modal
      opened={!!apiKey}
      onClose={close}
      title={t("apiKeys.revokeQuestion")}
      closeButtonProps={{ "aria-label": t("apiKeys.close") }}
    >
      <Stack gap="md">
        <Text size="sm">
          {t("apiKeys.revokeText", { name: apiKey?.name ?? "", prefix: apiKey?.prefix ?? "" })}
        </Text>
        {revoke.isError && (
          <Alert color="red" icon={<AlertIcon />} role="alert" title={t("apiKeys.notRevoked")}>
            {errorMessageOf(revoke.error)}
          </Alert>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={close} data-autofocus>
            {t("apiKeys.cancel")}
          </Button>
          <Button color="red" onClick={confirm} loading={revoke.isPending}>
            {t("apiKeys.revoke")}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
