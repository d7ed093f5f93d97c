import { Group, Stack } from "@mantine/core";
import { Link } from "@tanstack/react-router";
import { useSession } from "../features/auth/session.ts";
import { isStaffRole } from "./console/console-access.ts";

/**
 * The main navigation; "My Reports", "My Orders" and "My Disputes" appear once the user is signed in,
 * "Console" for staff, "Admin" for admins.
 */
export function MainNav({ vertical = false }: { vertical?: boolean }) {
  const { user } = useSession();
  const Layout = vertical ? Stack : Group;
  return (
    <nav aria-label="Main">
      <Layout gap={4} wrap="nowrap">
        <Link to="/report" className="nav-link">
          Report Center
        </Link>
        <Link to="/shop" className="nav-link">
          Demo shop
        </Link>
        {user && (
          <Link to="/my/reports" className="nav-link">
            My Reports
          </Link>
        )}
        {user && (
          <Link to="/my/orders" className="nav-link">
            My Orders
          </Link>
        )}
        {user && (
          <Link to="/my/disputes" className="nav-link">
            My Disputes
          </Link>
        )}
        {user && (
          <Link to="/rights" className="nav-link">
            IP rights
          </Link>
        )}
        {isStaffRole(user?.role) && (
          <Link to="/console" className="nav-link">
            Console
          </Link>
        )}
        {user?.role === "admin" && (
          <Link to="/admin" className="nav-link">
            Admin
          </Link>
        )}
      </Layout>
    </nav>
  );
}
