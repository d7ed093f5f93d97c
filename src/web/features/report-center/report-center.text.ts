import { defineText } from "../../i18n/text.ts";

/**
 * The Report Center: choosing a kind of report, and finding a report filed without an account.
 * The report types come from the server in English; `types` holds their cards' words by type id, so that
 * the choice reads in the interface language (the English here is the server's own).
 */
export const reportCenterText = defineText(
  {
    title: "Report Center",
    intro:
      "What is wrong? Choose the kind of problem, and we will show you the right form. Each kind goes to the team that handles it, so the right choice makes the decision faster.",
    lostLink: "Reported without an account and lost the private link?",
    findMyReport: "Find my report",
    reporting: "You are reporting",
    useThisFor: "Use this for",
    notFor: "Not for",
    choose: "Choose",
    chooseType: "Choose {{type}}",
    disputeHint: "(open an order dispute)",
    disputeLink: "open an order dispute",
    problemsWithOrder: "Problems with an order",
    ownOrder: {
      title: "A problem with your own order?",
      before:
        "Problem with your own order (not received, not as described, damaged)? That is a dispute, not a report:",
      link: "open a dispute from My Orders",
    },
    backToCenter: "← Report Center",
    find: {
      intro:
        "Reported without an account and lost the private link, or it no longer works? Give the reference of your report and the email you gave with it: we send a new private link to that email.",
      sentTitle: "Check your email",
      sent: "If that reference belongs to that email, we have sent a new private link to it. It may take a few minutes; look in your spam folder too.",
      notSent: "Your request was not sent",
      reference: "Reference",
      referenceHelp: "In your receipt email, e.g. R-7K2M9QXA.",
      referenceInvalid: "Enter the reference as it stands in your receipt, e.g. R-7K2M9QXA.",
      email: "Your email",
      emailHelp: "The one you gave with the report.",
      emailInvalid: "Enter the email address you gave with the report.",
      submit: "Send me a new link",
    },
    types: {
      ip_rights_holder: {
        title: "Intellectual property (rights holder)",
        summary:
          "You own a trademark, patent or design, or act for its owner, and a listing or store infringes it.",
        forWhat: {
          0: "Counterfeits of your own brand",
          1: "Unauthorised use of your trademark",
          2: "Infringement of your patent or design",
        },
        notFor: {
          0: "A fake or replica you saw while shopping (use Listing rules violation)",
          1: "Copied photos or texts (use Copyright)",
          2: "A fake item you bought yourself (open an order dispute)",
        },
      },
      copyright: {
        title: "Copyright infringement",
        summary: "Someone uses your photos, texts, software or other work without permission.",
        forWhat: {
          0: "Your product photos copied",
          1: "Your texts or descriptions copied",
          2: "Pirated software or media",
        },
        notFor: {
          0: "Trademarks, patents or designs (use Intellectual property)",
          1: "Problems with an order",
        },
      },
      listing_violation: {
        title: "Listing rules violation",
        summary:
          "A listing offers prohibited, restricted, counterfeit or replica goods, or breaks the listing rules.",
        forWhat: {
          0: "Counterfeit or replica goods (fakes of a brand), whoever you are",
          1: "Prohibited or restricted goods (weapons, drugs, medicines…)",
          2: "Goods that cannot be delivered",
          3: "Duplicate listings re-published to boost promotion",
          4: "Misleading or hidden prices",
          5: "Asking to pay or deliver outside the marketplace",
        },
        notFor: { 0: "An order that did not arrive or is not as described (open an order dispute)" },
      },
      phishing: {
        title: "Phishing",
        summary: "A message, page or link tries to steal passwords or payment details, or spreads malware.",
        forWhat: {
          0: "Fake login pages",
          1: "Messages asking for your password or card",
          2: "Links that download malware",
        },
        notFor: { 0: "A seller who is rude or slow (leave feedback)", 1: "Problems with an order" },
      },
      suspicious_behavior: {
        title: "Suspicious behaviour or fraud",
        summary: "A fake store, a scam, or someone using other people's photos, personal data or logos.",
        forWhat: { 0: "Fake stores", 1: "Use of others' photos, personal data or logos", 2: "Scams" },
        notFor: {
          0: "Your own order that went wrong (open an order dispute)",
          1: "Counterfeit or replica goods on sale (use Listing rules violation)",
        },
      },
      illegal_promotion: {
        title: "Illegal promotion",
        summary: "Fake orders, rating or review manipulation, feedback extortion, traffic tricks.",
        forWhat: {
          0: "Fake orders",
          1: "Bought or fake reviews",
          2: "Pressure to change your feedback",
          3: "Traffic tricks",
        },
        notFor: { 0: "A fair negative review of your store (reply to it)", 1: "Problems with an order" },
      },
      feedback_abuse: {
        title: "Abusive rating",
        summary:
          "A rating that breaks the feedback rules. Filed from the rating itself, with the rating kept.",
        forWhat: {
          0: "A rating about something other than the order",
          1: "Insults",
          2: "Someone's personal data",
          3: "A competitor's rating",
          4: "A rating used to extort something",
        },
        notFor: { 0: "A fair negative rating of your store (reply to it)", 1: "Problems with an order" },
      },
    },
  },
  {
    title: "Meldezentrum",
    intro:
      "Was stimmt nicht? Wählen Sie die Art des Problems, und wir zeigen Ihnen das passende Formular. Jede Art geht an das zuständige Team – die richtige Wahl beschleunigt die Entscheidung.",
    lostLink: "Ohne Konto gemeldet und den privaten Link verloren?",
    findMyReport: "Meine Meldung finden",
    reporting: "Sie melden",
    useThisFor: "Geeignet für",
    notFor: "Nicht für",
    choose: "Auswählen",
    chooseType: "{{type}} auswählen",
    disputeHint: "(Streitfall zur Bestellung eröffnen)",
    disputeLink: "Streitfall zur Bestellung eröffnen",
    problemsWithOrder: "Probleme mit einer Bestellung",
    ownOrder: {
      title: "Ein Problem mit Ihrer eigenen Bestellung?",
      before:
        "Ein Problem mit Ihrer eigenen Bestellung (nicht erhalten, nicht wie beschrieben, beschädigt)? Das ist ein Streitfall, keine Meldung:",
      link: "Streitfall über „Meine Bestellungen“ eröffnen",
    },
    backToCenter: "← Meldezentrum",
    find: {
      intro:
        "Ohne Konto gemeldet und den privaten Link verloren, oder er funktioniert nicht mehr? Geben Sie die Vorgangsnummer Ihrer Meldung und die dabei angegebene E-Mail-Adresse an: Wir senden einen neuen privaten Link an diese Adresse.",
      sentTitle: "Prüfen Sie Ihr Postfach",
      sent: "Wenn diese Vorgangsnummer zu dieser E-Mail-Adresse gehört, haben wir einen neuen privaten Link dorthin gesendet. Das kann einige Minuten dauern; sehen Sie auch im Spam-Ordner nach.",
      notSent: "Ihre Anfrage wurde nicht gesendet",
      reference: "Vorgangsnummer",
      referenceHelp: "Steht in Ihrer Eingangsbestätigung, z. B. R-7K2M9QXA.",
      referenceInvalid:
        "Geben Sie die Vorgangsnummer so ein, wie sie in Ihrer Eingangsbestätigung steht, z. B. R-7K2M9QXA.",
      email: "Ihre E-Mail-Adresse",
      emailHelp: "Die Adresse, die Sie bei der Meldung angegeben haben.",
      emailInvalid: "Geben Sie die E-Mail-Adresse ein, die Sie bei der Meldung angegeben haben.",
      submit: "Neuen Link senden",
    },
    types: {
      ip_rights_holder: {
        title: "Geistiges Eigentum (Rechteinhaber)",
        summary:
          "Sie besitzen eine Marke, ein Patent oder ein Design oder handeln für den Inhaber, und ein Angebot oder Shop verletzt dieses Recht.",
        forWhat: {
          0: "Fälschungen Ihrer eigenen Marke",
          1: "Unerlaubte Nutzung Ihrer Marke",
          2: "Verletzung Ihres Patents oder Designs",
        },
        notFor: {
          0: "Eine Fälschung oder Replik, die Ihnen beim Einkaufen aufgefallen ist (nutzen Sie „Verstoß gegen Angebotsregeln“)",
          1: "Kopierte Fotos oder Texte (nutzen Sie „Urheberrechtsverletzung“)",
          2: "Eine Fälschung, die Sie selbst gekauft haben (Streitfall zur Bestellung eröffnen)",
        },
      },
      copyright: {
        title: "Urheberrechtsverletzung",
        summary: "Jemand nutzt Ihre Fotos, Texte, Software oder andere Werke ohne Erlaubnis.",
        forWhat: {
          0: "Ihre Produktfotos wurden kopiert",
          1: "Ihre Texte oder Beschreibungen wurden kopiert",
          2: "Raubkopierte Software oder Medien",
        },
        notFor: {
          0: "Marken, Patente oder Designs (nutzen Sie „Geistiges Eigentum“)",
          1: "Probleme mit einer Bestellung",
        },
      },
      listing_violation: {
        title: "Verstoß gegen Angebotsregeln",
        summary:
          "Ein Angebot bietet verbotene, eingeschränkte, gefälschte oder nachgemachte Waren an oder verstößt gegen die Angebotsregeln.",
        forWhat: {
          0: "Gefälschte oder nachgemachte Waren (Fälschungen einer Marke), egal wer Sie sind",
          1: "Verbotene oder eingeschränkte Waren (Waffen, Drogen, Arzneimittel …)",
          2: "Waren, die nicht geliefert werden können",
          3: "Doppelt eingestellte Angebote, um die Werbung zu verstärken",
          4: "Irreführende oder versteckte Preise",
          5: "Aufforderung, außerhalb des Marktplatzes zu zahlen oder zu liefern",
        },
        notFor: {
          0: "Eine Bestellung, die nicht ankam oder nicht der Beschreibung entspricht (Streitfall zur Bestellung eröffnen)",
        },
      },
      phishing: {
        title: "Phishing",
        summary:
          "Eine Nachricht, Seite oder ein Link versucht, Passwörter oder Zahlungsdaten zu stehlen, oder verbreitet Schadsoftware.",
        forWhat: {
          0: "Gefälschte Anmeldeseiten",
          1: "Nachrichten, die nach Ihrem Passwort oder Ihrer Karte fragen",
          2: "Links, die Schadsoftware herunterladen",
        },
        notFor: {
          0: "Ein unhöflicher oder langsamer Verkäufer (geben Sie eine Bewertung ab)",
          1: "Probleme mit einer Bestellung",
        },
      },
      suspicious_behavior: {
        title: "Verdächtiges Verhalten oder Betrug",
        summary:
          "Ein gefälschter Shop, ein Betrug oder jemand, der Fotos, persönliche Daten oder Logos anderer verwendet.",
        forWhat: {
          0: "Gefälschte Shops",
          1: "Verwendung fremder Fotos, persönlicher Daten oder Logos",
          2: "Betrugsmaschen",
        },
        notFor: {
          0: "Ihre eigene Bestellung, bei der etwas schiefging (Streitfall zur Bestellung eröffnen)",
          1: "Angebotene Fälschungen oder Repliken (nutzen Sie „Verstoß gegen Angebotsregeln“)",
        },
      },
      illegal_promotion: {
        title: "Unzulässige Werbung",
        summary:
          "Scheinbestellungen, manipulierte Bewertungen oder Rezensionen, erpresste Bewertungen, Tricks bei den Besucherzahlen.",
        forWhat: {
          0: "Scheinbestellungen",
          1: "Gekaufte oder gefälschte Rezensionen",
          2: "Druck, Ihre Bewertung zu ändern",
          3: "Tricks bei den Besucherzahlen",
        },
        notFor: {
          0: "Eine faire negative Rezension Ihres Shops (antworten Sie darauf)",
          1: "Probleme mit einer Bestellung",
        },
      },
      feedback_abuse: {
        title: "Missbräuchliche Bewertung",
        summary:
          "Eine Bewertung, die gegen die Bewertungsregeln verstößt. Gemeldet an der Bewertung selbst, die mit der Meldung aufbewahrt wird.",
        forWhat: {
          0: "Eine Bewertung, die nicht die Bestellung betrifft",
          1: "Beleidigungen",
          2: "Persönliche Daten einer Person",
          3: "Eine Bewertung durch einen Mitbewerber",
          4: "Eine Bewertung, mit der etwas erpresst wird",
        },
        notFor: {
          0: "Eine faire negative Bewertung Ihres Shops (antworten Sie darauf)",
          1: "Probleme mit einer Bestellung",
        },
      },
    },
  },
);
