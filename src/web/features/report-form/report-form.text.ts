import { defineText } from "../../i18n/text.ts";

/**
 * The report form: the link, the description, evidence, contact and agreement, what the link leads to,
 * the IP complaint's gate, and why a report was not sent. A type's own fields (labels, help, options) are
 * worded by id in `reportFields`; the type's title and summary are the Report Center's, by id.
 */
export const reportFormText = defineText(
  {
    page: {
      title: "Report",
      titleOf: "Report: {{type}}",
      back: "← All kinds of report",
      unknownTitle: "This kind of report does not exist",
      unknown: "Go back to the Report Center and choose the kind of problem you want to report.",
      handledBy: "Handled by",
    },
    requiredNote: "Fields marked with * are required. Press the “?” beside a field for help.",
    sections: {
      what: "What are you reporting?",
      happened: "Tell us what happened",
      you: "About you",
    },
    targets: {
      manyLabel: "Links to the listings or stores",
      manyDescription: "One link per line, up to {{max}}.",
      oneLabel: "Link to the listing or store",
      required: "Give the link to what you report.",
      onlyOne: "This kind of report takes one link. Send one report per listing or store.",
      tooMany: "At most {{max}} links in one complaint (you gave {{given}}).",
      line: "Line {{line}}: {{message}}",
      notALink: "Enter a full link starting with http:// or https://.",
      twice: "This link is listed twice (also line {{line}}).",
    },
    csv: {
      button: "Import links from a CSV file",
      help: "Every cell holding an http(s) link is added once; other cells are skipped. Up to {{max}} links.",
      fileTooLarge: "This file is larger than {{mb}} MB. Is it really a list of links?",
      imported_one: "{{count}} link imported{{skipped}}.",
      imported_other: "{{count}} links imported{{skipped}}.",
      alreadyListed: " ({{count}} already listed)",
      noLinks: "No links found in this file. Put one http:// or https:// link per cell.",
      fileTooMany:
        "The file has {{found}} links; one complaint takes at most {{max}}. Split it into several complaints.",
      totalTooMany:
        "With the {{current}} links already listed that makes {{total}}; one complaint takes at most {{max}}.",
    },
    card: {
      lookingUp: "Looking up this link",
      listingYouReport: "The listing you report",
      storeYouReport: "The store you report",
      listing: "Listing",
      store: "Store",
      soldBy: "Sold by {{store}}",
      listings_one: "{{count}} listing",
      listings_other: "{{count}} listings",
      removed: "Already removed: there is nothing left to report here",
      closed: "This store is already closed",
    },
    duplicate: {
      title: "You already reported this",
      text: "Your report <report>{{reference}}</report> about the same thing with the same kind of report is still open, so a second one would not be taken. Follow it, and answer the moderator there if asked, in My Reports.",
    },
    detail: {
      chooseOne: "Choose one",
      chooseMany: "Choose one or more",
      required: "This field is required.",
      requiredSelect: "Please choose one of the options.",
      requiredMultiselect: "Please choose at least one option.",
      requiredCheckbox: "Please confirm this statement.",
    },
    description: {
      label: "What is wrong?",
      help: "Say what the problem is and how you know, in your own words and in any language. Facts help the moderators most: what you saw, where, and when.",
      counterShort: "{{length}} / {{max}} characters — at least {{min}}.",
      counter: "{{length}} / {{max}} characters.",
    },
    evidence: {
      label: "Evidence files",
      help: "Screenshots, photos, invoices, certificates or letters that show the problem. {{limits}}",
    },
    contact: {
      email: "Your email",
      emailHelpPrivate:
        "We send the receipt and the outcome of your report to this address. It is never shown to the seller.",
      emailHelpGuest:
        "We send the receipt, the private link to follow your report and its outcome to this address. The seller sees it only if you choose so below.",
      accountEmail: "The email of your account. You may use another one for this report.",
      emailRequired: "Enter your email address so that we can tell you the outcome.",
    },
    identity: {
      rightsOwner:
        "The seller sees the name of the owner of the right you pick, as it stands in your IP vault, so that it can answer the complaint. Your email address and your account are not shown to the seller.",
      showName: "Show my name to the seller",
      showEmail: "Show my email address to the seller",
      showNameHelp:
        "Off by default: the seller reads only “A member of the marketplace”. Turn it on if you want the seller to see the name of your account, for example to settle the matter directly. Moderators always see who reported.",
      showEmailHelp:
        "Off by default: the seller reads only “A member of the marketplace”. Turn it on if you want the seller to see the email address you gave above, for example to settle the matter directly. Moderators always see who reported.",
    },
    agreement: {
      label:
        "I confirm that the information in this report is accurate and complete, and I file it in good faith.",
      help: "Reports must be truthful. Reports that are knowingly false may lead to a warning and, if repeated, to your reports not being processed for a while.",
    },
    send: "Send report",
    sending: "Sending your report…",
    notSent: "The report was not sent.",
    unreadableAnswer: "The report was sent, but the answer could not be read. Check My Reports.",
    needRight: {
      title: "IP complaints need a right verified in your IP vault",
      signedIn:
        "This form is for owners of a trademark, patent or design (or their agents). You have no verified, valid IP right yet. Register it in your IP vault; IP Protection checks it against its certificate, usually within two working days.",
      guest:
        "This form is for owners of a trademark, patent or design (or their agents). Sign in with the account that holds your verified rights. New to Redress? Create an account and register your rights in the IP vault first.",
      signIn: "Sign in",
      register: "Register your rights in the IP vault",
      notOwner: "Not the brand owner?",
      otherWays:
        "Saw a fake or a replica while shopping? Anyone can <counterfeit>report counterfeit or replica goods</counterfeit>. Bought one yourself? That is a problem with your order: <dispute>open an order dispute</dispute>.",
      loadFailed: "Could not load your IP rights",
    },
    submitError: {
      titles: {
        invalid_input: "Some fields need your attention",
        duplicate_report: "You already reported this",
        rate_limited: "Too many reports for now",
        unsupported_file_type: "A file was not accepted",
        file_too_large: "A file is too large",
        payload_too_large: "The report is too large",
        too_many_files: "Too many files",
        target_not_found: "A link was not recognised",
        target_foreign_site: "A link points to another website",
        network_error: "The report was not sent",
        reporting_suspended: "Your reports are suspended for now",
      },
      otherTitle: "The report was not sent",
      checkFields: "Please check the fields marked in red below.",
      stillOpen:
        "Your report <report>{{reference}}</report> about the same thing is still open. You can follow it in My Reports.",
      stillOpenGuest:
        "Your report <strong>{{reference}}</strong> about the same thing is still open. Follow it with the private link in the receipt email we sent you.",
      formKept: "Your form is kept: wait a little and press “Send report” again.",
      seeRecord: "See why, and until when, in <record>My Reports → My record</record>.",
    },
  },
  {
    page: {
      title: "Meldung",
      titleOf: "Meldung: {{type}}",
      back: "← Alle Meldearten",
      unknownTitle: "Diese Meldeart gibt es nicht",
      unknown:
        "Gehen Sie zurück zum Meldezentrum und wählen Sie die Art des Problems, das Sie melden möchten.",
      handledBy: "Bearbeitet von",
    },
    requiredNote:
      "Mit * markierte Felder sind Pflichtfelder. Drücken Sie auf das „?“ neben einem Feld, um Hilfe zu erhalten.",
    sections: {
      what: "Was melden Sie?",
      happened: "Schildern Sie, was passiert ist",
      you: "Über Sie",
    },
    targets: {
      manyLabel: "Links zu den Angeboten oder Shops",
      manyDescription: "Ein Link pro Zeile, höchstens {{max}}.",
      oneLabel: "Link zum Angebot oder Shop",
      required: "Geben Sie den Link zu dem an, was Sie melden.",
      onlyOne: "Diese Meldeart nimmt einen Link. Senden Sie eine Meldung pro Angebot oder Shop.",
      tooMany: "Höchstens {{max}} Links pro Beschwerde (Sie haben {{given}} angegeben).",
      line: "Zeile {{line}}: {{message}}",
      notALink: "Geben Sie einen vollständigen Link ein, der mit http:// oder https:// beginnt.",
      twice: "Dieser Link steht doppelt in der Liste (auch in Zeile {{line}}).",
    },
    csv: {
      button: "Links aus einer CSV-Datei importieren",
      help: "Jede Zelle mit einem http(s)-Link wird einmal übernommen; andere Zellen werden übersprungen. Höchstens {{max}} Links.",
      fileTooLarge: "Diese Datei ist größer als {{mb}} MB. Ist es wirklich eine Liste von Links?",
      imported_one: "{{count}} Link importiert{{skipped}}.",
      imported_other: "{{count}} Links importiert{{skipped}}.",
      alreadyListed: " ({{count}} bereits vorhanden)",
      noLinks:
        "In dieser Datei wurden keine Links gefunden. Setzen Sie einen http://- oder https://-Link pro Zelle.",
      fileTooMany:
        "Die Datei enthält {{found}} Links; eine Beschwerde nimmt höchstens {{max}}. Teilen Sie sie auf mehrere Beschwerden auf.",
      totalTooMany:
        "Mit den {{current}} bereits aufgeführten Links wären es {{total}}; eine Beschwerde nimmt höchstens {{max}}.",
    },
    card: {
      lookingUp: "Link wird nachgeschlagen",
      listingYouReport: "Das Angebot, das Sie melden",
      storeYouReport: "Der Shop, den Sie melden",
      listing: "Angebot",
      store: "Shop",
      soldBy: "Verkauft von {{store}}",
      listings_one: "{{count}} Angebot",
      listings_other: "{{count}} Angebote",
      removed: "Bereits entfernt: Hier gibt es nichts mehr zu melden",
      closed: "Dieser Shop ist bereits geschlossen",
    },
    duplicate: {
      title: "Sie haben dies bereits gemeldet",
      text: "Ihre Meldung <report>{{reference}}</report> zur selben Sache und mit derselben Meldeart ist noch offen, daher würde eine zweite nicht angenommen. Verfolgen Sie sie unter „Meine Meldungen“ und antworten Sie dort dem Moderator, falls er nachfragt.",
    },
    detail: {
      chooseOne: "Bitte auswählen",
      chooseMany: "Eine oder mehrere auswählen",
      required: "Dieses Feld ist erforderlich.",
      requiredSelect: "Bitte wählen Sie eine der Optionen.",
      requiredMultiselect: "Bitte wählen Sie mindestens eine Option.",
      requiredCheckbox: "Bitte bestätigen Sie diese Aussage.",
    },
    description: {
      label: "Was stimmt nicht?",
      help: "Beschreiben Sie das Problem und woher Sie davon wissen – mit eigenen Worten und in jeder Sprache. Tatsachen helfen den Moderatoren am meisten: was Sie gesehen haben, wo und wann.",
      counterShort: "{{length}} / {{max}} Zeichen – mindestens {{min}}.",
      counter: "{{length}} / {{max}} Zeichen.",
    },
    evidence: {
      label: "Belegdateien",
      help: "Screenshots, Fotos, Rechnungen, Zertifikate oder Schreiben, die das Problem zeigen. {{limits}}",
    },
    contact: {
      email: "Ihre E-Mail-Adresse",
      emailHelpPrivate:
        "Wir senden die Eingangsbestätigung und das Ergebnis Ihrer Meldung an diese Adresse. Sie wird dem Verkäufer nie angezeigt.",
      emailHelpGuest:
        "Wir senden die Eingangsbestätigung, den privaten Link zum Verfolgen Ihrer Meldung und ihr Ergebnis an diese Adresse. Der Verkäufer sieht sie nur, wenn Sie das unten wählen.",
      accountEmail: "Die E-Mail-Adresse Ihres Kontos. Sie können für diese Meldung auch eine andere angeben.",
      emailRequired: "Geben Sie Ihre E-Mail-Adresse an, damit wir Ihnen das Ergebnis mitteilen können.",
    },
    identity: {
      rightsOwner:
        "Der Verkäufer sieht den Namen des Inhabers des gewählten Schutzrechts, wie er unter Ihren Schutzrechten steht, damit er auf die Beschwerde antworten kann. Ihre E-Mail-Adresse und Ihr Konto werden dem Verkäufer nicht angezeigt.",
      showName: "Meinen Namen dem Verkäufer zeigen",
      showEmail: "Meine E-Mail-Adresse dem Verkäufer zeigen",
      showNameHelp:
        "Standardmäßig aus: Der Verkäufer liest nur „Ein Mitglied des Marktplatzes“. Schalten Sie es ein, wenn der Verkäufer den Namen Ihres Kontos sehen soll, etwa um die Sache direkt zu klären. Moderatoren sehen immer, wer gemeldet hat.",
      showEmailHelp:
        "Standardmäßig aus: Der Verkäufer liest nur „Ein Mitglied des Marktplatzes“. Schalten Sie es ein, wenn der Verkäufer die oben angegebene E-Mail-Adresse sehen soll, etwa um die Sache direkt zu klären. Moderatoren sehen immer, wer gemeldet hat.",
    },
    agreement: {
      label:
        "Ich bestätige, dass die Angaben in dieser Meldung zutreffend und vollständig sind, und reiche sie in gutem Glauben ein.",
      help: "Meldungen müssen wahrheitsgemäß sein. Wissentlich falsche Meldungen können zu einer Verwarnung führen und im Wiederholungsfall dazu, dass Ihre Meldungen eine Zeit lang nicht bearbeitet werden.",
    },
    send: "Meldung senden",
    sending: "Ihre Meldung wird gesendet …",
    notSent: "Die Meldung wurde nicht gesendet.",
    unreadableAnswer:
      "Die Meldung wurde gesendet, aber die Antwort konnte nicht gelesen werden. Sehen Sie unter „Meine Meldungen“ nach.",
    needRight: {
      title: "Für Schutzrechtsbeschwerden brauchen Sie ein geprüftes Schutzrecht unter „Schutzrechte“",
      signedIn:
        "Dieses Formular ist für Inhaber einer Marke, eines Patents oder eines Designs (oder deren Vertreter). Sie haben noch kein geprüftes, gültiges Schutzrecht. Registrieren Sie es unter „Schutzrechte“; das Team Schutzrechte prüft es anhand der Urkunde, meist innerhalb von zwei Werktagen.",
      guest:
        "Dieses Formular ist für Inhaber einer Marke, eines Patents oder eines Designs (oder deren Vertreter). Melden Sie sich mit dem Konto an, das Ihre geprüften Schutzrechte enthält. Neu bei Redress? Erstellen Sie zuerst ein Konto und registrieren Sie Ihre Schutzrechte.",
      signIn: "Anmelden",
      register: "Schutzrechte registrieren",
      notOwner: "Nicht der Markeninhaber?",
      otherWays:
        "Beim Einkaufen eine Fälschung oder Replik gesehen? Jeder kann <counterfeit>gefälschte oder nachgemachte Waren melden</counterfeit>. Selbst eine gekauft? Das ist ein Problem mit Ihrer Bestellung: <dispute>Streitfall zur Bestellung eröffnen</dispute>.",
      loadFailed: "Ihre Schutzrechte konnten nicht geladen werden",
    },
    submitError: {
      titles: {
        invalid_input: "Einige Felder brauchen Ihre Aufmerksamkeit",
        duplicate_report: "Sie haben dies bereits gemeldet",
        rate_limited: "Vorerst zu viele Meldungen",
        unsupported_file_type: "Eine Datei wurde nicht angenommen",
        file_too_large: "Eine Datei ist zu groß",
        payload_too_large: "Die Meldung ist zu groß",
        too_many_files: "Zu viele Dateien",
        target_not_found: "Ein Link wurde nicht erkannt",
        target_foreign_site: "Ein Link führt zu einer anderen Website",
        network_error: "Die Meldung wurde nicht gesendet",
        reporting_suspended: "Ihre Meldungen sind vorübergehend gesperrt",
      },
      otherTitle: "Die Meldung wurde nicht gesendet",
      checkFields: "Bitte prüfen Sie die unten rot markierten Felder.",
      stillOpen:
        "Ihre Meldung <report>{{reference}}</report> zur selben Sache ist noch offen. Sie können sie unter „Meine Meldungen“ verfolgen.",
      stillOpenGuest:
        "Ihre Meldung <strong>{{reference}}</strong> zur selben Sache ist noch offen. Verfolgen Sie sie über den privaten Link in der Eingangsbestätigung, die wir Ihnen gesendet haben.",
      formKept:
        "Ihr Formular bleibt erhalten: Warten Sie kurz und drücken Sie dann erneut auf „Meldung senden“.",
      seeRecord: "Warum und bis wann, sehen Sie unter <record>Meine Meldungen → Meine Bilanz</record>.",
    },
  },
);
