import { Button, Card, Group, MultiSelect, Select, Stack, Text, TextInput, Title } from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import i18next from "i18next";
import { useTranslation } from "react-i18next";
import { SetStaff } from "../../../contracts/admin.ts";
import { DEPARTMENT_IDS } from "../../../contracts/report-types.ts";
import { focusFirstListed, hasFieldErrors, placeIssues } from "../../ui/form-errors.ts";
import { ErrorBlock } from "../../ui/QueryState.tsx";
import { departmentName } from "../../ui/target-kinds.ts";
import { useSetStaff } from "./admin.api.ts";
import { type Role, roleLabel, roleOptions } from "./admin.labels.ts";

export interface StaffFormValues {
  email: string;
  role: Role | null;
  departments: string[];
}

export const emptyStaffForm = (): StaffFormValues => ({ email: "", role: null, departments: [] });

export const STAFF_FIELD_IDS: Record<keyof StaffFormValues, string> = {
  email: "staff-email",
  role: "staff-role",
  departments: "staff-departments",
};

/** The shared SetStaff schema, plus: a moderator without a department would see no case at all. */
export function validateStaff(values: StaffFormValues): Partial<Record<keyof StaffFormValues, string>> {
  const checked = SetStaff.safeParse({ ...values, email: values.email.trim() });
  const errors: Partial<Record<keyof StaffFormValues, string>> = checked.success
    ? {}
    : placeIssues(checked.error.issues, {
        messageOf: (key, issue) => (key === "role" ? i18next.t("admin:staff.chooseRole") : issue.message),
      }).errors;
  if ((values.role === "moderator" || values.role === "senior_moderator") && values.departments.length === 0)
    errors.departments = i18next.t("admin:staff.needDepartment");
  return errors;
}

const focusOnError = (errors: Record<string, unknown>) => focusFirstListed(STAFF_FIELD_IDS, errors);

function departmentsHelp(role: Role | null) {
  if (role === "member") return i18next.t("admin:staff.membersNone");
  if (role === "admin") return i18next.t("admin:staff.adminsAll");
  return i18next.t("admin:staff.queues");
}

/** "Add or change staff": makes an existing account staff, changes its role, or removes it from staff. */
export function StaffForm({ form }: { form: UseFormReturnType<StaffFormValues> }) {
  const { t } = useTranslation("admin");
  const save = useSetStaff();
  const role = form.values.role;
  const options = roleOptions();

  const submit = (values: StaffFormValues) => {
    const email = values.email.trim();
    const body = {
      email,
      role: values.role as Role,
      departments: values.role === "member" ? [] : values.departments,
    };
    save.mutate(SetStaff.parse(body), {
      onSuccess: () => {
        form.reset();
        notifications.show({
          color: "green",
          message:
            body.role === "member"
              ? t("staff.noLongerStaff", { email })
              : t("staff.savedAs", { email, role: roleLabel(body.role) }),
        });
      },
      onError: (error) => {
        if (!hasFieldErrors(error)) return;
        form.setErrors(error.fields);
        focusOnError(error.fields);
      },
    });
  };

  const general = save.error && !hasFieldErrors(save.error);
  return (
    <Card withBorder component="section" aria-labelledby="staff-form-heading">
      <form onSubmit={form.onSubmit(submit, focusOnError)} noValidate>
        <Stack gap="md">
          <Title order={2} size="h4" id="staff-form-heading">
            {t("staff.formTitle")}
          </Title>
          <TextInput
            {...form.getInputProps("email")}
            id={STAFF_FIELD_IDS.email}
            label={t("staff.email")}
            description={t("staff.emailHelp")}
            type="email"
            autoComplete="off"
            maxLength={320}
          />
          <Select
            {...form.getInputProps("role")}
            id={STAFF_FIELD_IDS.role}
            label={t("staff.role")}
            description={t("staff.roleHelp")}
            placeholder={t("staff.rolePlaceholder")}
            data={options.map(({ value, label }) => ({ value, label }))}
            renderOption={({ option }) => (
              <Stack gap={0}>
                <Text size="sm">{option.label}</Text>
                <Text size="xs" c="dimmed">
                  {options.find((r) => r.value === option.value)?.help}
                </Text>
              </Stack>
            )}
            allowDeselect={false}
            comboboxProps={{ withinPortal: true }}
          />
          <MultiSelect
            {...form.getInputProps("departments")}
            id={STAFF_FIELD_IDS.departments}
            label={t("staff.departments")}
            description={departmentsHelp(role)}
            placeholder={form.values.departments.length === 0 ? t("staff.departmentsPlaceholder") : undefined}
            data={DEPARTMENT_IDS.map((d) => ({ value: d, label: departmentName(d) }))}
            disabled={role === "member"}
            clearable
            comboboxProps={{ withinPortal: true }}
          />
          {general && <ErrorBlock error={save.error} title={t("staff.notSaved")} />}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => form.reset()}>
              {t("staff.clear")}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t("staff.save")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
