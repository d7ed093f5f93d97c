import { Badge } from "@mantine/core";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { useSession } from "../auth/session.ts";
import { useUnreadCounts } from "./messages.api.ts";

/** "Messages" in the header, with the number of unread messages, said in full to screen readers. */
export function UnreadMessagesLink() {
  const { t } = useTranslation("messages");
  const { user } = useSession();
  const counts = useUnreadCounts(!!user);
  if (!user) return null;
  const unread = counts.data?.total ?? 0;
  // The unread messages wait in my stores' conversations only: the link opens those.
  const role = counts.data && counts.data.buyer === 0 && counts.data.seller > 0 ? "seller" : undefined;
  return (
    <Link
      to="/messages"
      search={{ role }}
      className="nav-link"
      aria-label={unread > 0 ? t("nav.withUnread", { count: unread }) : undefined}
    >
      {t("nav.label")}
      {unread > 0 && (
        <Badge size="sm" circle={unread < 10} color="red.8" ml={6} aria-hidden>
          {unread > 99 ? "99+" : unread}
        </Badge>
      )}
    </Link>
  );
}
