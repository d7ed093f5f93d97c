import { Alert } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { InfoIcon } from "../../ui/icons.tsx";
import { AnchorLink } from "../../ui/links.tsx";

/** People often mean a dispute when they look for a report; say so before they choose. */
export function OrderDisputeCallout() {
  const { t } = useTranslation("reportCenter");
  return (
    <Alert
      variant="light"
      color="yellow"
      icon={<InfoIcon />}
      title={t("ownOrder.title")}
      // Yellow on yellow is too faint to read: the words keep the page's dark ink.
      styles={{
        title: { color: "var(--mantine-color-dark-7)" },
        message: { color: "var(--mantine-color-dark-7)" },
      }}
    >
      {t("ownOrder.before")}{" "}
      <AnchorLink to="/my/orders" fw={600} c="indigo.9" size="sm">
        {t("ownOrder.link")}
      </AnchorLink>
      .
    </Alert>
  );
}
