import { Alert, Button, Group, Modal, Select, Stack } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { StaffMember } from "../../../../contracts/admin.ts";
import { AssignCase, type CaseDetail } from "../../../../contracts/console.ts";
import { AlertIcon } from "../../../ui/icons.tsx";
import { ErrorBlock, errorMessageOf, LoadingBlock } from "../../../ui/QueryState.tsx";
import { departmentName } from "../../../ui/target-kinds.ts";
import { useFullScreenDialog } from "../../../ui/useFullScreenDialog.ts";
import type { useStaffList } from "../../admin/admin.api.ts";
import { roleLabel } from "../../admin/admin.labels.ts";
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
    .map((s) => ({ value: s.id, label: `${s.name} · ${roleLabel(s.role)}` }));
}

/** "Assign this case": a senior moderator or admin hands the case to a colleague (as a claim). */
export function AssignDialog({ detail, staff, opened, onClose }: AssignDialogProps) {
  const { t } = useTranslation("cases");
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
      setError(t("assign.chooseColleague"));
      document.getElementById("assign-colleague")?.focus();
      return;
    }
    setError(undefined);
    assign.mutate(checked.data, {
      onSuccess: (fresh) => {
        close();
        notifications.show({
          message: t("assign.assignedTo", { name: fresh.claimedBy?.name ?? t("assign.yourColleague") }),
          color: "green",
        });
      },
    });
  };

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t("assign.title")}
      size="md"
      fullScreen={fullScreen}
      closeButtonProps={{ "aria-label": t("actions.close") }}
    >
      {staff.isPending && <LoadingBlock rows={2} height={36} />}
      {staff.isError && (
        <ErrorBlock error={staff.error} title={t("assign.loadFailed")} onRetry={() => staff.refetch()} />
      )}
      {staff.data && (
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <Select
              id="assign-colleague"
              label={t("assign.label")}
              description={t("assign.help", { department: departmentName(detail.department) })}
              placeholder={t("assign.placeholder")}
              data={colleaguesFor(detail, staff.data.items)}
              value={assigneeId}
              onChange={(value) => {
                setAssigneeId(value);
                setError(undefined);
              }}
              error={error}
              searchable
              nothingFoundMessage={t("assign.nobody")}
              allowDeselect={false}
              comboboxProps={{ withinPortal: true }}
            />
            {assign.isError && (
              <Alert color="red" icon={<AlertIcon />} title={t("assign.notAssigned")} role="alert">
                {errorMessageOf(assign.error)}
              </Alert>
            )}
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={close}>
                {t("actions.cancel")}
              </Button>
              <Button type="submit" loading={assign.isPending}>
                {t("assign.submit")}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
