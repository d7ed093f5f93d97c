import { Badge } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Store } from "../../../contracts/catalog.ts";

export function StoreStatusBadge({ status }: { status: Store["status"] }) {
  const { t } = useTranslation("shop");
  if (status === "active") return null;
  return (
    <Badge color={status === "closed" ? "red" : "orange"} variant="light">
      {status === "closed" ? t("storeStatus.closed") : t("storeStatus.frozen")}
    </Badge>
  );
}
