import { Alert, Text } from "@mantine/core";
import { AlertIcon } from "../../ui/icons.tsx";
import { AnchorLink } from "../../ui/links.tsx";

export const DUPLICATE_WARNING_ID = "report-duplicate-warning";

/**
 * Said as soon as the link is known, not after the whole form was written: the reporter's own report of
 * the same thing is still open, and a second one would be refused.
 */
export function DuplicateWarning({ duplicate }: { duplicate: { id: string; reference: string } }) {
  return (
    <Alert
      id={DUPLICATE_WARNING_ID}
      tabIndex={-1}
      color="orange"
      variant="light"
      icon={<AlertIcon />}
      title="You already reported this"
      role="status"
    >
      <Text size="sm" c="dark">
        Your report{" "}
        <AnchorLink to="/my/reports/$id" params={{ id: duplicate.id }} fw={600} c="indigo.9">
          {duplicate.reference}
        </AnchorLink>{" "}
        about the same thing with the same kind of report is still open, so a second one would not be taken.
        Follow it, and answer the moderator there if asked, in My Reports.
      </Text>
    </Alert>
  );
}
