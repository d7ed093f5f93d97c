import { defineText } from "../../i18n/text.ts";

/** The home page: what Redress is, how a report goes, and where order problems belong. */
export const homeText = defineText(
  {
    title: "Report a problem with a listing or a store",
    intro:
      "Redress is the marketplace's report center. Tell us about counterfeits, prohibited goods, scams, phishing or fake reviews. Moderators review every report, act on the listing or store, and tell you what they decided. The seller never learns who reported, unless you choose to tell them.",
    reportProblem: "Report a problem",
    browseShop: "Browse the demo shop",
    howItWorks: "How it works",
    steps: {
      choose: {
        title: "Choose what is wrong",
        text: "Counterfeits, copied photos, prohibited goods, phishing, fraud or fake reviews: each has its own form.",
      },
      tell: {
        title: "Tell us and attach evidence",
        text: "Paste the link, describe the problem in any language and add up to 10 files as proof.",
      },
      follow: {
        title: "Follow the decision",
        text: "You get a reference number at once. Our teams decide within 48 hours and tell you the outcome.",
      },
    },
    ownOrder: {
      title: "A problem with your own order?",
      text: "If an order did not arrive, is not as described, or arrived damaged, that is a dispute with the seller, not a report. Open it from your order: the seller has 5 days to answer, and the platform decides if you cannot agree.",
      action: "Open a dispute from My Orders",
    },
  },
  {
    title: "Ein Problem mit einem Angebot oder Shop melden",
    intro:
      "Redress ist das Meldezentrum des Marktplatzes. Melden Sie uns Fälschungen, verbotene Waren, Betrug, Phishing oder gefälschte Bewertungen. Unser Moderationsteam prüft jede Meldung, geht gegen das Angebot oder den Shop vor und teilt Ihnen die Entscheidung mit. Der Verkäufer erfährt nie, wer gemeldet hat – es sei denn, Sie möchten es ihm sagen.",
    reportProblem: "Problem melden",
    browseShop: "Demo-Shop ansehen",
    howItWorks: "So funktioniert es",
    steps: {
      choose: {
        title: "Wählen Sie, was nicht stimmt",
        text: "Fälschungen, kopierte Fotos, verbotene Waren, Phishing, Betrug oder gefälschte Bewertungen: Für alles gibt es ein eigenes Formular.",
      },
      tell: {
        title: "Beschreiben Sie es und fügen Sie Belege bei",
        text: "Fügen Sie den Link ein, beschreiben Sie das Problem in einer beliebigen Sprache und hängen Sie bis zu 10 Dateien als Nachweis an.",
      },
      follow: {
        title: "Verfolgen Sie die Entscheidung",
        text: "Sie erhalten sofort eine Vorgangsnummer. Unsere Teams entscheiden innerhalb von 48 Stunden und teilen Ihnen das Ergebnis mit.",
      },
    },
    ownOrder: {
      title: "Ein Problem mit Ihrer eigenen Bestellung?",
      text: "Wenn eine Bestellung nicht angekommen ist, nicht der Beschreibung entspricht oder beschädigt ankam, ist das ein Streitfall mit dem Verkäufer, keine Meldung. Eröffnen Sie ihn über Ihre Bestellung: Der Verkäufer hat 5 Tage Zeit zu antworten, und die Plattform entscheidet, wenn Sie sich nicht einigen.",
      action: "Streitfall über „Meine Bestellungen“ eröffnen",
    },
  },
);
