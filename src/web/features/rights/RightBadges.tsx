import { Badge, Group } from "@mantine/core";
import type { RightStatus, RightValidity } from "../../../contracts/rights.ts";
import { rightStatus, rightValidity } from "./rights.labels.ts";

/** The verification status, and beside it whatever the dates say that needs attention. */
export function RightBadges({ status, validity }: { status: RightStatus; validity: RightValidity }) {
  const shown = rightStatus(status);
  // A rejected right's dates do not matter any more.
  const dates = status === "rejected" ? null : rightValidity(validity);
  return (
    <Group gap={6}>
      <Badge color={shown.color} variant="light">
        {shown.label}
      </Badge>
      {dates && (
        <Badge color={dates.color} variant="outline">
          {dates.label}
        </Badge>
      )}
    </Group>
  );
}
