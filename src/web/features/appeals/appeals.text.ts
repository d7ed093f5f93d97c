import { defineText } from "../../i18n/text.ts";

/** Appeals: a reporter's or seller's appeal of a decision, its status, and the console's review of it. */
export const appealsText = defineText(
  {
    appellant: { reporter: "Reporter", seller: "Seller", author: "Author" },
    byAppellant: { reporter: "By the reporter", seller: "By the seller", author: "By the author" },
    filedBy: {
      reporter: "Filed by the reporter on <time>{{date}}</time>.",
      seller: "Filed by the seller on <time>{{date}}</time>.",
      author: "Filed by its author on <time>{{date}}</time>.",
    },
    citeAppellant: { reporter: "— the reporter", seller: "— the seller", author: "— the author" },
    status: { pending: "To decide", upheld: "Upheld", reversed: "Reversed" },
    noAction: "No action",
    noActionWith: "No action — {{reason}}",
    actionTaken: "Action taken",
    actionTakenWith: "Action taken — {{actions}}",
    headings: {
      pending: "Appeal under review",
      upheld: "Appeal decided: the decision stands",
      reversed: "Appeal succeeded: the decision was reversed",
    },
    badge: { pending: "Under review", upheld: "Upheld", reversed: "Reversed" },
    card: {
      sent: "Appeal sent <time>{{date}}</time>",
      decided: " · decided <time>{{date}}</time>",
      pending:
        "A member of staff who did not take the decision reviews your appeal. You will be told the outcome and the reasons, here and by email.",
      upheld: "The reviewer confirmed the decision. Each decision can be appealed once.",
      reviewer: "— the reviewer",
    },
    refusals: {
      already_appealed: "You already appealed this decision",
      appeal_too_late: "It is too late to appeal",
      nothing_to_appeal: "There is nothing to appeal",
      not_decided: "There is no decision to appeal yet",
    },
    form: {
      label: "Why should the decision change?",
      evidenceLabel: "Evidence files (optional)",
      evidenceHelp: "Documents, screenshots or photos that support your appeal; only Redress staff see them.",
      reporterReversed:
        "The case was reopened: a moderator decides it again, and you will be told the new outcome.",
      titleOne: "Appeal this decision",
      titleMany: "Appeal the decision on a link",
      intro:
        "Think we got it wrong? A member of staff who did not take the decision reviews your appeal. Each link's decision can be appealed once.",
      introUntil:
        "Think we got it wrong? A member of staff who did not take the decision reviews your appeal. Each link's decision can be appealed once, this one until {{date}}.",
      link: "Link you appeal about",
      linkHelp_one: "{{count}} of your links got no action and can still be appealed.",
      linkHelp_other: "{{count}} of your links got no action and can still be appealed.",
      help: "Between 20 and 5000 characters. Say what was missed or misjudged, as precisely as you can.",
      submit: "Send appeal",
      failed: "Your appeal was not sent",
      sentTitle: "Appeal sent",
      sent: "A colleague of the moderator will review it. We will email you the outcome.",
      yourAppeals: "Your appeals",
      sellerTitle: "Appeal the decision",
      sellerIntro:
        "A member of staff who did not take the decision reviews your appeal; if it succeeds, every restriction is undone. You can appeal once, until {{date}}.",
      sellerHelp:
        "Between 20 and 5000 characters. Refer to the statement of reasons: which facts or grounds are wrong, and why.",
      sellerReversed:
        "The restrictions of the decision were undone: a removed listing is back, a frozen store is open again, a strike is withdrawn.",
      ratingReversed:
        "The decision was undone: your rating is shown again and counts in the store's figures.",
    },
    console: {
      title: "Appeals",
      intro:
        "Reporters and sellers may appeal a decision once, within 6 months. Someone other than the author of the decision reviews it: appeals of your own decisions are not listed here.",
      tabs: {
        pendingEmpty: "No appeal waits for you.",
        upheldEmpty: "No appeal has been upheld yet.",
        reversedEmpty: "No decision has been reversed on appeal yet.",
      },
      appealOf: "Appeal of: {{decision}}",
      line: "{{department}} · appealed {{date}} · decided by {{name}}",
      loadFailed: "Could not load the appeals",
      back: "← Appeals",
      loadOneFailed: "Could not load this appeal",
      pageTitle: "Appeal: {{title}}",
      kicker: "Appeal · {{department}}",
      theAppeal: "The appeal",
      evidence: "Evidence sent with the appeal",
      underAppeal: "The decision under appeal",
      actions: "Actions of the decision",
      facts: "Facts and circumstances",
      decidedBy: "Decided by {{name}} · <time>{{date}}</time>",
      caseStatus: "Case status:",
      openCase: "Open the case",
      outcomeTitle: "Decision on the appeal",
      wasReversed: "The decision was reversed.",
      wasUpheld: "The decision was upheld.",
      reasonsCite: "— reasons sent to both sides",
      notYoursTitle: "Not yours to decide",
      notYours: "You made this decision; a colleague reviews the appeal.",
    },
    decide: {
      title: "Your decision on the appeal",
      outcome: "Outcome",
      chooseOutcome: "Choose to uphold or to reverse the decision.",
      uphold: "Uphold the decision",
      upholdHelp: "The decision stands as it is.",
      reverse: "Reverse the decision",
      reverseActed:
        "Its enforcement is undone: the listing comes back, strikes are removed, the store is unfrozen.",
      reverseShown: {
        feedback: "The rating is shown again, and counts in the figures again.",
        message: "The message is shown again.",
      },
      reverseReopens: "The case reopens for a new decision.",
      reasons: "Reasons (sent to both sides)",
      reasonsHelp: "At least 20 characters. The reporters and the seller read them: no personal data.",
      notDecided: "The appeal was not decided",
      submit: "Decide appeal",
      reversedTitle: "Decision reversed",
      upheldTitle: "Decision upheld",
      bothTold: "Both sides are told, with your reasons.",
    },
  },
  {
    appellant: { reporter: "Meldende Person", seller: "Verkäufer", author: "Verfassende Person" },
    byAppellant: {
      reporter: "Von der meldenden Person",
      seller: "Vom Verkäufer",
      author: "Von der verfassenden Person",
    },
    filedBy: {
      reporter: "Von der meldenden Person eingelegt am <time>{{date}}</time>.",
      seller: "Vom Verkäufer eingelegt am <time>{{date}}</time>.",
      author: "Von der verfassenden Person eingelegt am <time>{{date}}</time>.",
    },
    citeAppellant: {
      reporter: "– die meldende Person",
      seller: "– der Verkäufer",
      author: "– die verfassende Person",
    },
    status: { pending: "Zu entscheiden", upheld: "Bestätigt", reversed: "Aufgehoben" },
    noAction: "Keine Maßnahme",
    noActionWith: "Keine Maßnahme – {{reason}}",
    actionTaken: "Maßnahme ergriffen",
    actionTakenWith: "Maßnahme ergriffen – {{actions}}",
    headings: {
      pending: "Widerspruch wird geprüft",
      upheld: "Über den Widerspruch entschieden: Die Entscheidung bleibt bestehen",
      reversed: "Widerspruch erfolgreich: Die Entscheidung wurde aufgehoben",
    },
    badge: { pending: "In Prüfung", upheld: "Bestätigt", reversed: "Aufgehoben" },
    card: {
      sent: "Widerspruch gesendet <time>{{date}}</time>",
      decided: " · entschieden <time>{{date}}</time>",
      pending:
        "Eine Mitarbeiterin oder ein Mitarbeiter, die oder der nicht entschieden hat, prüft Ihren Widerspruch. Sie erfahren das Ergebnis und die Gründe hier und per E-Mail.",
      upheld:
        "Die Prüfung hat die Entscheidung bestätigt. Gegen jede Entscheidung ist nur ein Widerspruch möglich.",
      reviewer: "– die prüfende Person",
    },
    refusals: {
      already_appealed: "Sie haben gegen diese Entscheidung bereits Widerspruch eingelegt",
      appeal_too_late: "Für einen Widerspruch ist es zu spät",
      nothing_to_appeal: "Es gibt nichts, wogegen Sie Widerspruch einlegen könnten",
      not_decided: "Es gibt noch keine Entscheidung, gegen die Sie Widerspruch einlegen könnten",
    },
    form: {
      label: "Warum sollte sich die Entscheidung ändern?",
      evidenceLabel: "Belegdateien (optional)",
      evidenceHelp:
        "Dokumente, Screenshots oder Fotos, die Ihren Widerspruch stützen; nur Mitarbeitende von Redress sehen sie.",
      reporterReversed:
        "Der Fall wurde wieder eröffnet: Ein Moderator entscheidet neu, und Sie erfahren das neue Ergebnis.",
      titleOne: "Widerspruch gegen diese Entscheidung",
      titleMany: "Widerspruch gegen die Entscheidung zu einem Link",
      intro:
        "Sie meinen, wir haben falsch entschieden? Eine Mitarbeiterin oder ein Mitarbeiter, die oder der nicht entschieden hat, prüft Ihren Widerspruch. Gegen die Entscheidung zu jedem Link ist ein Widerspruch möglich.",
      introUntil:
        "Sie meinen, wir haben falsch entschieden? Eine Mitarbeiterin oder ein Mitarbeiter, die oder der nicht entschieden hat, prüft Ihren Widerspruch. Gegen die Entscheidung zu jedem Link ist ein Widerspruch möglich, bei diesem bis {{date}}.",
      link: "Link, um den es im Widerspruch geht",
      linkHelp_one:
        "{{count}} Ihrer Links führte zu keiner Maßnahme; dagegen ist noch ein Widerspruch möglich.",
      linkHelp_other:
        "{{count}} Ihrer Links führten zu keiner Maßnahme; dagegen ist noch ein Widerspruch möglich.",
      help: "Zwischen 20 und 5000 Zeichen. Sagen Sie so genau wie möglich, was übersehen oder falsch beurteilt wurde.",
      submit: "Widerspruch senden",
      failed: "Ihr Widerspruch wurde nicht gesendet",
      sentTitle: "Widerspruch gesendet",
      sent: "Eine Kollegin oder ein Kollege des Moderators prüft ihn. Wir schreiben Ihnen das Ergebnis.",
      yourAppeals: "Ihre Widersprüche",
      sellerTitle: "Widerspruch gegen die Entscheidung",
      sellerIntro:
        "Eine Mitarbeiterin oder ein Mitarbeiter, die oder der nicht entschieden hat, prüft Ihren Widerspruch; ist er erfolgreich, werden alle Einschränkungen aufgehoben. Sie können einmal Widerspruch einlegen, bis {{date}}.",
      sellerHelp:
        "Zwischen 20 und 5000 Zeichen. Beziehen Sie sich auf die Begründung: welche Tatsachen oder Gründe falsch sind und warum.",
      sellerReversed:
        "Die Einschränkungen der Entscheidung wurden aufgehoben: Ein entferntes Angebot ist zurück, ein gesperrter Shop wieder offen, ein Verwarnungspunkt zurückgenommen.",
      ratingReversed:
        "Die Entscheidung wurde aufgehoben: Ihre Bewertung wird wieder gezeigt und zählt in den Kennzahlen des Shops.",
    },
    console: {
      title: "Widersprüche",
      intro:
        "Meldende und Verkäufer können gegen eine Entscheidung einmal innerhalb von 6 Monaten Widerspruch einlegen. Geprüft wird er von jemand anderem als der Person, die entschieden hat: Widersprüche gegen Ihre eigenen Entscheidungen stehen nicht hier.",
      tabs: {
        pendingEmpty: "Kein Widerspruch wartet auf Sie.",
        upheldEmpty: "Noch keine Entscheidung wurde im Widerspruch bestätigt.",
        reversedEmpty: "Noch keine Entscheidung wurde im Widerspruch aufgehoben.",
      },
      appealOf: "Widerspruch gegen: {{decision}}",
      line: "{{department}} · Widerspruch am {{date}} · entschieden von {{name}}",
      loadFailed: "Die Widersprüche konnten nicht geladen werden",
      back: "← Widersprüche",
      loadOneFailed: "Dieser Widerspruch konnte nicht geladen werden",
      pageTitle: "Widerspruch: {{title}}",
      kicker: "Widerspruch · {{department}}",
      theAppeal: "Der Widerspruch",
      evidence: "Mit dem Widerspruch gesendete Belege",
      underAppeal: "Die angefochtene Entscheidung",
      actions: "Maßnahmen der Entscheidung",
      facts: "Tatsachen und Umstände",
      decidedBy: "Entschieden von {{name}} · <time>{{date}}</time>",
      caseStatus: "Status des Falls:",
      openCase: "Fall öffnen",
      outcomeTitle: "Entscheidung über den Widerspruch",
      wasReversed: "Die Entscheidung wurde aufgehoben.",
      wasUpheld: "Die Entscheidung wurde bestätigt.",
      reasonsCite: "– an beide Seiten gesendete Begründung",
      notYoursTitle: "Nicht Ihre Entscheidung",
      notYours:
        "Sie haben diese Entscheidung getroffen; eine Kollegin oder ein Kollege prüft den Widerspruch.",
    },
    decide: {
      title: "Ihre Entscheidung über den Widerspruch",
      outcome: "Ergebnis",
      chooseOutcome: "Wählen Sie, ob die Entscheidung bestätigt oder aufgehoben wird.",
      uphold: "Entscheidung bestätigen",
      upholdHelp: "Die Entscheidung bleibt, wie sie ist.",
      reverse: "Entscheidung aufheben",
      reverseActed:
        "Ihre Durchsetzung wird rückgängig gemacht: Das Angebot kommt zurück, Verwarnungspunkte werden entfernt, der Shop wird entsperrt.",
      reverseShown: {
        feedback: "Die Bewertung wird wieder angezeigt und zählt wieder in den Zahlen.",
        message: "Die Nachricht wird wieder angezeigt.",
      },
      reverseReopens: "Der Fall wird für eine neue Entscheidung wieder eröffnet.",
      reasons: "Begründung (wird an beide Seiten gesendet)",
      reasonsHelp: "Mindestens 20 Zeichen. Meldende und Verkäufer lesen sie: keine personenbezogenen Daten.",
      notDecided: "Über den Widerspruch wurde nicht entschieden",
      submit: "Über den Widerspruch entscheiden",
      reversedTitle: "Entscheidung aufgehoben",
      upheldTitle: "Entscheidung bestätigt",
      bothTold: "Beide Seiten werden mit Ihrer Begründung informiert.",
    },
  },
);
