import { Alert } from "@mantine/core";
import { InfoIcon } from "../../ui/icons.tsx";
import { AnchorLink } from "../../ui/links.tsx";

/** People often mean a dispute when they look for a report; say so before they choose. */
export function OrderDisputeCallout() {
  return (
    <Alert
      variant="light"
      color="yellow"
      icon={<InfoIcon />}
      title="A problem with your own order?"
      // Yellow on yellow is too faint to read: the words keep the page's dark ink.
      styles={{
        title: { color: "var(--mantine-color-dark-7)" },
        message: { color: "var(--mantine-color-dark-7)" },
      }}
    >
      Problem with your own order (not received, not as described, damaged)? That is a dispute, not a report:{" "}
      <AnchorLink to="/my/orders" fw={600} c="indigo.9" size="sm">
        open a dispute from My Orders
      </AnchorLink>
      .
    </Alert>
  );
}
