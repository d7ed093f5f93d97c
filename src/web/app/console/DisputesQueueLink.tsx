import { useTranslation } from "react-i18next";
import { useDisputesAccess } from "../../features/dispute-console/dispute-console.api.ts";
import { ButtonLink } from "../../ui/links.tsx";

/** The way to the Disputes queue, for the staff who work that department (admins work them all). */
export function DisputesQueueLink() {
  const { t } = useTranslation("console");
  if (useDisputesAccess() !== "allowed") return null;
  return (
    <ButtonLink to="/console/disputes" variant="light">
      {t("disputes")}
    </ButtonLink>
  );
}
