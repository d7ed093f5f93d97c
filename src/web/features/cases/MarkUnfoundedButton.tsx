import { Alert, Badge, Button, Group, List, Modal, Stack, Text } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { notifications } from "@mantine/notifications";
import { AlertIcon } from "../../ui/icons.tsx";
import { errorMessageOf } from "../../ui/QueryState.tsx";
import { useFullScreenDialog } from "../../ui/useFullScreenDialog.ts";
import { useMarkUnfounded } from "./cases.api.ts";

const STEP_MESSAGES = {
  none: "Marked manifestly unfounded. Nothing changes for the reporter yet.",
  warn: "Marked manifestly unfounded. The reporter was warned by email: one more, and its reports are suspended for 30 days.",
  suspend:
    "Marked manifestly unfounded. The processing of this reporter's reports is suspended for 30 days; it was told by email.",
};

interface MarkUnfoundedButtonProps {
  reportId: string;
  reference: string;
  caseId: string;
  marked: boolean;
}

/** "Mark manifestly unfounded" (DSA Art. 23), after a confirmation that says what repeated marks lead to. */
export function MarkUnfoundedButton({ reportId, reference, caseId, marked }: MarkUnfoundedButtonProps) {
  const mark = useMarkUnfounded(reportId, caseId);
  const [opened, dialog] = useDisclosure(false);
  const fullScreen = useFullScreenDialog();
  if (marked)
    return (
      <Badge color="red" variant="light">
        Marked manifestly unfounded
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
        notifications.show({ color: step === "none" ? "green" : "orange", message: STEP_MESSAGES[step] });
      },
    });

  return (
    <>
      <Button variant="light" color="red" size="xs" onClick={dialog.open}>
        Mark manifestly unfounded
      </Button>
      <Modal
        opened={opened}
        onClose={close}
        title={`Mark report ${reference} manifestly unfounded?`}
        fullScreen={fullScreen}
        closeButtonProps={{ "aria-label": "Close" }}
      >
        <Stack gap="md">
          <Text size="sm">
            Only for a report that plainly breaks no law and none of our rules, without any need to weigh the
            evidence. Repeated marks protect the report center from misuse (EU Digital Services Act, Article
            23):
          </Text>
          <List size="sm" spacing={4}>
            <List.Item>
              a reporter with 5 marked reports in 3 months, more than half of its reports, is warned by email;
            </List.Item>
            <List.Item>
              after a warning, the next mark suspends the processing of its reports for 30 days.
            </List.Item>
          </List>
          <Text size="sm" c="dimmed">
            A mark cannot be undone here. It does not decide the case.
          </Text>
          {mark.isError && (
            <Alert color="red" icon={<AlertIcon />} role="alert" title="The report was not marked">
              {errorMessageOf(mark.error)}
            </Alert>
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close} data-autofocus>
              Cancel
            </Button>
            <Button color="red" onClick={confirm} loading={mark.isPending}>
              Mark as unfounded
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
