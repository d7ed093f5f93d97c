import { Badge } from "@mantine/core";
import type { Store } from "../../../contracts/catalog.ts";

export function StoreStatusBadge({ status }: { status: Store["status"] }) {
  if (status === "active") return null;
  return (
    <Badge color={status === "closed" ? "red" : "orange"} variant="light">
      {status === "closed" ? "Closed" : "Frozen"}
    </Badge>
  );
}
