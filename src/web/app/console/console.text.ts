import { defineText } from "../../i18n/text.ts";

/** The frame of the moderation console: who may enter, the way back, the way to the disputes queue. */
export const consoleText = defineText(
  {
    signInTo: "use the moderation console",
    staffOnlyTitle: "This page is for staff",
    staffOnly: "The moderation console is open to moderators and admins only.",
    goToMyReports: "Go to My Reports",
    back: "← Moderation console",
    disputes: "Disputes",
  },
  {
    signInTo: "die Moderationskonsole zu nutzen",
    staffOnlyTitle: "Diese Seite ist für Mitarbeitende",
    staffOnly: "Die Moderationskonsole steht nur Moderatoren und Administratoren offen.",
    goToMyReports: "Zu „Meine Meldungen“",
    back: "← Moderationskonsole",
    disputes: "Streitfälle",
  },
);
