import { createRootRoute, createRoute, createRouter, redirect } from "@tanstack/react-router";
import { ApiKeysPage } from "../features/admin/ApiKeysPage.tsx";
import { AuditLogPage } from "../features/admin/AuditLogPage.tsx";
import { OutcomeMessagesPage } from "../features/admin/OutcomeMessagesPage.tsx";
import { StaffPage } from "../features/admin/StaffPage.tsx";
import { StatementsExportPage } from "../features/admin/StatementsExportPage.tsx";
import { TrustedFlaggersPage } from "../features/admin/TrustedFlaggersPage.tsx";
import { AppealPage } from "../features/appeals/AppealPage.tsx";
import { validateAppealsSearch } from "../features/appeals/appeals.search.ts";
import { ConsoleAppealsPage } from "../features/appeals/ConsoleAppealsPage.tsx";
import { SignInPage } from "../features/auth/SignInPage.tsx";
import { SignUpPage } from "../features/auth/SignUpPage.tsx";
import { VerifyEmailPage } from "../features/auth/VerifyEmailPage.tsx";
import { ConsoleCasePage } from "../features/cases/ConsoleCasePage.tsx";
import { ConsoleQueuePage } from "../features/cases/ConsoleQueuePage.tsx";
import { validateQueueSearch } from "../features/cases/cases.search.ts";
import { ConsoleCounterNoticesPage } from "../features/counter-notices/ConsoleCounterNoticesPage.tsx";
import { StatementPage } from "../features/decisions/StatementPage.tsx";
import { DevMailboxPage } from "../features/dev-mailbox/DevMailboxPage.tsx";
import { ConsoleDisputePage } from "../features/dispute-console/ConsoleDisputePage.tsx";
import { ConsoleDisputesPage } from "../features/dispute-console/ConsoleDisputesPage.tsx";
import { validateDisputeQueueSearch } from "../features/dispute-console/dispute-console.search.ts";
import { DisputePage } from "../features/disputes/DisputePage.tsx";
import { MyDisputesPage } from "../features/disputes/MyDisputesPage.tsx";
import { MyOrdersPage } from "../features/disputes/MyOrdersPage.tsx";
import { validateMyDisputesSearch } from "../features/disputes/my-disputes.search.ts";
import { OrderPage } from "../features/disputes/OrderPage.tsx";
import { AssistantPage } from "../features/help/AssistantPage.tsx";
import { HelpArticleEditorPage } from "../features/help/HelpArticleEditorPage.tsx";
import { HelpArticlePage } from "../features/help/HelpArticlePage.tsx";
import { HelpArticlesAdminPage } from "../features/help/HelpArticlesAdminPage.tsx";
import { HelpCenterPage } from "../features/help/HelpCenterPage.tsx";
import { HomePage } from "../features/home/HomePage.tsx";
import { BlockedDomainsPage } from "../features/messages/BlockedDomainsPage.tsx";
import { MessagesPage } from "../features/messages/MessagesPage.tsx";
import { NewThreadPage } from "../features/messages/NewThreadPage.tsx";
import { ThreadPage } from "../features/messages/ThreadPage.tsx";
import { MyReportDetailPage } from "../features/my-reports/MyReportDetailPage.tsx";
import { MyReportsPage } from "../features/my-reports/MyReportsPage.tsx";
import { validateMyReportsSearch } from "../features/my-reports/my-reports.search.ts";
import { ReceivedComplaintPage } from "../features/my-reports/ReceivedComplaintPage.tsx";
import { TrackReportPage } from "../features/my-reports/TrackReportPage.tsx";
import { FindReportPage } from "../features/report-center/FindReportPage.tsx";
import { ReportCenterPage } from "../features/report-center/ReportCenterPage.tsx";
import { ReportFormPage } from "../features/report-form/ReportFormPage.tsx";
import { ReportSubmittedPage } from "../features/report-submitted/ReportSubmittedPage.tsx";
import { ConsoleSuspensionAppealsPage } from "../features/reporters/ConsoleSuspensionAppealsPage.tsx";
import { ConsoleRightsPage } from "../features/rights/console/ConsoleRightsPage.tsx";
import { RightReviewPage } from "../features/rights/console/RightReviewPage.tsx";
import { validateRightQueueSearch } from "../features/rights/console/rights-console.search.ts";
import { RightsPage } from "../features/rights/RightsPage.tsx";
import { ListingPage } from "../features/shop/ListingPage.tsx";
import { ShopPage } from "../features/shop/ShopPage.tsx";
import { StorePage } from "../features/shop/StorePage.tsx";
import { NotFoundPage } from "./NotFoundPage.tsx";
import { Shell } from "./Shell.tsx";

