import { defineText } from "../i18n/text.ts";

/** The frame of every page: header, navigation, account actions, footer, "page not found". */
export const appText = defineText(
  {
    skipToContent: "Skip to main content",
    home: "Redress home",
    openMenu: "Open menu",
    closeMenu: "Close menu",
    menu: "Menu",
    footer: "Redress — open-source report center for online marketplaces.",
    devMailbox: "Development mailbox",
    language: "Language",
    nav: {
      label: "Main",
      reportCenter: "Report Center",
      shop: "Demo shop",
      myReports: "My Reports",
      myOrders: "My Orders",
      myDisputes: "My Disputes",
      rights: "IP rights",
      console: "Console",
      admin: "Admin",
    },
    account: {
      checking: "Checking whether you are signed in",
      signedOut: "You are signed out.",
      signOutFailed: "Could not sign out",
      signOut: "Sign out",
      signIn: "Sign in",
      signUp: "Sign up",
    },
    notFound: {
      title: "Page not found",
      text: "There is nothing at this address. It may have moved, or the link may be mistyped.",
      home: "Go to the home page",
    },
  },
  {
    skipToContent: "Zum Hauptinhalt springen",
    home: "Redress-Startseite",
    openMenu: "Menü öffnen",
    closeMenu: "Menü schließen",
    menu: "Menü",
    footer: "Redress — quelloffenes Meldezentrum für Online-Marktplätze.",
    devMailbox: "Entwicklungs-Postfach",
    language: "Sprache",
    nav: {
      label: "Hauptnavigation",
      reportCenter: "Meldezentrum",
      shop: "Demo-Shop",
      // Short, so that a signed-in header keeps to one line at 1280 px; the pages' titles say "Meine …".
      myReports: "Meldungen",
      myOrders: "Bestellungen",
      myDisputes: "Streitfälle",
      rights: "Schutzrechte",
      console: "Konsole",
      admin: "Verwaltung",
    },
    account: {
      checking: "Anmeldestatus wird geprüft",
      signedOut: "Sie sind abgemeldet.",
      signOutFailed: "Abmelden fehlgeschlagen",
      signOut: "Abmelden",
      signIn: "Anmelden",
      signUp: "Registrieren",
    },
    notFound: {
      title: "Seite nicht gefunden",
      text: "Unter dieser Adresse gibt es nichts. Die Seite wurde vielleicht verschoben, oder der Link ist falsch geschrieben.",
      home: "Zur Startseite",
    },
  },
);
