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

/** A 404: the dispute does not exist, or the platform never took it up (it is still between the sides). */
export function NotWithThePlatform() {
  return (
    <Paper withBorder p="xl" maw={560} role="alert">
      <Stack gap="md" align="flex-start">
        <Title order={1} size="h3">
          This dispute is not with the platform
        </Title>
        <Text>
          The Disputes department sees a dispute once the buyer or the seller escalates it, or it escalates by
          itself after 15 days. Until then it stays between them. Check the link, or pick a dispute from the
          queue.
        </Text>
        <ButtonLink to="/console/disputes" variant="default">
          Go to the Disputes queue
        </ButtonLink>
      </Stack>
    </Paper>
  );
}
