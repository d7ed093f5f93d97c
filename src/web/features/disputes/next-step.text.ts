import { defineText } from "../../i18n/text.ts";

/**
 * The next step of a dispute, by the server's codes (`NextStepCode`, `IfNobodyActsCode`), in the words
 * the server writes in English. A sentence that names a side has one text per side, so that German can
 * decline it. Part of the "disputes" namespace, as `nextStep`.
 */
export const nextStepText = defineText(
  {
    step: {
      answer_proposal: {
        buyer:
          "The buyer must accept the seller's proposal ({{proposal}}), make another, or escalate, by {{deadline}}.",
        seller:
          "The seller must accept the buyer's proposal ({{proposal}}), make another, or escalate, by {{deadline}}.",
      },
      mediator_rules:
        "A mediator of the platform reviews both sides' proposals and evidence and rules by {{deadline}} (usually within 48 hours).",
      appeal_under_review:
        "A mediator other than the one who ruled reviews the appeal and the evidence, and rules again (usually within 48 hours).",
      evidence_requested: {
        buyer: "The platform asked the buyer for more evidence.",
        seller: "The platform asked the seller for more evidence.",
      },
      ship_return:
        "The buyer ships the items back and enters the carrier and tracking number by {{deadline}}.",
      confirm_return: "The seller confirms that the return arrived, by {{deadline}}.",
      withdrawn: "The buyer withdrew the dispute.",
      withdrawn_reopenable: {
        until: "The buyer withdrew the dispute and may reopen it once, until {{date}}.",
        anytime: "The buyer withdrew the dispute and may reopen it once.",
      },
      resolved: "Resolved: {{outcome}}.",
      resolved_appealable:
        "Resolved: {{outcome}}. The ruling may be appealed once; a different mediator then decides.",
    },
    ifNobody: {
      escalates: "If nobody agrees by {{deadline}}, the dispute goes to the platform, which decides.",
      proposal_carried_out: {
        buyer: "If the buyer does not answer by {{deadline}}, {{proposal}} is carried out.",
        seller: "If the seller does not answer by {{deadline}}, {{proposal}} is carried out.",
      },
      platform_decides: "If none arrives by then, the platform decides on what it has.",
      closes_without_refund:
        "If the buyer does not ship by {{deadline}}, the dispute closes without a refund.",
      refund_carried_out: "If the seller does not confirm by {{deadline}}, {{refund}} is carried out.",
      ruling_stands: "If nobody appeals by then, the ruling stands.",
    },
    given: {
      refund: "the refund of {{money}}",
      partial_refund: "the partial refund of {{money}}",
      return_and_refund: "the return of the items and the refund of {{money}}",
      rejected: "no refund",
      proposal: "the proposal",
    },
  },
  {
    step: {
      answer_proposal: {
        buyer:
          "Der Käufer muss bis {{deadline}} den Vorschlag des Verkäufers ({{proposal}}) annehmen, einen eigenen machen oder an die Plattform übergeben.",
        seller:
          "Der Verkäufer muss bis {{deadline}} den Vorschlag des Käufers ({{proposal}}) annehmen, einen eigenen machen oder an die Plattform übergeben.",
      },
      mediator_rules:
        "Ein Schlichter der Plattform prüft die Vorschläge und Nachweise beider Seiten und entscheidet bis {{deadline}} (meist innerhalb von 48 Stunden).",
      appeal_under_review:
        "Ein anderer Schlichter als der, der entschieden hat, prüft den Widerspruch und die Nachweise und entscheidet neu (meist innerhalb von 48 Stunden).",
      evidence_requested: {
        buyer: "Die Plattform hat den Käufer um weitere Nachweise gebeten.",
        seller: "Die Plattform hat den Verkäufer um weitere Nachweise gebeten.",
      },
      ship_return:
        "Der Käufer schickt die Artikel zurück und gibt bis {{deadline}} den Versanddienstleister und die Sendungsnummer an.",
      confirm_return: "Der Verkäufer bestätigt bis {{deadline}}, dass die Rücksendung angekommen ist.",
      withdrawn: "Der Käufer hat den Streitfall zurückgezogen.",
      withdrawn_reopenable: {
        until:
          "Der Käufer hat den Streitfall zurückgezogen und kann ihn bis {{date}} einmal wieder eröffnen.",
        anytime: "Der Käufer hat den Streitfall zurückgezogen und kann ihn einmal wieder eröffnen.",
      },
      resolved: "Gelöst: {{outcome}}.",
      resolved_appealable:
        "Gelöst: {{outcome}}. Gegen die Entscheidung kann einmal Widerspruch eingelegt werden; dann entscheidet ein anderer Schlichter.",
    },
    ifNobody: {
      escalates:
        "Einigt sich niemand bis {{deadline}}, geht der Streitfall an die Plattform, die entscheidet.",
      proposal_carried_out: {
        buyer: "Antwortet der Käufer nicht bis {{deadline}}, wird {{proposal}} umgesetzt.",
        seller: "Antwortet der Verkäufer nicht bis {{deadline}}, wird {{proposal}} umgesetzt.",
      },
      platform_decides:
        "Kommt bis dahin nichts, entscheidet die Plattform auf Grundlage dessen, was ihr vorliegt.",
      closes_without_refund:
        "Verschickt der Käufer die Rücksendung nicht bis {{deadline}}, endet der Streitfall ohne Erstattung.",
      refund_carried_out: "Bestätigt der Verkäufer nicht bis {{deadline}}, wird {{refund}} umgesetzt.",
      ruling_stands: "Legt bis dahin niemand Widerspruch ein, bleibt es bei der Entscheidung.",
    },
    given: {
      refund: "die Erstattung von {{money}}",
      partial_refund: "die Teilerstattung von {{money}}",
      return_and_refund: "die Rücksendung der Artikel und die Erstattung von {{money}}",
      rejected: "keine Erstattung",
      proposal: "der Vorschlag",
    },
  },
);