/** Reads one optional string from the query string, ignoring anything else that is there. */
const optionalString = (value: unknown) => (typeof value === "string" && value !== "" ? value : undefined);

const rootRoute = createRootRoute({ component: Shell, notFoundComponent: NotFoundPage });

const homeRoute = createRoute({ getParentRoute: () => rootRoute, path: "/", component: HomePage });

const shopRoute = createRoute({ getParentRoute: () => rootRoute, path: "/shop", component: ShopPage });
const listingRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/shop/item/$id",
  // `rating`: the link a report of a rating keeps points at the rating's item.
  validateSearch: (search: Record<string, unknown>): { rating?: string } => ({
    rating: optionalString(search.rating),
  }),
  component: ListingPage,
});
const storeRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/shop/store/$id",
  component: StorePage,
});

const targetSearch = (search: Record<string, unknown>): { target?: string } => ({
  target: optionalString(search.target),
});

const reportCenterRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/report",
  validateSearch: targetSearch,
  component: ReportCenterPage,
});
const reportFormRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/report/$type",
  // `reason` chooses a reason at once, e.g. "counterfeit" on the way from the IP form for buyers.
  validateSearch: (search: Record<string, unknown>): { target?: string; reason?: string } => ({
    ...targetSearch(search),
    reason: optionalString(search.reason),
  }),
  component: ReportFormPage,
});
const findReportRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/report/find",
  component: FindReportPage,
});
const reportSubmittedRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/report/submitted/$id",
  component: ReportSubmittedPage,
});

const myReportsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/my/reports",
  validateSearch: validateMyReportsSearch,
  component: MyReportsPage,
});
const receivedComplaintRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/my/received/$caseId",
  component: ReceivedComplaintPage,
});
const myReportDetailRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/my/reports/$id",
  component: MyReportDetailPage,
});
const myOrdersRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/my/orders",
  component: MyOrdersPage,
});
const orderRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/my/orders/$id",
  // `reason` chooses the dispute's reason at once, e.g. "not_received" from the "What happened?" assistant.
  validateSearch: (search: Record<string, unknown>): { reason?: string } => ({
    reason: optionalString(search.reason),
  }),
  component: OrderPage,
});
const myDisputesRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/my/disputes",
  validateSearch: validateMyDisputesSearch,
  component: MyDisputesPage,
});
const disputeRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/disputes/$id",
  component: DisputePage,
});

const messagesRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/messages",
  // `role=seller`: the conversations of my stores; otherwise mine as a buyer.
  validateSearch: (search: Record<string, unknown>): { role?: "seller" } => ({
    role: search.role === "seller" ? "seller" : undefined,
  }),
  component: MessagesPage,
});
const newThreadRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/messages/new",
  validateSearch: (search: Record<string, unknown>): { store?: string; order?: string } => ({
    store: optionalString(search.store),
    order: optionalString(search.order),
  }),
  component: NewThreadPage,
});
const threadRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/messages/$id",
  // `message` scrolls to one message, e.g. the one a report points at.
  validateSearch: (search: Record<string, unknown>): { message?: string } => ({
    message: optionalString(search.message),
  }),
  component: ThreadPage,
});
const consoleBlockedDomainsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/console/blocked-domains",
  component: BlockedDomainsPage,
});

const trackReportRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/track/$id",
  validateSearch: (search: Record<string, unknown>): { token?: string } => ({
    token: optionalString(search.token),
  }),
  component: TrackReportPage,
});

const signInRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/sign-in",
  validateSearch: (search: Record<string, unknown>): { redirect?: string } => ({
    redirect: optionalString(search.redirect),
  }),
  component: SignInPage,
});
const signUpRoute = createRoute({ getParentRoute: () => rootRoute, path: "/sign-up", component: SignUpPage });
const verifyEmailRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/verify-email",
  validateSearch: (search: Record<string, unknown>): { error?: string } => ({
    error: optionalString(search.error),
  }),
  component: VerifyEmailPage,
});

const devMailboxRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/dev/mailbox",
  component: DevMailboxPage,
});

const consoleRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/console",
  validateSearch: validateQueueSearch,
  component: ConsoleQueuePage,
});
const consoleCaseRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/console/cases/$id",
  component: ConsoleCasePage,
});
const consoleStatementRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/console/statements/$puid",
  component: StatementPage,
});

const consoleAppealsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/console/appeals",
  validateSearch: validateAppealsSearch,
  component: ConsoleAppealsPage,
});
const consoleAppealRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/console/appeals/$id",
  component: AppealPage,
});
const consoleCounterNoticesRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/console/counter-notices",
  component: ConsoleCounterNoticesPage,
});

const consoleDisputesRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/console/disputes",
  validateSearch: validateDisputeQueueSearch,
  component: ConsoleDisputesPage,
});
const consoleDisputeRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/console/disputes/$id",
  component: ConsoleDisputePage,
});

const consoleSuspensionsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/console/suspensions",
  component: ConsoleSuspensionAppealsPage,
});

const rightsRoute = createRoute({ getParentRoute: () => rootRoute, path: "/rights", component: RightsPage });
const consoleRightsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/console/rights",
  validateSearch: validateRightQueueSearch,
  component: ConsoleRightsPage,
});
const consoleRightRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/console/rights/$id",
  component: RightReviewPage,
});

const adminRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/admin",
  beforeLoad: () => {
    throw redirect({ to: "/admin/staff", replace: true });
  },
});
/** The admin pages: a path and its page each, nothing read from the URL. */
const adminPage = <Path extends `/admin/${string}`>(path: Path, component: () => React.ReactNode) =>
  createRoute({ getParentRoute: () => rootRoute, path, component });
const adminPageRoutes = [
  adminPage("/admin/staff", StaffPage),
  adminPage("/admin/outcome-messages", OutcomeMessagesPage),
  adminPage("/admin/trusted-flaggers", TrustedFlaggersPage),
  adminPage("/admin/audit", AuditLogPage),
  adminPage("/admin/api-keys", ApiKeysPage),
  adminPage("/admin/statements", StatementsExportPage),
  adminPage("/admin/help", HelpArticlesAdminPage),
] as const;

const helpRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/help",
  validateSearch: (search: Record<string, unknown>): { q?: string } => ({ q: optionalString(search.q) }),
  component: HelpCenterPage,
});
const helpAssistantRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/help/assistant",
  component: AssistantPage,
});
const helpArticleRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/help/$slug",
  component: HelpArticlePage,
});
const adminHelpArticleRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/admin/help/$id",
  component: HelpArticleEditorPage,
});

const routeTree = rootRoute.addChildren([
  homeRoute,
  shopRoute,
  listingRoute,
  storeRoute,
  reportCenterRoute,
  reportFormRoute,
  findReportRoute,
  reportSubmittedRoute,
  myReportsRoute,
  myReportDetailRoute,
  receivedComplaintRoute,
  myOrdersRoute,
  orderRoute,
  myDisputesRoute,
  disputeRoute,
  messagesRoute,
  newThreadRoute,
  threadRoute,
  consoleBlockedDomainsRoute,
  trackReportRoute,
  signInRoute,
  signUpRoute,
  verifyEmailRoute,
  devMailboxRoute,
  consoleRoute,
  consoleCaseRoute,
  consoleStatementRoute,
  consoleAppealsRoute,
  consoleAppealRoute,
  consoleCounterNoticesRoute,
  consoleDisputesRoute,
  consoleDisputeRoute,
  consoleSuspensionsRoute,
  rightsRoute,
  consoleRightsRoute,
  consoleRightRoute,
  adminRoute,
  ...adminPageRoutes,
  helpRoute,
  helpAssistantRoute,
  helpArticleRoute,
  adminHelpArticleRoute,
]);

export const router = createRouter({
  routeTree,
  defaultPreload: "intent",
  scrollRestoration: true,
  defaultNotFoundComponent: NotFoundPage,
});

declare module "@tanstack/react-router" {
  interface Register {
    router: typeof router;
  }
}
