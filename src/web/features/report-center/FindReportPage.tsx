import { Stack } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { AnchorLink } from "../../ui/links.tsx";
import { usePageTitle } from "../../ui/usePageTitle.ts";
import { FindMyReport } from "./FindMyReport.tsx";

/** /report/find: a new private link for a report filed without an account. */
export function FindReportPage() {
  const { t } = useTranslation("reportCenter");
  usePageTitle(t("findMyReport"));
  return (
    <Stack gap="lg" maw={720} mx="auto">
      <AnchorLink to="/report" size="sm">
        {t("backToCenter")}
      </AnchorLink>
      <FindMyReport headingLevel={1} />
    </Stack>
  );
}
