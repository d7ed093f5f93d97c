import { Alert, Button, Group, Modal, Select, Stack } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import type { StaffMember } from "../../../../contracts/admin.ts";
import { AssignCase, type CaseDetail } from "../../../../contracts/console.ts";
import { DEPARTMENT_NAMES } from "../../../../contracts/report-types.ts";
import { AlertIcon } from "../../../ui/icons.tsx";
import { ErrorBlock, errorMessageOf, LoadingBlock } from "../../../ui/QueryState.tsx";
import { useFullScreenDialog } from "../../../ui/useFullScreenDialog.ts";
import type { useStaffList } from "../../admin/admin.api.ts";
import { ROLE_LABELS } from "../../admin/admin.labels.ts";
import { useAssignCase } from "../cases.api.ts";

interface AssignDialogProps {
  detail: CaseDetail;
  staff: ReturnType<typeof useStaffList>;
  opened: boolean;
  onClose: () => void;
}

/** Colleagues who may work the case: admins, and staff of its department. */
function colleaguesFor(detail: CaseDetail, staff: StaffMember[]) {
  return staff
    .filter((s) => s.role === "admin" || (s.role !== "member" && s.departments.includes(detail.department)))
    .map((s) => ({ value: s.id, label: `${s.name} · ${ROLE_LABELS[s.role]}` }));
}

/** "Assign this case": a senior moderator or admin hands the case to a colleague (as a claim). */
export function AssignDialog({ detail, staff, opened, onClose }: AssignDialogProps) {
  const [assigneeId, setAssigneeId] = useState<string | null>(detail.claimedBy?.id ?? null);
  const [error, setError] = useState<string | undefined>();
  const assign = useAssignCase(detail.id);
  const fullScreen = useFullScreenDialog();

  const close = () => {
    assign.reset();
    setError(undefined);
    onClose();
  };

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const checked = AssignCase.safeParse({ assigneeId: assigneeId ?? "" });
    if (!checked.success) {
      setError("Choose the colleague who should work this case.");
      document.getElementById("assign-colleague")?.focus();
      return;
    }
    setError(undefined);
    assign.mutate(checked.data, {
      onSuccess: (fresh) => {
        close();
        notifications.show({
          message: `Case assigned to ${fresh.claimedBy?.name ?? "your colleague"}.`,
          color: "green",
        });
      },
    });
  };

  return (
    <Modal
      opened={opened}
      onClose={close}
      title="Assign this case"
      size="md"
      fullScreen={fullScreen}
      closeButtonProps={{ "aria-label": "Close" }}
    >
      {staff.isPending && <LoadingBlock rows={2} height={36} />}
      {staff.isError && (
        <ErrorBlock error={staff.error} title="Could not load the staff" onRetry={() => staff.refetch()} />
      )}
      {staff.data && (
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <Select
              id="assign-colleague"
              label="Assign to"
              description={`Admins and staff of ${DEPARTMENT_NAMES[detail.department]}. The case is theirs for 30 minutes, like a claim.`}
              placeholder="Choose a colleague"
              data={colleaguesFor(detail, staff.data.items)}
              value={assigneeId}
              onChange={(value) => {
                setAssigneeId(value);
                setError(undefined);
              }}
              error={error}
              searchable
              nothingFoundMessage="Nobody of this department has this name"
              allowDeselect={false}
              comboboxProps={{ withinPortal: true }}
            />
            {assign.isError && (
              <Alert color="red" icon={<AlertIcon />} title="The case was not assigned" role="alert">
                {errorMessageOf(assign.error)}
              </Alert>
            )}
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={close}>
                Cancel
              </Button>
              <Button type="submit" loading={assign.isPending}>
                Assign case
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
