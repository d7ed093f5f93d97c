import { useTranslation } from "react-i18next";
import { ButtonLink } from "../../ui/links.tsx";
import { useBlocklistAccess } from "./messages.api.ts";

/** The way to the block list of link domains, for Fraud & Security (admins work every department). */
export function BlockedDomainsLink() {
  const { t } = useTranslation("messages");
  if (useBlocklistAccess(true) !== "allowed") return null;
  return (
    <ButtonLink to="/console/blocked-domains" variant="light">
      {t("blocklist.link")}
    </ButtonLink>
  );
}
