import { Button, Card, Group, MultiSelect, Select, Stack, Text, TextInput, Title } from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { SetStaff } from "../../../contracts/admin.ts";
import { DEPARTMENT_IDS, DEPARTMENT_NAMES } from "../../../contracts/report-types.ts";
import { focusFirstListed, hasFieldErrors, placeIssues } from "../../ui/form-errors.ts";
import { ErrorBlock } from "../../ui/QueryState.tsx";
import { useSetStaff } from "./admin.api.ts";
import { ROLE_LABELS, ROLE_OPTIONS, type Role } from "./admin.labels.ts";

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

const DEPARTMENT_OPTIONS = DEPARTMENT_IDS.map((d) => ({ value: d, label: DEPARTMENT_NAMES[d] }));

/** The shared SetStaff schema, plus: a moderator without a department would see no case at all. */
export function validateStaff(values: StaffFormValues): Partial<Record<keyof StaffFormValues, string>> {
  const checked = SetStaff.safeParse({ ...values, email: values.email.trim() });
  const errors: Partial<Record<keyof StaffFormValues, string>> = checked.success
    ? {}
    : placeIssues(checked.error.issues, {
        messageOf: (key, issue) => (key === "role" ? "Choose a role." : issue.message),
      }).errors;
  if ((values.role === "moderator" || values.role === "senior_moderator") && values.departments.length === 0)
    errors.departments = "Choose at least one department: a moderator without one sees no cases.";
  return errors;
}

const focusOnError = (errors: Record<string, unknown>) => focusFirstListed(STAFF_FIELD_IDS, errors);

function departmentsHelp(role: Role | null) {
  if (role === "member") return "Members work no department.";
  if (role === "admin") return "Admins work every department anyway.";
  return "The queues this person works.";
}

/** "Add or change staff": makes an existing account staff, changes its role, or removes it from staff. */
export function StaffForm({ form }: { form: UseFormReturnType<StaffFormValues> }) {
  const save = useSetStaff();
  const role = form.values.role;

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
              ? `${email} is no longer staff.`
              : `Saved: ${email} is now ${ROLE_LABELS[body.role].toLowerCase()}.`,
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
            Add or change staff
          </Title>
          <TextInput
            {...form.getInputProps("email")}
            id={STAFF_FIELD_IDS.email}
            label="Email of the account"
            description="The person must have signed up already."
            type="email"
            autoComplete="off"
            maxLength={320}
          />
          <Select
            {...form.getInputProps("role")}
            id={STAFF_FIELD_IDS.role}
            label="Role"
            description="“Member” removes the person from staff."
            placeholder="Choose a role"
            data={ROLE_OPTIONS.map(({ value, label }) => ({ value, label }))}
            renderOption={({ option }) => (
              <Stack gap={0}>
                <Text size="sm">{option.label}</Text>
                <Text size="xs" c="dimmed">
                  {ROLE_OPTIONS.find((r) => r.value === option.value)?.help}
                </Text>
              </Stack>
            )}
            allowDeselect={false}
            comboboxProps={{ withinPortal: true }}
          />
          <MultiSelect
            {...form.getInputProps("departments")}
            id={STAFF_FIELD_IDS.departments}
            label="Departments"
            description={departmentsHelp(role)}
            placeholder={form.values.departments.length === 0 ? "Choose departments" : undefined}
            data={DEPARTMENT_OPTIONS}
            disabled={role === "member"}
            clearable
            comboboxProps={{ withinPortal: true }}
          />
          {general && <ErrorBlock error={save.error} title="Not saved" />}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => form.reset()}>
              Clear
            </Button>
            <Button type="submit" loading={save.isPending}>
              Save
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
