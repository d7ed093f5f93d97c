import { defineText } from "../../i18n/text.ts";

/** The development mailbox: the mail a development server keeps instead of sending it. */
export const devMailboxText = defineText(
  {
    title: "Development mailbox",
    devMode:
      "Development mode: this server sends no email and keeps it here instead. Never run it like this for real users.",
    noneHereTitle: "No development mailbox here",
    noneHere: "This server sends real email through its SMTP server, so there is nothing to show.",
    localOnlyTitle: "Only on the machine that runs Redress",
    localOnly:
      "The development mailbox holds other people's mail, so it opens only in a browser on the machine that runs Redress, or for an admin. <signin>Sign in</signin> as an admin to read it from here.",
    count_one: "{{count}} email, newest first. Refreshes every few seconds.",
    count_other: "{{count}} emails, newest first. Refreshes every few seconds.",
    refresh: "Refresh",
    empty: "No emails yet. Sign up or send a report, and the emails will show up here.",
    to: "To {{to}} · {{date}}",
    from: "From {{from}}",
    linksHidden:
      "A link in this email signs in or sets a password, so it is shown only to an admin and to the recipient when signed in.",
  },
  {
    title: "Entwicklungs-Postfach",
    devMode:
      "Entwicklungsmodus: Dieser Server versendet keine E-Mails, sondern bewahrt sie hier auf. Betreiben Sie ihn nie so für echte Nutzer.",
    noneHereTitle: "Hier gibt es kein Entwicklungs-Postfach",
    noneHere:
      "Dieser Server versendet echte E-Mails über seinen SMTP-Server, daher gibt es nichts anzuzeigen.",
    localOnlyTitle: "Nur auf dem Rechner, auf dem Redress läuft",
    localOnly:
      "Das Entwicklungs-Postfach enthält E-Mails anderer Personen; es öffnet sich daher nur in einem Browser auf dem Rechner, auf dem Redress läuft, oder für Administratoren. <signin>Melden Sie sich</signin> als Administrator an, um es von hier aus zu lesen.",
    count_one: "{{count}} E-Mail, neueste zuerst. Wird alle paar Sekunden aktualisiert.",
    count_other: "{{count}} E-Mails, neueste zuerst. Wird alle paar Sekunden aktualisiert.",
    refresh: "Aktualisieren",
    empty:
      "Noch keine E-Mails. Registrieren Sie sich oder senden Sie eine Meldung, dann erscheinen die E-Mails hier.",
    to: "An {{to}} · {{date}}",
    from: "Von {{from}}",
    linksHidden:
      "Ein Link in dieser E-Mail meldet an oder setzt ein Passwort; er wird daher nur Administratoren und dem angemeldeten Empfänger gezeigt.",
  },
);
