import { Alert, Button, Card, Group, Modal, Stack, Text, Title } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { ReceivedComplaintDetail } from "../../../../contracts/received.ts";
import { AlertIcon } from "../../../ui/icons.tsx";
import { errorMessageOf } from "../../../ui/QueryState.tsx";
import { useFullScreenDialog } from "../../../ui/useFullScreenDialog.ts";
import { useListing } from "../../shop/catalog.api.ts";
import { useRemoveListing } from "../received.api.ts";

/** "Remove this listing myself": only for a listing that is still up. The case goes on all the same. */
export function RemoveListingCard({ complaint }: { complaint: ReceivedComplaintDetail }) {
  const { t } = useTranslation("myReports");
  const listing = useListing(complaint.targetId);
  const remove = useRemoveListing(complaint.caseId);
  const queryClient = useQueryClient();
  const [confirming, dialog] = useDisclosure(false);
  const fullScreen = useFullScreenDialog();
  const [removedHere, setRemovedHere] = useState(false);
  const done = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    // The button is gone with the listing: the focus goes to what replaced it, not to the page's top.
    if (removedHere) done.current?.focus();
  }, [removedHere]);
  if (removedHere)
    return (
      <Card component="section" aria-label={t("actions.removedLabel")}>
        <Text size="sm" fw={500} ref={done} tabIndex={-1} role="status">
          {t("actions.removedHere")}
        </Text>
      </Card>
    );
  if (!listing.data || listing.data.status === "removed") return null;

  const close = () => {
    remove.reset();
    dialog.close();
  };
  const confirm = () =>
    remove.mutate(undefined, {
      onSuccess: () => {
        dialog.close();
        setRemovedHere(true);
        void queryClient.invalidateQueries({ queryKey: ["catalog"] });
      },
    });

  return (
    <Card component="section" aria-labelledby="remove-heading">
      <Stack gap="sm" align="flex-start">
        <Title order={2} size="h4" id="remove-heading">
          {t("actions.removeTitle")}
        </Title>
        <Text size="sm">{t("actions.removeText")}</Text>
        <Button color="red" variant="light" onClick={dialog.open}>
          {t("actions.removeButton")}
        </Button>
      </Stack>
      <Modal
        opened={confirming}
        onClose={close}
        title={t("actions.removeQuestion")}
        fullScreen={fullScreen}
        closeButtonProps={{ "aria-label": t("actions.close") }}
      >
        <Stack gap="md">
          <Text size="sm">{t("actions.removeConsequence", { title: complaint.targetTitle })}</Text>
          {remove.isError && (
            <Alert color="red" icon={<AlertIcon />} role="alert" title={t("actions.notRemoved")}>
              {errorMessageOf(remove.error)}
            </Alert>
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close} data-autofocus>
              {t("actions.cancel")}
            </Button>
            <Button color="red" onClick={confirm} loading={remove.isPending}>
              {t("actions.removeConfirm")}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Card>
  );
}
