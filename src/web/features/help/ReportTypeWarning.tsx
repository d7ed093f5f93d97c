import { Alert, Stack, Text } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useTranslation } from "react-i18next";
import { quoteOf } from "../../../contracts/help.ts";
import type { ReportTypeId } from "../../../contracts/report-types.ts";
import { InfoIcon } from "../../ui/icons.tsx";
import { AnchorLink } from "../../ui/links.tsx";
import { reportTypeTitle, sureDestination } from "./destination.ts";
import { useRouteFor } from "./help.api.ts";

/** Shorter descriptions say too little to judge: no warning for them. */
const MIN_WORDS_TEXT = 20;
const SETTLE_MS = 700;

interface ReportTypeWarningProps {
  description: string;
  reportType: ReportTypeId;
  /** The link being reported, kept when switching to another type's form. */
  target?: string;
}

/**
 * Under a report's description: a word when it reads like a problem with one's own order (a dispute) or
 * like another type of report. Only advice — the report can be sent as it is.
 */
export function ReportTypeWarning({ description, reportType, target }: ReportTypeWarningProps) {
  const { t } = useTranslation("help");
  const [settled] = useDebouncedValue(description.trim(), SETTLE_MS);
  const answer = useRouteFor(settled.length >= MIN_WORDS_TEXT ? { text: settled } : null);
  const destination = sureDestination(answer.data);
  const other =
    destination?.kind === "dispute" ||
    (destination?.kind === "report" && destination.reportType !== reportType)
      ? destination
      : null;
  return (
    <div role="status" aria-live="polite">
      {other?.kind === "dispute" && (
        <Alert
          variant="light"
          color="yellow"
          icon={<InfoIcon />}
          title={t("warning.orderProblem")}
          mt="xs"
          styles={INK}
        >
          <Stack gap={4}>
            <Text size="sm">{t("warning.orderProblemText", { quote: quoteOf(settled) })}</Text>
            <AnchorLink to="/my/orders" fw={600} c="indigo.9" size="sm">
              {t("warning.myOrders")}
            </AnchorLink>
          </Stack>
        </Alert>
      )}
      {other?.kind === "report" && (
        <Alert
          variant="light"
          color="yellow"
          icon={<InfoIcon />}
          title={t("warning.otherType", { type: reportTypeTitle(other.reportType, t) })}
          mt="xs"
          styles={INK}
        >
          <Stack gap={4}>
            <Text size="sm">{t("warning.otherTypeText")}</Text>
            <AnchorLink
              to="/report/$type"
              params={{ type: other.reportType }}
              search={{ target: target || undefined }}
              fw={600}
              c="indigo.9"
              size="sm"
            >
              {t("warning.switch", { type: reportTypeTitle(other.reportType, t) })}
            </AnchorLink>
          </Stack>
        </Alert>
      )}
    </div>
  );
}

// Yellow on yellow is too faint to read: the words keep the page's dark ink.
const INK = {
  title: { color: "var(--mantine-color-dark-7)" },
  message: { color: "var(--mantine-color-dark-7)" },
};
