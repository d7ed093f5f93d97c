import { Alert, Button, Group, Modal, Select, Stack, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useNavigate } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { CaseDetail } from "../../../../contracts/console.ts";
import { DEPARTMENT_IDS, DepartmentId } from "../../../../contracts/report-types.ts";
import { AlertIcon } from "../../../ui/icons.tsx";
import { errorMessageOf } from "../../../ui/QueryState.tsx";
import { departmentName } from "../../../ui/target-kinds.ts";
import { useFullScreenDialog } from "../../../ui/useFullScreenDialog.ts";
import { useFetchFreshCase, useRerouteCase } from "../cases.api.ts";

interface RerouteDialogProps {
  detail: CaseDetail;
  opened: boolean;
  onClose: () => void;
}

/** "Move to another department": for a report filed under the wrong type; the reporters are told. */
export function RerouteDialog({ detail, opened, onClose }: RerouteDialogProps) {
  const { t } = useTranslation("cases");
  const [department, setDepartment] = useState<string | null>(null);
  const [error, setError] = useState<string | undefined>();
  const reroute = useRerouteCase(detail.id);
  const fetchFresh = useFetchFreshCase();
  const navigate = useNavigate();
  const fullScreen = useFullScreenDialog();
  const options = DEPARTMENT_IDS.filter((d) => d !== detail.department).map((d) => ({
    value: d,
    label: departmentName(d),
  }));

  const close = () => {
    reroute.reset();
    setError(undefined);
    onClose();
  };

  /** Opens the case the reports are in now, when this moderator works its department; else the queue. */
  const follow = async (caseId: string, to: DepartmentId) => {
    const name = departmentName(to);
    close();
    try {
      await fetchFresh(caseId);
      if (caseId !== detail.id) await navigate({ to: "/console/cases/$id", params: { id: caseId } });
      notifications.show({
        message:
          caseId === detail.id
            ? t("reroute.moved", { department: name })
            : t(`reroute.joined.${detail.targetKind}`, { department: name }),
        color: "green",
      });
    } catch {
      await navigate({ to: "/console" });
      notifications.show({
        message: t("reroute.left", { department: name }),
        color: "green",
      });
    }
  };

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const checked = DepartmentId.safeParse(department);
    if (!checked.success || checked.data === detail.department) {
      setError(t("reroute.chooseDepartment"));
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
      title={t("reroute.title")}
      size="md"
      fullScreen={fullScreen}
      closeButtonProps={{ "aria-label": t("actions.close") }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm">{t(`reroute.intro.${detail.targetKind}`)}</Text>
          <Select
            id="reroute-department"
            label={t("reroute.label")}
            description={t("reroute.now", { department: departmentName(detail.department) })}
            placeholder={t("reroute.placeholder")}
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
            <Alert color="red" icon={<AlertIcon />} title={t("reroute.notMoved")} role="alert">
              {errorMessageOf(reroute.error)}
            </Alert>
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              {t("actions.cancel")}
            </Button>
            <Button type="submit" loading={reroute.isPending}>
              {t("reroute.submit")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
