import { Group, Stack } from "@mantine/core";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { useSession } from "../features/auth/session.ts";
import { UnreadMessagesLink } from "../features/messages/UnreadMessagesLink.tsx";
import { isStaffRole } from "./console/console-access.ts";

/**
 * The main navigation; "My Reports", "My Orders" and "My Disputes" appear once the user is signed in,
 * "Console" for staff, "Admin" for admins.
 */
export function MainNav({ vertical = false }: { vertical?: boolean }) {
  const { user } = useSession();
  const { t } = useTranslation();
  const Layout = vertical ? Stack : Group;
  return (
    <nav aria-label={t("nav.label")}>
      <Layout gap={4} wrap="nowrap">
        <Link to="/report" className="nav-link">
          {t("nav.reportCenter")}
        </Link>
        <Link to="/shop" className="nav-link">
          {t("nav.shop")}
        </Link>
        {user && (
          <Link to="/my/reports" className="nav-link">
            {t("nav.myReports")}
          </Link>
        )}
        {user && (
          <Link to="/my/orders" className="nav-link">
            {t("nav.myOrders")}
          </Link>
        )}
        {user && (
          <Link to="/my/disputes" className="nav-link">
            {t("nav.myDisputes")}
          </Link>
        )}
        <UnreadMessagesLink compact={!vertical} />
        {user && (
          <Link to="/rights" className="nav-link">
            {t("nav.rights")}
          </Link>
        )}
        {isStaffRole(user?.role) && (
          <Link to="/console" className="nav-link">
            {t("nav.console")}
          </Link>
        )}
        {user?.role === "admin" && (
          <Link to="/admin" className="nav-link">
            {t("nav.admin")}
          </Link>
        )}
      </Layout>
    </nav>
  );
}
