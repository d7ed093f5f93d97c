import { AnchorLink } from "../../ui/links.tsx";

const DISPUTE_HINT = "(open an order dispute)";

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
  const at = text.indexOf(DISPUTE_HINT);
  if (at >= 0)
    return (
      <>
        {text.slice(0, at)}(<DisputeLink>open an order dispute</DisputeLink>)
        {text.slice(at + DISPUTE_HINT.length)}
      </>
    );
  if (/^problems with an order$/i.test(text.trim()))
    return (
      <>
        {text} (<DisputeLink>open an order dispute</DisputeLink>)
      </>
    );
  return <>{text}</>;
}
