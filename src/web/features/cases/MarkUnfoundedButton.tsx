import { Alert, Badge, Button, Group, List, Modal, Stack, Text } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { notifications } from "@mantine/notifications";
import { useTranslation } from "react-i18next";
import { AlertIcon } from "../../ui/icons.tsx";
import { errorMessageOf } from "../../ui/QueryState.tsx";
import { useFullScreenDialog } from "../../ui/useFullScreenDialog.ts";
import { useMarkUnfounded } from "./cases.api.ts";

interface MarkUnfoundedButtonProps {
  reportId: string;
  reference: string;
  caseId: string;
  marked: boolean;
}

/** "Mark manifestly unfounded" (DSA Art. 23), after a confirmation that says what repeated marks lead to. */
export function MarkUnfoundedButton({ reportId, reference, caseId, marked }: MarkUnfoundedButtonProps) {
  const { t } = useTranslation("cases");
  const mark = useMarkUnfounded(reportId, caseId);
  const [opened, dialog] = useDisclosure(false);
  const fullScreen = useFullScreenDialog();
  if (marked)
    return (
      <Badge color="red" variant="light">
        {t("unfounded.marked")}
      </Badge>
    );

  const close = () => {
    mark.reset();
    dialog.close();
  };
  const confirm = () =>
    mark.mutate(undefined, {
      onSuccess: (step) => {
        dialog.close();
        notifications.show({
          color: step === "none" ? "green" : "orange",
          message: t(`unfounded.steps.${step}`),
        });
      },
    });

  return (
    <>
      <Button variant="light" color="red" size="xs" onClick={dialog.open}>
        {t("unfounded.button")}
      </Button>
      <Modal
        opened={opened}
        onClose={close}
        title={t("unfounded.question", { reference })}
        fullScreen={fullScreen}
        closeButtonProps={{ "aria-label": t("unfounded.close") }}
      >
        <Stack gap="md">
          <Text size="sm">{t("unfounded.intro")}</Text>
          <List size="sm" spacing={4}>
            <List.Item>{t("unfounded.warn")}</List.Item>
            <List.Item>{t("unfounded.suspend")}</List.Item>
          </List>
          <Text size="sm" c="dimmed">
            {t("unfounded.final")}
          </Text>
          {mark.isError && (
            <Alert color="red" icon={<AlertIcon />} role="alert" title={t("unfounded.notMarked")}>
              {errorMessageOf(mark.error)}
            </Alert>
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close} data-autofocus>
              {t("unfounded.cancel")}
            </Button>
            <Button color="red" onClick={confirm} loading={mark.isPending}>
              {t("unfounded.confirm")}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
