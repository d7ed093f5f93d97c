import { Badge, Tooltip, VisuallyHidden } from "@mantine/core";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { MailIcon } from "../../ui/icons.tsx";
import { useSession } from "../auth/session.ts";
import { useUnreadCounts } from "./messages.api.ts";

/** The unread count as a small badge; only seen, as the link's name says it. */
function UnreadBadge({ unread }: { unread: number }) {
  if (unread === 0) return null;
  return (
    <Badge size="sm" circle={unread < 10} color="red.8" ml={4} component="span">
      {unread > 99 ? "99+" : unread}
    </Badge>
  );
}

/**
 * "Messages" in the navigation, with the number of unread messages, read as one phrase ("Messages, 3
 * unread"). In the header's row of links (`compact`) it is an envelope with the count, the name shown on
 * hover and focus: the row holds every link a staff member sees at 1280 px.
 */
export function UnreadMessagesLink({ compact = false }: { compact?: boolean }) {
  const { t } = useTranslation("messages");
  const { user } = useSession();
  const counts = useUnreadCounts(!!user);
  if (!user) return null;
  const unread = counts.data?.total ?? 0;
  const name = unread > 0 ? t("nav.withUnread", { count: unread }) : t("nav.label");
  // The unread messages wait in my stores' conversations only: the link opens those.
  const role = counts.data && counts.data.buyer === 0 && counts.data.seller > 0 ? "seller" : undefined;
  const link = (
    <Link to="/messages" search={{ role }} className="nav-link">
      <span aria-hidden style={{ display: "inline-flex", alignItems: "center", verticalAlign: "middle" }}>
        {compact ? <MailIcon size={20} /> : t("nav.label")}
        <UnreadBadge unread={unread} />
      </span>
      <VisuallyHidden>{name}</VisuallyHidden>
    </Link>
  );
  return compact ? (
    <Tooltip label={name} withArrow>
      {link}
    </Tooltip>
  ) : (
    link
  );
}
