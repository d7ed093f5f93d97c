import type { ButtonProps } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { HelpDestination } from "../../../contracts/help.ts";
import { ButtonLink } from "../../ui/links.tsx";
import { reportTypeTitle } from "./destination.ts";

interface DestinationButtonProps {
  destination: HelpDestination;
  /** The order chosen in the assistant: a dispute opens on it, with its reason chosen. */
  orderId: string | null;
  variant?: ButtonProps["variant"];
}

/** The way to where a problem belongs: the dispute form of the order, or the report form of the type. */
export function DestinationButton({ destination, orderId, variant = "filled" }: DestinationButtonProps) {
  const { t } = useTranslation("help");
  if (destination.kind === "report") {
    return (
      <ButtonLink
        to="/report/$type"
        params={{ type: destination.reportType }}
        variant={variant}
        styles={WRAPPING}
        maw="100%"
      >
        {t("assistant.fileReport", { type: reportTypeTitle(destination.reportType, t) })}
      </ButtonLink>
    );
  }
  const reason = t(`reasons.${destination.reason}`);
  if (!orderId) {
    return (
      <ButtonLink to="/my/orders" variant={variant} styles={WRAPPING} maw="100%">
        {t("assistant.chooseOrderFirst", { reason })}
      </ButtonLink>
    );
  }
  return (
    <ButtonLink
      to="/my/orders/$id"
      params={{ id: orderId }}
      search={{ reason: destination.reason }}
      hash="open-dispute"
      variant={variant}
      styles={WRAPPING}
      maw="100%"
    >
      {t("assistant.openDispute", { reason, order: orderId })}
    </ButtonLink>
  );
}

// A long destination ("Open a dispute for … on order …") wraps on a phone instead of running off the page.
const WRAPPING = {
  root: { height: "auto", minHeight: 36, paddingBlock: 6 },
  label: { whiteSpace: "normal", textAlign: "left" },
} as const;
