import { defineText } from "../../i18n/text.ts";

/** The confirmation after a report is sent, with a guest's private link. */
export const reportSubmittedText = defineText(
  {
    pageTitle: "Report sent",
    loadFailed: "Could not load this report",
    title: "Thank you — your report was sent",
    reference: "Your reference number",
    decideBy: "We will decide within 48 hours, by <strong>{{date}}</strong>.",
    nextTitle: "What happens next",
    next: {
      review: "A moderator of the right team reviews your report and the evidence.",
      ask: "If something is missing, we ask you by email — answer quickly, the report waits for you.",
      decide: "You get the decision and its reasons by email, and you can appeal it.",
    },
    receiptTitle: "A receipt is on its way",
    receiptGuest:
      "We sent a receipt with your reference number and your private link to the email address you gave.",
    receiptMember: "A receipt was sent to your email. You can follow this report in My Reports.",
    openInMyReports: "Open in My Reports",
    reportElse: "Report something else",
    link: {
      title: "Your private link to follow this report",
      text: "You reported without an account. Keep this link: with it you follow the report here, answer the moderator and appeal the decision. Anyone who has it can see the report. Lost it? “Find my report” in the Report Center sends a new one to your email.",
      label: "Private tracking link",
      copied: "Copied",
      copy: "Copy link",
      open: "Open the tracking page",
    },
  },
  {
    pageTitle: "Meldung gesendet",
    loadFailed: "Diese Meldung konnte nicht geladen werden",
    title: "Vielen Dank – Ihre Meldung wurde gesendet",
    reference: "Ihre Vorgangsnummer",
    decideBy: "Wir entscheiden innerhalb von 48 Stunden, bis <strong>{{date}}</strong>.",
    nextTitle: "Wie es weitergeht",
    next: {
      review: "Ein Moderator des zuständigen Teams prüft Ihre Meldung und die Belege.",
      ask: "Fehlt etwas, fragen wir Sie per E-Mail – antworten Sie bitte schnell, die Meldung wartet auf Sie.",
      decide:
        "Sie erhalten die Entscheidung und ihre Gründe per E-Mail und können Widerspruch dagegen einlegen.",
    },
    receiptTitle: "Eine Eingangsbestätigung ist unterwegs",
    receiptGuest:
      "Wir haben eine Eingangsbestätigung mit Ihrer Vorgangsnummer und Ihrem privaten Link an die angegebene E-Mail-Adresse gesendet.",
    receiptMember:
      "Eine Eingangsbestätigung wurde an Ihre E-Mail-Adresse gesendet. Sie können diese Meldung unter „Meine Meldungen“ verfolgen.",
    openInMyReports: "In „Meine Meldungen“ öffnen",
    reportElse: "Etwas anderes melden",
    link: {
      title: "Ihr privater Link zum Verfolgen dieser Meldung",
      text: "Sie haben ohne Konto gemeldet. Bewahren Sie diesen Link auf: Damit verfolgen Sie die Meldung hier, antworten dem Moderator und legen Widerspruch gegen die Entscheidung ein. Wer ihn hat, kann die Meldung sehen. Verloren? „Meine Meldung finden“ im Meldezentrum sendet Ihnen einen neuen per E-Mail.",
      label: "Privater Link zum Verfolgen",
      copied: "Kopiert",
      copy: "Link kopieren",
      open: "Verfolgungsseite öffnen",
    },
  },
);
