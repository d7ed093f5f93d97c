import { defineText } from "../../i18n/text.ts";

/** Counter-notices: a seller contests an IP removal, the rights holder replies, IP Protection decides. */
export const counterNoticesText = defineText(
  {
    attempt: "Counter-notice {{attempt}} of {{max}}",
    status: {
      awaiting_reply: "Waiting for the rights holder",
      awaiting_decision: "Waiting for IP Protection",
      reinstated: "Listing reinstated",
      kept: "Kept removed",
    },
    cite: { you: "— you", holder: "— the rights holder", seller: "— the seller", ip: "— IP Protection" },
    item: {
      sent: "Sent <time>{{date}}</time>",
      mayReply: "The rights holder may reply until <time>{{date}}</time>; then IP Protection decides.",
      noReply: "The rights holder did not reply in time.",
      reinstated: "Decision: your listing is back on the marketplace.",
      kept: "Decision: the listing stays removed.",
    },
    seller: {
      title: "Counter-notices",
      intro:
        "Believe the rights holder is wrong? File a counter-notice: the first within {{first}} business days of the decision, a 2nd and 3rd within {{later}} business days; at most {{max}}. The rights holder may reply within 3 business days, then IP Protection decides whether your listing comes back.",
      loadFailed: "Could not load your counter-notices",
      list: "Your counter-notices",
      fileTitle: "File a counter-notice",
      fileTitleAttempt: "File a counter-notice (attempt {{attempt}})",
      fileBy: "File by <time>{{date}}</time>.",
      label: "Why the listing does not infringe",
      help: "Between 30 and 5000 characters. E.g. the goods are genuine (say where you bought them), you have a licence, or the right does not cover them.",
      submit: "Send counter-notice",
      failed: "Your counter-notice was not sent",
      sentTitle: "Counter-notice sent",
      sent: "The rights holder may reply within 3 business days; then IP Protection decides.",
      blocked: {
        reversed: "The decision was reversed: there is nothing to contest.",
        pending: "Your counter-notice is being handled. You can file another once it is decided.",
        tooMany: "You have filed the {{max}} counter-notices a complaint takes.",
        reinstated: "Your listing was reinstated: there is nothing left to contest.",
        tooLate: "The time for a counter-notice ended on {{date}}.",
      },
      refusals: {
        counter_notice_pending: "Your earlier counter-notice is still being handled",
        counter_notice_too_late: "The time for a counter-notice has passed",
        counter_notice_too_many: "No more counter-notices",
        not_ip_removal: "This complaint cannot be answered with a counter-notice",
      },
    },
    holder: {
      title: "The seller disputes your complaint",
      intro:
        "The seller filed a counter-notice: it says the removed listing does not infringe your right. Here is its statement.",
      replyBy: "Reply by <time>{{date}}</time> (3 business days).",
      afterwards:
        "IP Protection then decides whether the listing comes back or stays removed, with or without your reply. You and the seller are told the outcome and the reasons.",
      label: "Your reply",
      help: "Between 20 and 5000 characters. Say why the listing still infringes your right, e.g. what shows it is not genuine.",
      submit: "Send reply",
      failed: "Your reply was not sent",
      sentTitle: "Reply sent",
      sent: "IP Protection will decide on the counter-notice. We will email you the outcome.",
      refusals: {
        no_counter_notice: "There is nothing to reply to",
        reply_too_late: "The time to reply has passed",
      },
    },
    console: {
      title: "Counter-notices",
      intro:
        "Sellers contest IP removals with a counter-notice; the rights holder has 3 business days to reply. Those listed here have the reply, or ran out of time. Reinstate the listing, or keep it removed, and say why: both sides read your reasons. Oldest first.",
      loadFailed: "Could not load the counter-notices",
      none: "No counter-notice waits for a decision.",
      label: "Counter-notices to decide",
      line: "Counter-notice {{attempt}} of {{max}} · filed <time>{{date}}</time> ·",
      openCase: "Open the case",
      statement: "The seller's statement",
      reply: "The rights holder's reply",
      noReply: "No reply in time (due {{date}}).",
      reasons: "Reasons",
      reasonsHelp:
        "At least 20 characters, sent to the seller and the rights holder. Reinstating undoes the removal and counts as overturned in the rights holder's record.",
      notDecided: "The counter-notice was not decided",
      keep: "Keep it removed",
      reinstate: "Reinstate the listing",
      reinstatedTitle: "Listing reinstated",
      keptTitle: "Listing kept removed",
      told: "“{{title}}”: the seller and the rights holder are told, with your reasons.",
    },
  },
  {
    attempt: "Gegendarstellung {{attempt}} von {{max}}",
    status: {
      awaiting_reply: "Wartet auf den Rechteinhaber",
      awaiting_decision: "Wartet auf das Team Schutzrechte",
      reinstated: "Angebot wiederhergestellt",
      kept: "Bleibt entfernt",
    },
    cite: {
      you: "– Sie",
      holder: "– der Rechteinhaber",
      seller: "– der Verkäufer",
      ip: "– Team Schutzrechte",
    },
    item: {
      sent: "Gesendet <time>{{date}}</time>",
      mayReply:
        "Der Rechteinhaber kann bis <time>{{date}}</time> antworten; danach entscheidet das Team Schutzrechte.",
      noReply: "Der Rechteinhaber hat nicht rechtzeitig geantwortet.",
      reinstated: "Entscheidung: Ihr Angebot ist wieder auf dem Marktplatz.",
      kept: "Entscheidung: Das Angebot bleibt entfernt.",
    },
    seller: {
      title: "Gegendarstellungen",
      intro:
        "Sie meinen, der Rechteinhaber irrt? Reichen Sie eine Gegendarstellung ein: die erste innerhalb von {{first}} Werktagen nach der Entscheidung, eine 2. und 3. innerhalb von {{later}} Werktagen; höchstens {{max}}. Der Rechteinhaber kann innerhalb von 3 Werktagen antworten, dann entscheidet das Team Schutzrechte, ob Ihr Angebot zurückkommt.",
      loadFailed: "Ihre Gegendarstellungen konnten nicht geladen werden",
      list: "Ihre Gegendarstellungen",
      fileTitle: "Gegendarstellung einreichen",
      fileTitleAttempt: "Gegendarstellung einreichen ({{attempt}}. Versuch)",
      fileBy: "Einreichen bis <time>{{date}}</time>.",
      label: "Warum das Angebot keine Rechte verletzt",
      help: "Zwischen 30 und 5000 Zeichen. Z. B. die Ware ist echt (nennen Sie Ihre Bezugsquelle), Sie haben eine Lizenz, oder das Recht erfasst sie nicht.",
      submit: "Gegendarstellung senden",
      failed: "Ihre Gegendarstellung wurde nicht gesendet",
      sentTitle: "Gegendarstellung gesendet",
      sent: "Der Rechteinhaber kann innerhalb von 3 Werktagen antworten; danach entscheidet das Team Schutzrechte.",
      blocked: {
        reversed: "Die Entscheidung wurde aufgehoben: Es gibt nichts anzufechten.",
        pending:
          "Ihre Gegendarstellung wird bearbeitet. Sobald darüber entschieden ist, können Sie eine weitere einreichen.",
        tooMany: "Sie haben die {{max}} Gegendarstellungen eingereicht, die pro Beschwerde möglich sind.",
        reinstated: "Ihr Angebot wurde wiederhergestellt: Es gibt nichts mehr anzufechten.",
        tooLate: "Die Frist für eine Gegendarstellung endete am {{date}}.",
      },
      refusals: {
        counter_notice_pending: "Ihre frühere Gegendarstellung wird noch bearbeitet",
        counter_notice_too_late: "Die Frist für eine Gegendarstellung ist abgelaufen",
        counter_notice_too_many: "Keine weiteren Gegendarstellungen möglich",
        not_ip_removal: "Auf diese Beschwerde ist keine Gegendarstellung möglich",
      },
    },
    holder: {
      title: "Der Verkäufer bestreitet Ihre Beschwerde",
      intro:
        "Der Verkäufer hat eine Gegendarstellung eingereicht: Er sagt, das entfernte Angebot verletze Ihr Recht nicht. Hier ist seine Darstellung.",
      replyBy: "Antworten Sie bis <time>{{date}}</time> (3 Werktage).",
      afterwards:
        "Danach entscheidet das Team Schutzrechte, ob das Angebot zurückkommt oder entfernt bleibt – mit oder ohne Ihre Antwort. Sie und der Verkäufer erfahren das Ergebnis und die Gründe.",
      label: "Ihre Antwort",
      help: "Zwischen 20 und 5000 Zeichen. Sagen Sie, warum das Angebot Ihr Recht weiterhin verletzt, z. B. was zeigt, dass es nicht echt ist.",
      submit: "Antwort senden",
      failed: "Ihre Antwort wurde nicht gesendet",
      sentTitle: "Antwort gesendet",
      sent: "Das Team Schutzrechte entscheidet über die Gegendarstellung. Wir schreiben Ihnen das Ergebnis.",
      refusals: {
        no_counter_notice: "Es gibt nichts zu beantworten",
        reply_too_late: "Die Frist für eine Antwort ist abgelaufen",
      },
    },
    console: {
      title: "Gegendarstellungen",
      intro:
        "Verkäufer fechten Entfernungen wegen Schutzrechten mit einer Gegendarstellung an; der Rechteinhaber hat 3 Werktage für eine Antwort. Hier stehen die, zu denen eine Antwort vorliegt oder deren Frist abgelaufen ist. Stellen Sie das Angebot wieder her oder lassen Sie es entfernt und begründen Sie es: Beide Seiten lesen Ihre Begründung. Älteste zuerst.",
      loadFailed: "Die Gegendarstellungen konnten nicht geladen werden",
      none: "Keine Gegendarstellung wartet auf eine Entscheidung.",
      label: "Zu entscheidende Gegendarstellungen",
      line: "Gegendarstellung {{attempt}} von {{max}} · eingereicht <time>{{date}}</time> ·",
      openCase: "Fall öffnen",
      statement: "Die Darstellung des Verkäufers",
      reply: "Die Antwort des Rechteinhabers",
      noReply: "Keine rechtzeitige Antwort (fällig {{date}}).",
      reasons: "Begründung",
      reasonsHelp:
        "Mindestens 20 Zeichen, wird an den Verkäufer und den Rechteinhaber gesendet. Die Wiederherstellung macht die Entfernung rückgängig und zählt in der Bilanz des Rechteinhabers als aufgehoben.",
      notDecided: "Über die Gegendarstellung wurde nicht entschieden",
      keep: "Entfernt lassen",
      reinstate: "Angebot wiederherstellen",
      reinstatedTitle: "Angebot wiederhergestellt",
      keptTitle: "Angebot bleibt entfernt",
      told: "„{{title}}“: Verkäufer und Rechteinhaber werden mit Ihrer Begründung informiert.",
    },
  },
);
