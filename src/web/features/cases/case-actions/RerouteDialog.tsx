import { Alert, Button, Group, Modal, Select, Stack, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useNavigate } from "@tanstack/react-router";
import { useState } from "react";
import type { CaseDetail } from "../../../../contracts/console.ts";
import { DEPARTMENT_IDS, DEPARTMENT_NAMES, DepartmentId } from "../../../../contracts/report-types.ts";
import { AlertIcon } from "../../../ui/icons.tsx";
import { errorMessageOf } from "../../../ui/QueryState.tsx";
import { targetKindLabel } from "../../../ui/target-kinds.ts";
import { useFullScreenDialog } from "../../../ui/useFullScreenDialog.ts";
import { useFetchFreshCase, useRerouteCase } from "../cases.api.ts";

interface RerouteDialogProps {
  detail: CaseDetail;
  opened: boolean;
  onClose: () => void;
}

/** "Move to another department": for a report filed under the wrong type; the reporters are told. */
export function RerouteDialog({ detail, opened, onClose }: RerouteDialogProps) {
  const [department, setDepartment] = useState<string | null>(null);
  const [error, setError] = useState<string | undefined>();
  const reroute = useRerouteCase(detail.id);
  const fetchFresh = useFetchFreshCase();
  const navigate = useNavigate();
  const fullScreen = useFullScreenDialog();
  const options = DEPARTMENT_IDS.filter((d) => d !== detail.department).map((d) => ({
    value: d,
    label: DEPARTMENT_NAMES[d],
  }));
  const target = targetKindLabel(detail.targetKind).toLowerCase();

  const close = () => {
    reroute.reset();
    setError(undefined);
    onClose();
  };

  /** Opens the case the reports are in now, when this moderator works its department; else the queue. */
  const follow = async (caseId: string, to: DepartmentId) => {
    const name = DEPARTMENT_NAMES[to];
    close();
    try {
      await fetchFresh(caseId);
      if (caseId !== detail.id) await navigate({ to: "/console/cases/$id", params: { id: caseId } });
      notifications.show({
        message:
          caseId === detail.id
            ? `Case moved to ${name}. The reporters are told.`
            : `Moved to ${name}, where an open case on the same ${target} already was: the reports joined it.`,
        color: "green",
      });
    } catch {
      await navigate({ to: "/console" });
      notifications.show({
        message: `Case moved to ${name}. You do not work in that department, so it has left your queue.`,
        color: "green",
      });
    }
  };

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const checked = DepartmentId.safeParse(department);
    if (!checked.success || checked.data === detail.department) {
      setError("Choose the department that should handle this case.");
      document.getElementById("reroute-department")?.focus();
      return;
    }
    setError(undefined);
    reroute.mutate(checked.data, { onSuccess: (answer) => void follow(answer.caseId, answer.department) });
  };

  return (
    <Modal
      opened={opened}
      onClose={close}
      title="Move to another department"
      size="md"
      fullScreen={fullScreen}
      closeButtonProps={{ "aria-label": "Close" }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm">
            For reports filed under the wrong type. The reporters are told where their report went. If that
            department already has an open case on this {target}, the reports join it.
          </Text>
          <Select
            id="reroute-department"
            label="Department"
            description={`Now in ${DEPARTMENT_NAMES[detail.department]}.`}
            placeholder="Choose a department"
            data={options}
            value={department}
            onChange={(value) => {
              setDepartment(value);
              setError(undefined);
            }}
            error={error}
            allowDeselect={false}
            comboboxProps={{ withinPortal: true }}
            data-autofocus
          />
          {reroute.isError && (
            <Alert color="red" icon={<AlertIcon />} title="The case was not moved" role="alert">
              {errorMessageOf(reroute.error)}
            </Alert>
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={reroute.isPending}>
              Move case
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
