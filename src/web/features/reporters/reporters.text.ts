import { defineText } from "../../i18n/text.ts";

/** A reporter's record, warning and suspension, the appeal of a suspension, and its console page. */
export const reportersText = defineText(
  {
    record: {
      loadFailed: "Could not load your record",
      title: "Your record as a reporter",
      since: "Reports decided since {{date}} (the last 3 months).",
      upheld: "Upheld",
      upheldNote: "{{upheld}} of {{decided}} decided reports led to action",
      overturned: "Overturned",
      overturnedNote: "{{count}} reinstated after the seller’s counter-notice",
      decided: "Decided",
      decidedNote: "reports decided in these 3 months",
      noneDecided: "None of your reports was decided in the last 3 months.",
      perKind: "Record per kind of report",
      kind: "Kind of report",
      standingTitle: "Your standing",
      fastLane: "Good-faith fast lane",
      trustedFlagger: "Trusted flagger: {{name}}",
      standardLane: "Your reports are handled in the standard lane.",
      lanes:
        "The good-faith fast lane puts your reports first in the queue. You are in it while, over the last 3 months, at least 10 of your reports were decided, at least 90 % of them were upheld and at most 5 % were overturned by a counter-notice. Once out, you can come back after 3 months. Trusted flaggers are organisations designated by the marketplace (EU Digital Services Act, Article 22); their reports are handled first.",
    },
    notice: {
      howToContest:
        "If you think one of your reports was judged wrongly, open it under “Sent” and use “Appeal this decision” (within 6 months of the decision): a colleague who did not take the decision reviews it and tells you the outcome with the reasons.",
      suspendedTitle: "Your reports are suspended",
      suspended:
        "Until <time>{{date}}</time> we do not process new reports from you, because after a warning another of your reports was manifestly unfounded (EU Digital Services Act, Article 23). Your earlier reports are still handled.",
      warnedTitle: "You have been warned about unfounded reports",
      warned:
        "Several of your recent reports were manifestly unfounded: they reported things that plainly break no law and none of our rules. One more, and we suspend the processing of your reports for 30 days.",
    },
    appeal: {
      status: {
        pending: "Your appeal of the suspension is under review by a senior moderator.",
        lifted: "Your appeal succeeded: the suspension was lifted.",
        kept: "Your appeal was reviewed: the suspension stays.",
      },
      sent: "Sent <time>{{date}}</time>",
      reasons: " — Reasons: {{reason}}",
      label: "Why should the suspension be lifted?",
      help: "A senior moderator who did not mark your reports reviews your appeal. You can appeal once per suspension.",
      submit: "Appeal the suspension",
      failed: "Your appeal was not sent",
      alreadyAppealed: "You already appealed this suspension",
      notSuspended: "Your reports are not suspended",
    },
    console: {
      title: "Suspension appeals",
      intro:
        "Reporters whose reports were suspended for repeated manifestly unfounded reports may appeal once. Lift the suspension, or keep it, and say why. Only senior moderators and admins decide these.",
      loadFailed: "Could not load the appeals",
      none: "No suspended reporter has appealed.",
      suspendedUntil: "Suspended until {{until}} · appealed {{at}}",
      decision: "Your decision",
      lift: "Lift the suspension",
      keep: "Keep the suspension",
      reasons: "Reasons (sent to the reporter)",
      submit: "Decide the suspension appeal",
      decided: "Decided",
      told: "We told {{email}}.",
    },
  },
  {
    record: {
      loadFailed: "Ihre Bilanz konnte nicht geladen werden",
      title: "Ihre Bilanz als meldende Person",
      since: "Seit {{date}} entschiedene Meldungen (die letzten 3 Monate).",
      upheld: "Bestätigt",
      upheldNote: "{{upheld}} von {{decided}} entschiedenen Meldungen führten zu Maßnahmen",
      overturned: "Aufgehoben",
      overturnedNote: "{{count}} nach Gegendarstellung des Verkäufers wiederhergestellt",
      decided: "Entschieden",
      decidedNote: "Meldungen in diesen 3 Monaten entschieden",
      noneDecided: "In den letzten 3 Monaten wurde keine Ihrer Meldungen entschieden.",
      perKind: "Bilanz nach Art der Meldung",
      kind: "Art der Meldung",
      standingTitle: "Ihr Status",
      fastLane: "Vorrang bei gutem Glauben",
      trustedFlagger: "Vertrauenswürdiger Hinweisgeber: {{name}}",
      standardLane: "Ihre Meldungen werden in der normalen Reihenfolge bearbeitet.",
      lanes:
        "Der Vorrang bei gutem Glauben stellt Ihre Meldungen an den Anfang der Warteschlange. Sie erhalten ihn, solange in den letzten 3 Monaten mindestens 10 Ihrer Meldungen entschieden, mindestens 90 % davon bestätigt und höchstens 5 % durch eine Gegendarstellung aufgehoben wurden. Verlieren Sie ihn, können Sie ihn nach 3 Monaten wiedererlangen. Vertrauenswürdige Hinweisgeber sind vom Marktplatz benannte Organisationen (EU-Gesetz über digitale Dienste, Artikel 22); ihre Meldungen werden vorrangig bearbeitet.",
    },
    notice: {
      howToContest:
        "Wenn Sie meinen, dass eine Ihrer Meldungen falsch beurteilt wurde, öffnen Sie sie unter „Gesendet“ und nutzen Sie „Widerspruch gegen diese Entscheidung“ (innerhalb von 6 Monaten nach der Entscheidung): Eine Kollegin oder ein Kollege, die oder der nicht entschieden hat, prüft sie und teilt Ihnen das Ergebnis mit Begründung mit.",
      suspendedTitle: "Ihre Meldungen sind gesperrt",
      suspended:
        "Bis <time>{{date}}</time> bearbeiten wir keine neuen Meldungen von Ihnen, weil nach einer Verwarnung eine weitere Ihrer Meldungen offensichtlich unbegründet war (EU-Gesetz über digitale Dienste, Artikel 23). Ihre früheren Meldungen werden weiter bearbeitet.",
      warnedTitle: "Sie wurden wegen unbegründeter Meldungen verwarnt",
      warned:
        "Mehrere Ihrer letzten Meldungen waren offensichtlich unbegründet: Sie betrafen Dinge, die eindeutig gegen kein Gesetz und keine unserer Regeln verstoßen. Bei einer weiteren setzen wir die Bearbeitung Ihrer Meldungen für 30 Tage aus.",
    },
    appeal: {
      status: {
        pending: "Ihr Widerspruch gegen die Sperre wird von einem leitenden Moderator geprüft.",
        lifted: "Ihr Widerspruch war erfolgreich: Die Sperre wurde aufgehoben.",
        kept: "Ihr Widerspruch wurde geprüft: Die Sperre bleibt bestehen.",
      },
      sent: "Gesendet <time>{{date}}</time>",
      reasons: " – Begründung: {{reason}}",
      label: "Warum sollte die Sperre aufgehoben werden?",
      help: "Ein leitender Moderator, der Ihre Meldungen nicht bewertet hat, prüft Ihren Widerspruch. Sie können einmal pro Sperre Widerspruch einlegen.",
      submit: "Widerspruch gegen die Sperre einlegen",
      failed: "Ihr Widerspruch wurde nicht gesendet",
      alreadyAppealed: "Sie haben gegen diese Sperre bereits Widerspruch eingelegt",
      notSuspended: "Ihre Meldungen sind nicht gesperrt",
    },
    console: {
      title: "Widersprüche gegen Sperren",
      intro:
        "Meldende, deren Meldungen wegen wiederholt offensichtlich unbegründeter Meldungen gesperrt wurden, können einmal Widerspruch einlegen. Heben Sie die Sperre auf oder behalten Sie sie bei und begründen Sie es. Darüber entscheiden nur leitende Moderatoren und Administratoren.",
      loadFailed: "Die Widersprüche konnten nicht geladen werden",
      none: "Keine gesperrte meldende Person hat Widerspruch eingelegt.",
      suspendedUntil: "Gesperrt bis {{until}} · Widerspruch am {{at}}",
      decision: "Ihre Entscheidung",
      lift: "Sperre aufheben",
      keep: "Sperre beibehalten",
      reasons: "Begründung (wird an die meldende Person gesendet)",
      submit: "Über den Widerspruch entscheiden",
      decided: "Entschieden",
      told: "Wir haben {{email}} informiert.",
    },
  },
);
