import { Button, type ButtonProps, Group, Modal, Stack, Text } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import type { UseMutationResult } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { Dispute } from "../../../contracts/disputes.ts";
import { useFullScreenDialog } from "../../ui/useFullScreenDialog.ts";

interface ConfirmStepProps {
  /** The button on the page, e.g. "Accept this proposal". */
  label: string;
  /** The dialog's question, e.g. "Accept the seller's proposal?". */
  question: string;
  /** What happens, in a sentence or two. */
  consequence: ReactNode;
  /** The dialog's button, e.g. "Yes, accept". */
  confirmLabel: string;
  mutation: UseMutationResult<Dispute, Error, undefined>;
  onDone: () => void;
  onRefused: (error: Error) => void;
  color?: ButtonProps["color"];
  variant?: ButtonProps["variant"];
}

/**
 * A step that cannot be undone (accepting, escalating, withdrawing), asked once more in a dialog. A
 * refusal closes the dialog: the page reloads the dispute and says there why it was refused.
 */
export function ConfirmStep(props: ConfirmStepProps) {
  const { t } = useTranslation("disputes");
  const [opened, dialog] = useDisclosure(false);
  const fullScreen = useFullScreenDialog();
  const { mutation } = props;
  const confirm = () =>
    mutation.mutate(undefined, {
      onSuccess: () => {
        dialog.close();
        props.onDone();
      },
      onError: (error) => {
        dialog.close();
        props.onRefused(error);
      },
    });
  return (
    <>
      <Button color={props.color} variant={props.variant} onClick={dialog.open}>
        {props.label}
      </Button>
      <Modal
        opened={opened}
        onClose={dialog.close}
        title={props.question}
        fullScreen={fullScreen}
        closeButtonProps={{ "aria-label": t("confirm.close") }}
      >
        <Stack gap="md">
          <Text size="sm">{props.consequence}</Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={dialog.close} data-autofocus>
              {t("confirm.cancel")}
            </Button>
            <Button color={props.color} onClick={confirm} loading={mutation.isPending}>
              {props.confirmLabel}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
