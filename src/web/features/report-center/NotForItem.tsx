import { useTranslation } from "react-i18next";
import { AnchorLink } from "../../ui/links.tsx";

function DisputeLink({ children }: { children: string }) {
  return (
    <AnchorLink to="/my/orders" fw={600} c="indigo.9" size="sm">
      {children}
    </AnchorLink>
  );
}

/**
 * One "Not for" line of a report type. The lines that send people to an order dispute link to My Orders,
 * where disputes are opened, so that nobody has to find it alone.
 */
export function NotForItem({ text }: { text: string }) {
  const { t } = useTranslation("reportCenter");
  const hint = t("disputeHint");
  const at = text.indexOf(hint);
  if (at >= 0)
    return (
      <>
        {text.slice(0, at)}(<DisputeLink>{t("disputeLink")}</DisputeLink>){text.slice(at + hint.length)}
      </>
    );
  if (text.trim().toLowerCase() === t("problemsWithOrder").toLowerCase())
    return (
      <>
        {text} (<DisputeLink>{t("disputeLink")}</DisputeLink>)
      </>
    );
  return <>{text}</>;
}
