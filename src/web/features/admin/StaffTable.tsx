import { Badge, Button, Card, Group, Stack, Table, Text, VisuallyHidden } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { useTranslation } from "react-i18next";
import type { StaffMember } from "../../../contracts/admin.ts";
import { departmentName } from "../../ui/target-kinds.ts";
import { roleLabel } from "./admin.labels.ts";

interface StaffTableProps {
  staff: StaffMember[];
  /** Puts this person into the form, to change their role or departments. */
  onChange: (member: StaffMember) => void;
}

function Departments({ member }: { member: StaffMember }) {
  const { t } = useTranslation("admin");
  if (member.role === "admin")
    return (
      <Text size="sm" c="dimmed">
        {t("staff.allDepartments")}
      </Text>
    );
  if (member.departments.length === 0)
    return (
      <Text size="sm" c="red.8">
        {t("staff.noDepartment")}
      </Text>
    );
  return (
    <Group gap={4} wrap="wrap">
      {member.departments.map((d) => (
        <Badge key={d} variant="light" color="gray" size="sm" style={{ textTransform: "none" }}>
          {departmentName(d)}
        </Badge>
      ))}
    </Group>
  );
}

function ChangeButton({ member, onChange }: { member: StaffMember; onChange: StaffTableProps["onChange"] }) {
  const { t } = useTranslation("admin");
  return (
    <Button
      variant="default"
      size="compact-sm"
      onClick={() => onChange(member)}
      aria-label={t("staff.changeWho", { name: member.name })}
    >
      {t("staff.change")}
    </Button>
  );
}

function StaffCards({ staff, onChange }: StaffTableProps) {
  const { t } = useTranslation("admin");
  return (
    <Stack component="ul" gap="sm" p={0} m={0} aria-label={t("staff.list")}>
      {staff.map((member) => (
        <Card key={member.id} component="li" withBorder padding="md" style={{ listStyle: "none" }}>
          <Stack gap={6}>
            <div>
              <Text fw={600}>{member.name}</Text>
              <Text size="sm" c="dimmed" className="break-anywhere">
                {member.email}
              </Text>
            </div>
            <Text size="sm">{roleLabel(member.role)}</Text>
            <Departments member={member} />
            <Group>
              <ChangeButton member={member} onChange={onChange} />
            </Group>
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}

/** Who is staff, with which role and departments: a table on wide screens, cards on phones. */
export function StaffTable({ staff, onChange }: StaffTableProps) {
  const { t } = useTranslation("admin");
  const wide = useMediaQuery("(min-width: 48em)", true, { getInitialValueInEffect: false });
  if (!wide) return <StaffCards staff={staff} onChange={onChange} />;
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table verticalSpacing="sm" aria-label={t("staff.list")}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("staff.name")}</Table.Th>
            <Table.Th>{t("staff.role")}</Table.Th>
            <Table.Th>{t("staff.departments")}</Table.Th>
            <Table.Th>
              <VisuallyHidden>{t("staff.actions")}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {staff.map((member) => (
            <Table.Tr key={member.id}>
              <Table.Td>
                <Text size="sm" fw={600}>
                  {member.name}
                </Text>
                <Text size="xs" c="dimmed" className="break-anywhere">
                  {member.email}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{roleLabel(member.role)}</Text>
              </Table.Td>
              <Table.Td maw={280}>
                <Departments member={member} />
              </Table.Td>
              <Table.Td ta="right">
                <ChangeButton member={member} onChange={onChange} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
