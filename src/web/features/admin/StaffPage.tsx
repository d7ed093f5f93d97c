import { Card, Grid, Text, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import type { StaffMember } from "../../../contracts/admin.ts";
import { ErrorBlock, LoadingBlock } from "../../ui/QueryState.tsx";
import { AdminLayout } from "./AdminLayout.tsx";
import { useStaffList } from "./admin.api.ts";
import {
  emptyStaffForm,
  STAFF_FIELD_IDS,
  StaffForm,
  type StaffFormValues,
  validateStaff,
} from "./StaffForm.tsx";
import { StaffTable } from "./StaffTable.tsx";

function StaffList({ onChange }: { onChange: (member: StaffMember) => void }) {
  const { t } = useTranslation("admin");
  const staff = useStaffList(true);
  if (staff.isPending) return <LoadingBlock rows={5} height={40} />;
  if (staff.isError)
    return <ErrorBlock error={staff.error} title={t("staff.loadFailed")} onRetry={() => staff.refetch()} />;
  if (staff.data.items.length === 0)
    return (
      <Text c="dimmed" size="sm">
        {t("staff.none")}
      </Text>
    );
  return <StaffTable staff={staff.data.items} onChange={onChange} />;
}

/** /admin/staff: who works which queues, with which role. */
export function StaffPage() {
  const { t } = useTranslation("admin");
  const form = useForm<StaffFormValues>({
    mode: "controlled",
    initialValues: emptyStaffForm(),
    validate: validateStaff,
  });

  const change = (member: StaffMember) => {
    form.setValues({ email: member.email, role: member.role, departments: [...member.departments] });
    form.clearErrors();
    const role = document.getElementById(STAFF_FIELD_IDS.role);
    role?.scrollIntoView({ block: "center" });
    role?.focus();
  };

  return (
    <AdminLayout title={t("staff.title")} path="/admin/staff" intro={t("staff.intro")}>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Card withBorder component="section" aria-labelledby="staff-heading">
            <Title order={2} size="h4" id="staff-heading" mb="sm">
              {t("staff.current")}
            </Title>
            <StaffList onChange={change} />
          </Card>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <StaffForm form={form} />
        </Grid.Col>
      </Grid>
    </AdminLayout>
  );
}
