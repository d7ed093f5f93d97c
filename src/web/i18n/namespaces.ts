import { appText } from "../app/app.text.ts";
import { consoleText } from "../app/console/console.text.ts";
import { adminText } from "../features/admin/admin.text.ts";
import { appealsText } from "../features/appeals/appeals.text.ts";
import { authText } from "../features/auth/auth.text.ts";
import { casesText } from "../features/cases/cases.text.ts";
import { counterNoticesText } from "../features/counter-notices/counter-notices.text.ts";
import { decisionsText } from "../features/decisions/decisions.text.ts";
import { devMailboxText } from "../features/dev-mailbox/dev-mailbox.text.ts";
import { disputeConsoleText } from "../features/dispute-console/dispute-console.text.ts";
import { disputesText } from "../features/disputes/disputes.text.ts";
import { feedbackText } from "../features/feedback/feedback.text.ts";
import { helpText } from "../features/help/help.text.ts";
import { homeText } from "../features/home/home.text.ts";
import { messagesText } from "../features/messages/messages.text.ts";
import { myReportsText } from "../features/my-reports/my-reports.text.ts";
import { reportCenterText } from "../features/report-center/report-center.text.ts";
import { reportFieldsText } from "../features/report-form/report-fields.text.ts";
import { reportFormText } from "../features/report-form/report-form.text.ts";
import { reportSubmittedText } from "../features/report-submitted/report-submitted.text.ts";
import { reportersText } from "../features/reporters/reporters.text.ts";
import { rightsText } from "../features/rights/rights.text.ts";
import { shopText } from "../features/shop/shop.text.ts";
import { uiText } from "../ui/ui.text.ts";

/**
 * Every namespace of UI text, one per feature, each written in `<feature>.text.ts` beside the feature.
 * A new feature adds one line here.
 */
export const namespaces = {
  app: appText,
  home: homeText,
  reportCenter: reportCenterText,
  reportForm: reportFormText,
  reportFields: reportFieldsText,
  auth: authText,
  shop: shopText,
  ui: uiText,
  help: helpText,
  disputes: disputesText,
  myReports: myReportsText,
  feedback: feedbackText,
  messages: messagesText,
  reportSubmitted: reportSubmittedText,
  reporters: reportersText,
  rights: rightsText,
  appeals: appealsText,
  counterNotices: counterNoticesText,
  console: consoleText,
  devMailbox: devMailboxText,
  decisions: decisionsText,
  cases: casesText,
  admin: adminText,
  disputeConsole: disputeConsoleText,
};

export type Namespace = keyof typeof namespaces;
