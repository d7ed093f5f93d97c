import { defineText } from "../../i18n/text.ts";

/**
 * The report types' own words on the form, by type id and field name: where the link points to
 * (`targetHelp`), and each field's label, help and option labels. The server sends them in English with
 * the types; the English here is the server's own, checked against the contract by the test beside this
 * file, so that the form reads in the interface language. A field the web has no words for yet keeps the
 * server's English (see `field-words.ts`).
 */
export const reportFieldsText = defineText(
  {
    ip_rights_holder: {
      targetHelp: "Links to the listings or stores that infringe your right, one per line (up to 300).",
      fields: {
        rightId: {
          label: "Your IP right",
          help: "Pick one of your verified rights. Register rights once under IP rights; IP Protection verifies them before you can use them.",
        },
        reasonCode: {
          label: "Reason",
          help: "What the listings do with your right.",
          options: {
            counterfeit: "Sells counterfeits of my brand",
            trademark_misuse: "Uses my trademark in its title, images or description",
            patent_infringement: "Infringes my patent",
            design_infringement: "Copies my registered design",
          },
        },
      },
    },
    copyright: {
      targetHelp: "The link to the listing or store that uses your work.",
      fields: {
        workKind: {
          label: "What was copied",
          help: "The kind of work that is used without your permission.",
          options: {
            photos: "Photos or images",
            text: "Texts",
            software: "Software",
            media: "Music, video or books",
            other: "Other work",
          },
        },
        originalWork: {
          label: "Your original work",
          help: "A link to the original, or a short description of it (where and when it was first published).",
        },
        goodFaith: {
          label:
            "I believe in good faith that this use is not authorised by the owner, its agent or the law.",
          help: "Required by law for copyright notices.",
        },
        accurate: {
          label:
            "The information in this notice is accurate, and I am the owner or authorised to act for the owner.",
          help: "Required by law for copyright notices.",
        },
        signature: {
          label: "Signature (type your full name)",
          help: "Your typed full name serves as your signature.",
        },
      },
    },
    listing_violation: {
      targetHelp: "The link to the listing (or the store) that breaks the rules.",
      fields: {
        violation: {
          label: "Which rule it breaks",
          help: "Pick the rule the listing breaks. “Counterfeit or replica goods” is for fakes of a brand that anyone may report; if you own the brand, the IP complaint lets you act on your verified right.",
          options: {
            counterfeit: "Counterfeit or replica goods",
            prohibited_goods: "Prohibited or restricted goods",
            undeliverable_goods: "Goods that cannot be delivered",
            duplicate_listing: "Duplicate re-publication to boost promotion",
            misleading_price: "Misleading or hidden price",
            off_platform: "Payment or delivery outside the marketplace",
          },
        },
        prohibitedCategory: {
          label: "Category of goods",
          help: "Which kind of prohibited or restricted goods the listing offers.",
          options: {
            firearms_weapons: "Firearms and weapons",
            explosives_flammables_poisons: "Explosives, flammables, poisons",
            prescription_medicines: "Prescription and restricted medicines",
            software_licences_malware: "Software licences and malware",
            narcotics: "Narcotics",
            adult_materials: "Adult materials",
            protected_plants_animals: "Protected plants and animals",
            other: "Other prohibited or restricted goods",
          },
        },
      },
    },
    phishing: {
      targetHelp: "The link to the listing or store where you met it.",
      fields: {
        suspiciousLink: {
          label: "The suspicious link",
          help: "Copy the link exactly, but do not open it again. It may point to any website.",
        },
        channel: {
          label: "Where it came from",
          help: "How the suspicious link or request reached you.",
          options: {
            message: "A marketplace message",
            email: "An email",
            listing: "A listing or store page",
            other: "Somewhere else",
          },
        },
        receivedOn: {
          label: "Date received",
          help: "When you received it, if you know.",
        },
      },
    },
    suspicious_behavior: {
      targetHelp: "The link to the store or listing involved.",
      fields: {
        behavior: {
          label: "What happened",
          help: "The kind of behaviour you noticed.",
          options: {
            fake_store: "A fake store",
            stolen_photos: "Uses other people's photos",
            personal_data: "Uses other people's personal data",
            logo_misuse: "Uses logos it has no right to",
            scam: "A scam",
            other: "Something else",
          },
        },
        happenedOn: {
          label: "When it happened",
          help: "The date you noticed it, if you know.",
        },
      },
    },
    illegal_promotion: {
      targetHelp: "The link to the store or listing that is promoted illegally.",
      fields: {
        scheme: {
          label: "Kind of promotion",
          help: "What the seller does to promote itself.",
          options: {
            fake_orders: "Fake orders",
            rating_manipulation: "Rating manipulation",
            review_manipulation: "Bought or fake reviews",
            feedback_extortion: "Feedback extortion",
            traffic_tricks: "Traffic tricks",
            other: "Something else",
          },
        },
        orderNumber: {
          label: "Related order number",
          help: "If it concerns one of your orders (e.g. pressure to change feedback), its number.",
        },
      },
    },
    feedback_abuse: {
      targetHelp: "The rating, as its “Report” button gives it.",
      fields: {
        reason: {
          label: "Why it breaks the rules",
          help: "What is wrong with the rating.",
          options: {
            unrelated: "It is not about the order",
            insulting: "It insults someone",
            personal_data: "It shows someone's personal data",
            competitor: "A competitor wrote it",
            extortion: "It is used to extort something",
          },
        },
      },
    },
  },
  {
    ip_rights_holder: {
      targetHelp: "Links zu den Angeboten oder Shops, die Ihr Recht verletzen, einer pro Zeile (bis zu 300).",
      fields: {
        rightId: {
          label: "Ihr Schutzrecht",
          help: "Wählen Sie eines Ihrer geprüften Schutzrechte. Registrieren Sie Ihre Rechte einmal unter „Schutzrechte“; das Team Schutzrechte prüft sie, bevor Sie sie nutzen können.",
        },
        reasonCode: {
          label: "Grund",
          help: "Was die Angebote mit Ihrem Recht tun.",
          options: {
            counterfeit: "Verkauft Fälschungen meiner Marke",
            trademark_misuse: "Nutzt meine Marke in Titel, Bildern oder Beschreibung",
            patent_infringement: "Verletzt mein Patent",
            design_infringement: "Kopiert mein eingetragenes Design",
          },
        },
      },
    },
    copyright: {
      targetHelp: "Der Link zu dem Angebot oder Shop, in dem Ihr Werk genutzt wird.",
      fields: {
        workKind: {
          label: "Was kopiert wurde",
          help: "Die Art des Werks, das ohne Ihre Erlaubnis genutzt wird.",
          options: {
            photos: "Fotos oder Bilder",
            text: "Texte",
            software: "Software",
            media: "Musik, Videos oder Bücher",
            other: "Anderes Werk",
          },
        },
        originalWork: {
          label: "Ihr Originalwerk",
          help: "Ein Link zum Original oder eine kurze Beschreibung davon (wo und wann es zuerst veröffentlicht wurde).",
        },
        goodFaith: {
          label:
            "Ich bin in gutem Glauben überzeugt, dass diese Nutzung weder vom Rechteinhaber noch von seinem Vertreter noch durch das Gesetz erlaubt ist.",
          help: "Für Urheberrechtsmeldungen gesetzlich vorgeschrieben.",
        },
        accurate: {
          label:
            "Die Angaben in dieser Meldung sind richtig, und ich bin der Rechteinhaber oder berechtigt, für ihn zu handeln.",
          help: "Für Urheberrechtsmeldungen gesetzlich vorgeschrieben.",
        },
        signature: {
          label: "Unterschrift (geben Sie Ihren vollständigen Namen ein)",
          help: "Ihr eingegebener vollständiger Name gilt als Ihre Unterschrift.",
        },
      },
    },
    listing_violation: {
      targetHelp: "Der Link zum Angebot (oder zum Shop), das gegen die Regeln verstößt.",
      fields: {
        violation: {
          label: "Gegen welche Regel es verstößt",
          help: "Wählen Sie die Regel, gegen die das Angebot verstößt. „Gefälschte oder nachgemachte Waren“ gilt für Fälschungen einer Marke, die jeder melden darf; gehört Ihnen die Marke, gehen Sie mit der Schutzrechtsbeschwerde auf Grundlage Ihres geprüften Rechts vor.",
          options: {
            counterfeit: "Gefälschte oder nachgemachte Waren",
            prohibited_goods: "Verbotene oder eingeschränkte Waren",
            undeliverable_goods: "Waren, die nicht geliefert werden können",
            duplicate_listing: "Doppelt eingestellt, um die Werbung zu verstärken",
            misleading_price: "Irreführender oder versteckter Preis",
            off_platform: "Zahlung oder Lieferung außerhalb des Marktplatzes",
          },
        },
        prohibitedCategory: {
          label: "Warenkategorie",
          help: "Welche Art verbotener oder eingeschränkter Waren das Angebot anbietet.",
          options: {
            firearms_weapons: "Schusswaffen und andere Waffen",
            explosives_flammables_poisons: "Sprengstoffe, entzündliche Stoffe, Gifte",
            prescription_medicines: "Verschreibungspflichtige und eingeschränkte Arzneimittel",
            software_licences_malware: "Softwarelizenzen und Schadsoftware",
            narcotics: "Betäubungsmittel",
            adult_materials: "Inhalte für Erwachsene",
            protected_plants_animals: "Geschützte Pflanzen und Tiere",
            other: "Andere verbotene oder eingeschränkte Waren",
          },
        },
      },
    },
    phishing: {
      targetHelp: "Der Link zu dem Angebot oder Shop, wo Sie darauf gestoßen sind.",
      fields: {
        suspiciousLink: {
          label: "Der verdächtige Link",
          help: "Kopieren Sie den Link genau, aber öffnen Sie ihn nicht noch einmal. Er kann auf eine beliebige Website führen.",
        },
        channel: {
          label: "Woher es kam",
          help: "Wie der verdächtige Link oder die Anfrage Sie erreicht hat.",
          options: {
            message: "Eine Nachricht auf dem Marktplatz",
            email: "Eine E-Mail",
            listing: "Ein Angebot oder eine Shopseite",
            other: "Anderswo",
          },
        },
        receivedOn: {
          label: "Empfangsdatum",
          help: "Wann Sie es erhalten haben, falls Sie es wissen.",
        },
      },
    },
    suspicious_behavior: {
      targetHelp: "Der Link zum betroffenen Shop oder Angebot.",
      fields: {
        behavior: {
          label: "Was passiert ist",
          help: "Die Art des Verhaltens, das Ihnen aufgefallen ist.",
          options: {
            fake_store: "Ein gefälschter Shop",
            stolen_photos: "Verwendet Fotos anderer",
            personal_data: "Verwendet persönliche Daten anderer",
            logo_misuse: "Verwendet Logos, an denen er keine Rechte hat",
            scam: "Ein Betrug",
            other: "Etwas anderes",
          },
        },
        happenedOn: {
          label: "Wann es passiert ist",
          help: "Das Datum, an dem es Ihnen aufgefallen ist, falls Sie es wissen.",
        },
      },
    },
    illegal_promotion: {
      targetHelp: "Der Link zu dem Shop oder Angebot, für das unzulässig geworben wird.",
      fields: {
        scheme: {
          label: "Art der Werbung",
          help: "Was der Verkäufer tut, um für sich zu werben.",
          options: {
            fake_orders: "Scheinbestellungen",
            rating_manipulation: "Manipulierte Bewertungen",
            review_manipulation: "Gekaufte oder gefälschte Rezensionen",
            feedback_extortion: "Erpresste Bewertungen",
            traffic_tricks: "Tricks bei den Besucherzahlen",
            other: "Etwas anderes",
          },
        },
        orderNumber: {
          label: "Zugehörige Bestellnummer",
          help: "Wenn es eine Ihrer Bestellungen betrifft (z. B. Druck, eine Bewertung zu ändern), deren Nummer.",
        },
      },
    },
    feedback_abuse: {
      targetHelp: "Die Bewertung, wie ihre Schaltfläche „Melden“ sie angibt.",
      fields: {
        reason: {
          label: "Warum sie gegen die Regeln verstößt",
          help: "Was an der Bewertung nicht stimmt.",
          options: {
            unrelated: "Sie betrifft nicht die Bestellung",
            insulting: "Sie beleidigt jemanden",
            personal_data: "Sie zeigt persönliche Daten einer Person",
            competitor: "Ein Mitbewerber hat sie geschrieben",
            extortion: "Mit ihr wird etwas erpresst",
          },
        },
      },
    },
  },
);
