import { defineText } from "../../i18n/text.ts";

/** The demo shop: stores, listings, and what a decision on them means for a buyer. */
export const shopText = defineText(
  {
    title: "Demo shop",
    intro:
      "A small marketplace to try Redress on. Open a listing or a store and use “Report this item” or “Report this store”.",
    nothingForSale:
      "Nothing here is for sale. Some listings break the rules on purpose, so that you can report them.",
    stores: "Stores",
    listings: "Listings",
    noListings: "There are no listings here yet.",
    noStores: "There are no stores yet.",
    moreStores: "More stores",
    listingCount_one: "{{count}} listing",
    listingCount_other: "{{count}} listings",
    noLongerForSale: "No longer for sale",
    listingStatus: { removed: "Removed", demoted: "Demoted", restricted: "Restricted" },
    storeStatus: { closed: "Closed", frozen: "Frozen" },
    listing: {
      pageTitle: "Listing",
      loadFailed: "Could not load this listing",
      soldBy: "Sold by",
      somethingWrong: "Something wrong with this listing? Counterfeit, prohibited, a scam?",
      report: "Report this item",
      ratingLink:
        "You followed a link to a rating of this item. The store's ratings, this one among them while it is shown, are on <store>the store's page</store>.",
    },
    store: {
      pageTitle: "Store",
      loadFailed: "Could not load this store",
      closed: "This store was closed for breaking the marketplace rules.",
      frozen: "This store is frozen for now: it cannot sell until the freeze ends.",
      report: "Report this store",
      listings: "Listings of this store",
    },
    notice: {
      removedTitle: "This listing was removed",
      removed:
        "It broke the marketplace rules and can no longer be bought. It was already decided on, so it cannot be reported again.",
      notAvailableIn: "Not available in {{country}}",
      restrictedTitle: "Restricted in some countries",
      someCountries: "some countries",
      restricted:
        "After a decision of the marketplace, buyers in {{where}} cannot see or order this listing.",
      hiddenHere: "You cannot order it from where you are.",
      elsewhere: "Elsewhere it stays on sale.",
      demotedTitle: "This listing was demoted",
      demoted:
        "After a decision of the marketplace it stays on sale, but it is shown lower in search results and is no longer promoted.",
    },
  },
  {
    title: "Demo-Shop",
    intro:
      "Ein kleiner Marktplatz zum Ausprobieren von Redress. Öffnen Sie ein Angebot oder einen Shop und nutzen Sie „Diesen Artikel melden“ oder „Diesen Shop melden“.",
    nothingForSale:
      "Hier wird nichts wirklich verkauft. Manche Angebote verstoßen absichtlich gegen die Regeln, damit Sie sie melden können.",
    stores: "Shops",
    listings: "Angebote",
    noListings: "Hier gibt es noch keine Angebote.",
    noStores: "Es gibt noch keine Shops.",
    moreStores: "Weitere Shops",
    listingCount_one: "{{count}} Angebot",
    listingCount_other: "{{count}} Angebote",
    noLongerForSale: "Nicht mehr erhältlich",
    listingStatus: { removed: "Entfernt", demoted: "Herabgestuft", restricted: "Eingeschränkt" },
    storeStatus: { closed: "Geschlossen", frozen: "Gesperrt" },
    listing: {
      pageTitle: "Angebot",
      loadFailed: "Dieses Angebot konnte nicht geladen werden",
      soldBy: "Verkauft von",
      somethingWrong: "Stimmt etwas mit diesem Angebot nicht? Fälschung, verbotene Ware, Betrug?",
      report: "Diesen Artikel melden",
      ratingLink:
        "Sie sind einem Link zu einer Bewertung dieses Artikels gefolgt. Die Bewertungen des Shops, solange sie sichtbar ist auch diese, finden Sie auf <store>der Seite des Shops</store>.",
    },
    store: {
      pageTitle: "Shop",
      loadFailed: "Dieser Shop konnte nicht geladen werden",
      closed: "Dieser Shop wurde wegen Verstößen gegen die Marktplatzregeln geschlossen.",
      frozen: "Dieser Shop ist vorübergehend gesperrt: Bis zum Ende der Sperre kann er nichts verkaufen.",
      report: "Diesen Shop melden",
      listings: "Angebote dieses Shops",
    },
    notice: {
      removedTitle: "Dieses Angebot wurde entfernt",
      removed:
        "Es hat gegen die Marktplatzregeln verstoßen und kann nicht mehr gekauft werden. Darüber wurde bereits entschieden, daher kann es nicht erneut gemeldet werden.",
      notAvailableIn: "Nicht verfügbar in: {{country}}",
      restrictedTitle: "In einigen Ländern eingeschränkt",
      someCountries: "einigen Ländern",
      restricted:
        "Nach einer Entscheidung des Marktplatzes können Käufer in {{where}} dieses Angebot weder sehen noch bestellen.",
      hiddenHere: "Von Ihrem Standort aus können Sie es nicht bestellen.",
      elsewhere: "Anderswo bleibt es erhältlich.",
      demotedTitle: "Dieses Angebot wurde herabgestuft",
      demoted:
        "Nach einer Entscheidung des Marktplatzes bleibt es erhältlich, wird aber in den Suchergebnissen weiter unten angezeigt und nicht mehr beworben.",
    },
  },
);
