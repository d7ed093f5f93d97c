import { Badge, VisuallyHidden } from "@mantine/core";
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
    <Link to="/messages" search={{ role }} className="nav-link">
      {unread > 0 ? (
        <>
          {/* Read as one phrase, "Messages, 3 unread"; the badge is only seen. */}
          <span aria-hidden>
            {t("nav.label")}
            <Badge size="sm" circle={unread < 10} color="red.8" ml={6} component="span">
              {unread > 99 ? "99+" : unread}
            </Badge>
          </span>
          <VisuallyHidden>{t("nav.withUnread", { count: unread })}</VisuallyHidden>
        </>
      ) : (
        t("nav.label")
      )}
    </Link>
  );
}
