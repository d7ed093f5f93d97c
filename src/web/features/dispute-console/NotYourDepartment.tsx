import { Paper, Stack, Text, Title } from "@mantine/core";
import { ButtonLink } from "../../ui/links.tsx";

/** What staff outside the Disputes department see in place of its pages: why, and where to go instead. */
export function NotYourDepartment({ headingOrder = 2 }: { headingOrder?: 1 | 2 }) {
  return (
    <Paper withBorder p="xl" maw={560} role="alert">
      <Stack gap="md" align="flex-start">
        <Title order={headingOrder} size="h3">
          Not your department
        </Title>
        <Text>
          Disputes between buyers and sellers are mediated by the Disputes department. Your account does not
          work it. An admin can add it to your departments on the staff page.
        </Text>
        <ButtonLink to="/console" variant="default">
          Back to your console queue
        </ButtonLink>
      </Stack>
    </Paper>
  );
}
