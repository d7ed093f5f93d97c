import { newId } from "../../platform/ids.ts";
import type { MailMessage } from "../../platform/mail/mailer.ts";

type TemplateData = Record<string, string>;

interface Template {
  subject: (d: TemplateData) => string;
  /** Paragraphs of plain text; a line "LINK:<url>" becomes a link. */
  body: (d: TemplateData) => string[];
}

const TEMPLATES = {
  "report-receipt": {
    subject: (d) => `We received your report ${d.reference}`,
    body: (d) => [
      `Hello,`,
      `thank you for your report. Its reference number is ${d.reference}.`,
      `What you reported: ${d.typeTitle} — ${d.targetTitle}.`,
      `It goes to our ${d.department} team. We aim to decide by ${d.expectedDecisionBy}. We will write to you when it is decided, or if we need more information.`,
      `Follow your report here:`,
      `LINK:${d.trackingUrl}`,
      d.isGuest === "yes"
        ? "Keep this email: the link above is private and is the only way to follow your report without an account."
        : "You also find it in My Reports when you are signed in.",
      `The seller is not told who reported it${d.disclosed === "yes" ? ", except that you chose to disclose your identity" : ""}.`,
    ],
  },
  "report-duplicate": {
    subject: (d) => `You had already reported this: ${d.firstReference}`,
    body: (d) => [
      "Hello,",
      `we received a report from this address (${d.reference}) about something you had already reported to us in ${d.firstReference}, which we are still handling.`,
      `So that nothing is counted twice, we closed ${d.reference} as a duplicate and keep working on ${d.firstReference}. You can follow it and add to it here:`,
      `LINK:${d.url}`,
      "If you did not send the second report, someone else used your address: you need not do anything.",
    ],
  },
  "report-link": {
    subject: (d) => `The link to your report ${d.reference}`,
    body: (d) => [
      "Hello,",
      `you asked for the link to your report ${d.reference}. Follow it here:`,
      `LINK:${d.url}`,
      "The link is private: anyone who has it can see the report. If you did not ask for it, ignore this email.",
    ],
  },
  "decision-reporter": {
    subject: (d) => `Decision on your report ${d.reference}`,
    body: (d) => [
      "Hello,",
      `we have decided on your report ${d.reference} (${d.targetTitle}).`,
      d.outcomeText ?? "",
      ...(d.message ? [d.message] : []),
      "See the details here:",
      `LINK:${d.url}`,
      "If you disagree, you can appeal this decision within 6 months from the page above.",
    ],
  },
  "info-request": {
    subject: (d) => `We need more information about your report ${d.reference}`,
    body: (d) => [
      "Hello,",
      `to decide on your report ${d.reference}, our moderator asks:`,
      d.message ?? "",
      `Please answer by ${d.dueAt} from the page of your report:`,
      `LINK:${d.url}`,
      "Your report waits for your answer; the time we take to decide stands still meanwhile.",
    ],
  },
  "report-rerouted": {
    subject: (d) => `Your report ${d.reference} moved to the right team`,
    body: (d) => [
      "Hello,",
      `your report ${d.reference} concerns something our ${d.department} team handles, so we moved it there. You do not need to do anything: it keeps its place in the queue.`,
      `LINK:${d.url}`,
    ],
  },
  "misuse-warning": {
    subject: () => "A warning about your reports",
    body: (d) => [
      "Hello,",
      "several of your recent reports were manifestly unfounded: they reported things that plainly break no law and none of our rules. This takes our moderators away from real problems.",
      "This is a warning. If you send another manifestly unfounded report, we will suspend the processing of your reports for 30 days (EU Digital Services Act, Article 23).",
      "You can see your reports and their outcomes here, and appeal any decision you disagree with:",
      `LINK:${d.url}`,
    ],
  },
  "misuse-suspension": {
    subject: () => "We have suspended the processing of your reports",
    body: (d) => [
      "Hello,",
      `after a warning, another of your reports was manifestly unfounded. We have therefore suspended the processing of your reports until ${d.until} (EU Digital Services Act, Article 23).`,
      "Reasons: you repeatedly reported things that plainly break no law and none of our rules.",
      "You can appeal this suspension from My Reports:",
      `LINK:${d.url}`,
    ],
  },
  "appeal-received": {
    subject: () => "We received your appeal",
    body: (d) => [
      "Hello,",
      "we received your appeal. A different member of our staff, who did not take the first decision, will review it and tell you the outcome with the reasons.",
      `LINK:${d.url}`,
    ],
  },
  "appeal-decided": {
    subject: (d) => (d.outcome === "reversed" ? "Your appeal succeeded" : "Your appeal was not successful"),
    body: (d) => [
      "Hello,",
      d.outcome === "reversed"
        ? "we reviewed the decision again and reversed it."
        : "we reviewed the decision again and it stands.",
      `Reasons: ${d.reason}`,
      d.outcome === "reversed"
        ? "Anything the decision restricted has been restored."
        : "You may still turn to a certified out-of-court dispute settlement body or to the courts.",
      `LINK:${d.url}`,
    ],
  },
  "decision-reversed": {
    subject: (d) => `A decision about ${d.targetTitle} was reversed on appeal`,
    body: (d) => [
      "Hello,",
      `after an appeal, we reviewed our decision about ${d.targetTitle} and reversed it.`,
      `Reasons: ${d.reason}`,
      `LINK:${d.url}`,
    ],
  },
  "counter-notice-filed": {
    subject: (d) => `The seller disputes your IP complaint about ${d.targetTitle}`,
    body: (d) => [
      "Hello,",
      `the seller of ${d.targetTitle} has filed a counter-notice: it says the listing does not infringe your right.`,
      `You may reply until ${d.dueAt} (3 business days). Our IP Protection team then decides whether the listing stays removed.`,
      `LINK:${d.url}`,
    ],
  },
  "counter-notice-decided": {
    subject: (d) =>
      `Counter-notice on ${d.targetTitle}: ${d.outcome === "reinstate" ? "listing reinstated" : "listing stays removed"}`,
    body: (d) => [
      "Hello,",
      d.outcome === "reinstate"
        ? `our IP Protection team has decided to reinstate ${d.targetTitle}.`
        : `our IP Protection team has decided that ${d.targetTitle} stays removed.`,
      `Reasons: ${d.reason}`,
      `LINK:${d.url}`,
    ],
  },
  "decision-seller": {
    subject: (d) => `Action taken on ${d.targetTitle}`,
    body: (d) => [
      "Hello,",
      `after a complaint, we have ${d.restricted === "no" ? "taken action on" : "restricted"} ${d.targetTitle} of your store ${d.storeName}.`,
      `What we did: ${d.actionsText}.`,
      `Why: ${d.groundText}`,
      ...(d.strikeText ? [d.strikeText] : []),
      "The statement of reasons, and what you can do (answer, counter-notice, appeal), are here:",
      `LINK:${d.url}`,
    ],
  },
  "decision-author": {
    subject: (d) => `Your ${d.contentName} was hidden`,
    body: (d) => [
      "Hello,",
      `after a report, we have hidden your ${d.contentName}: ${d.targetTitle}.`,
      `Why: ${d.groundText}`,
      "The statement of reasons, and how to appeal if you think we are wrong, are here:",
      `LINK:${d.url}`,
    ],
  },
  "right-approved": {
    subject: (d) => `Your ${d.typeName} ${d.registrationNumber} is verified`,
    body: (d) => [
      "Hello,",
      `our IP Protection team has verified your ${d.typeName} ${d.registrationNumber} (${d.office}).`,
      "You can now choose it when you file an IP complaint. Your IP rights are here:",
      `LINK:${d.url}`,
    ],
  },
  "right-rejected": {
    subject: (d) => `Your ${d.typeName} ${d.registrationNumber} could not be verified`,
    body: (d) => [
      "Hello,",
      `our IP Protection team could not verify your ${d.typeName} ${d.registrationNumber} (${d.office}).`,
      `Why: ${d.reason}`,
      "You may add the right again with the missing documents from your IP rights page:",
      `LINK:${d.url}`,
    ],
  },
  "right-expiring": {
    subject: (d) => `Your ${d.typeName} ${d.registrationNumber} ends on ${d.validTo}`,
    body: (d) => [
      "Hello,",
      `your ${d.typeName} ${d.registrationNumber} (${d.office}) is valid until ${d.validTo}. After that day it can no longer back IP complaints.`,
      "If you renew it, add the renewed right with its new certificate so that we can verify it in time.",
      d.url ? `LINK:${d.url}` : "You find your rights under “IP rights” when you are signed in to Redress.",
    ],
  },
  "verify-email": {
    subject: () => "Confirm your email address for Redress",
    body: (d) => [
      `Hello ${d.name},`,
      "please confirm your email address by opening this link:",
      `LINK:${d.url}`,
      "If you did not sign up, ignore this email.",
    ],
  },
  "password-reset": {
    subject: () => "Reset your Redress password",
    body: (d) => [
      `Hello ${d.name},`,
      "open this link to choose a new password:",
      `LINK:${d.url}`,
      "If you did not ask for this, ignore this email: your password stays as it is.",
    ],
  },
  "dispute-update": {
    subject: (d) => `Dispute ${d.reference}: ${d.headline}`,
    body: (d) => [
      "Hello,",
      `${d.headline} (dispute ${d.reference} on order ${d.orderId}).`,
      `${d.next}`,
      ...(d.ifNobody ? [d.ifNobody] : []),
      "See the dispute, its evidence and messages here:",
      `LINK:${d.url}`,
    ],
  },
  "dispute-reminder": {
    subject: (d) => `Reminder: dispute ${d.reference} needs you by ${d.dueText}`,
    body: (d) => [
      "Hello,",
      `this is a reminder about dispute ${d.reference} on order ${d.orderId}. ${d.next}`,
      ...(d.ifNobody ? [d.ifNobody] : []),
      `LINK:${d.url}`,
    ],
  },
  "message-waiting": {
    subject: (d) => `${d.from} sent you a message`,
    body: (d) => [
      `Hello ${d.name},`,
      `${d.from} wrote to you about ${d.about} an hour ago, and the message is still unread. Read it and answer here:`,
      `LINK:${d.url}`,
      "Keep the conversation on the marketplace: never pay, or share your password, outside it. We write at most once while messages wait unread.",
    ],
  },
  "sign-up-existing": {
    subject: () => "You already have a Redress account",
    body: (d) => [
      `Hello ${d.name},`,
      "someone tried to create a Redress account with this email address, but it already has one. No new account was made.",
      "If it was you, sign in with your password here:",
      `LINK:${d.signInUrl}`,
      "If it was not you, ignore this email: your account stays as it is.",
    ],
  },
} satisfies Record<string, Template>;

export type TemplateName = keyof typeof TEMPLATES;

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

/** Renders a template into a message ready for the outbox. */
export function mailMessage(name: TemplateName, to: string, data: TemplateData): MailMessage {
  const template: Template = TEMPLATES[name];
  const paragraphs = template.body(data);
  const text = paragraphs.map((p) => (p.startsWith("LINK:") ? p.slice(5) : p)).join("\n\n");
  const html = paragraphs
    .map((p) =>
      p.startsWith("LINK:")
        ? `<p><a href="${escapeHtml(p.slice(5))}">${escapeHtml(p.slice(5))}</a></p>`
        : `<p>${escapeHtml(p)}</p>`,
    )
    .join("\n");
  return { to, subject: template.subject(data), text, html, messageId: `<${newId()}@redress>` };
}
