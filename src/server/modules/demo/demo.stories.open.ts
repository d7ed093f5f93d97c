import { at, type Step } from "./demo.backlog.ts";

/**
 * Cases still in the queues: new, claimed, overdue, waiting for the reporter, moved to another department.
 * The listings that the end-to-end specs report themselves (it-2003, it-2005, it-2016) are left alone, so
 * that their reports open cases of their own.
 */
export function openStories(): Step[][] {
  const oxycodone = [
    at(10, (c) =>
      c.report(
        { guest: "lena.hoffmann@example.com" },
        {
          type: "listing_violation",
          target: "it-2009",
          description:
            "Dieses Angebot verkauft Oxycodon 40 mg ohne Rezept. Das ist ein Betäubungsmittel und in der EU verschreibungspflichtig.",
          details: { violation: "prohibited_goods", prohibitedCategory: "prescription_medicines" },
        },
      ),
    ),
    at(6, (c) =>
      c.report("buyer", {
        type: "listing_violation",
        target: "it-2009",
        description:
          "Oxycodone sold with 'no prescription needed' and 'discreet shipping'. This is an opioid and must not be sold here.",
        details: { violation: "prohibited_goods", prohibitedCategory: "narcotics" },
      }),
    ),
  ];
  let ivory = { caseId: "", id: "" };
  const ivoryCarving = [
    at(52, async (c) => {
      ivory = await c.report(
        { guest: "camille.martin@example.org" },
        {
          type: "listing_violation",
          target: "it-2015",
          description:
            "Cette sculpture est annoncée en « ivoire d'éléphant véritable ». Le commerce de l'ivoire est interdit par la CITES.",
          details: { violation: "prohibited_goods", prohibitedCategory: "protected_plants_animals" },
        },
      );
    }),
    at(15, (c) =>
      c.report(
        { guest: "wildlife.watch@example.org" },
        {
          type: "listing_violation",
          target: "it-2015",
          description:
            "Genuine elephant ivory offered for sale, 20 cm carving. Trade in ivory is banned under CITES and EU Regulation 338/97.",
          details: { violation: "prohibited_goods", prohibitedCategory: "protected_plants_animals" },
        },
      ),
    ),
    at(2, (c) =>
      c.note(
        "moderator",
        ivory.caseId,
        "Asked the wildlife team whether the seller's 'antique' claim needs a certificate.",
      ),
    ),
  ];
  let office = { caseId: "", id: "" };
  const crackedSoftware = [
    at(30, async (c) => {
      office = await c.report(
        { guest: "pablo.ruiz@example.net" },
        {
          type: "listing_violation",
          target: "it-2012",
          description:
            "Venden una suite ofimática «crackeada» con un activador y piden desactivar el antivirus. Es software pirata y probablemente malware.",
          details: { violation: "prohibited_goods", prohibitedCategory: "software_licences_malware" },
        },
      );
    }),
    at(0.05, (c) => c.claim("moderator", office.caseId)),
  ];
  let replica = { caseId: "", id: "" };
  const orbisReplica = [
    at(60, async (c) => {
      replica = await c.report("rights", {
        type: "ip_rights_holder",
        target: "it-2007",
        description:
          "The listing uses the ORBIS crown logo on the dial and clasp and calls the watch a 'Datejust'. Orbis Watches Ltd never licensed this seller.",
        details: { rightId: await c.rightOf("rights"), reasonCode: "trademark_misuse" },
      });
    }),
    at(0.1, (c) => c.claim("moderator", replica.caseId)),
  ];
  const handbag = [
    at(80, (c) =>
      c.report(
        { guest: "sara.lindqvist@example.com" },
        {
          type: "listing_violation",
          target: "it-2008",
          description:
            "Annonsen säljer en kopia av en designerväska med varumärkets logotyp och ett falskt serienummerkort.",
          details: { violation: "prohibited_goods", prohibitedCategory: "other" },
        },
      ),
    ),
  ];
  const antivirus = [
    at(20, (c) =>
      c.report(
        { guest: "licensing@example.com" },
        {
          type: "copyright",
          target: "it-2013",
          description:
            "The 'genuine retail key' is one of our volume licence keys, resold without permission. We publish this software.",
          details: {
            workKind: "software",
            originalWork: "Our antivirus product, sold only through authorised resellers since 2019.",
            goodFaith: true,
            accurate: true,
            signature: "Priya Natarajan",
          },
        },
      ),
    ),
  ];
  const cheapTrain = [
    at(8, (c) =>
      c.report("buyer", {
        type: "listing_violation",
        target: "it-2018",
        description:
          "The toy train is shown at €1, but the €1 is 'for the box only' and the checkout asks €89. The price is misleading.",
        details: { violation: "misleading_price" },
      }),
    ),
  ];
  let luxe = { caseId: "", id: "" };
  const luxeStore = [
    at(100, async (c) => {
      luxe = await c.report(
        { guest: "tom.baker@example.net" },
        {
          type: "suspicious_behavior",
          target: "st-1003",
          description:
            "Luxe Time Outlet uses the logos of several watch brands in its banner and claims to be an 'official outlet'. None of the brands list it.",
          details: { behavior: "logo_misuse" },
        },
      );
    }),
    at(40, (c) =>
      c.note(
        "admin",
        luxe.caseId,
        "Same store had a counterfeit watch removed last week; check its other listings.",
      ),
    ),
  ];
  let pharmacy = { caseId: "", id: "" };
  const pharmacyStore = [
    at(18, async (c) => {
      pharmacy = await c.report(
        { guest: "j.devries@example.com" },
        {
          type: "suspicious_behavior",
          target: "st-1004",
          description:
            "Deze winkel doet zich voor als een erkende apotheek, maar er staat geen registratienummer of adres op de pagina.",
          details: { behavior: "fake_store" },
        },
      );
    }),
    at(0.2, (c) => c.claim("admin", pharmacy.caseId)),
  ];
  const softkeysPhishing = [
    at(40, (c) =>
      c.report(
        { guest: "marek.nowak@example.org" },
        {
          type: "phishing",
          target: "st-1005",
          description:
            "Sprzedawca wysłał mi wiadomość z linkiem do „aktywacji licencji”, gdzie trzeba podać login i hasło do konta.",
          details: {
            suspiciousLink: "http://softkeys-activation.example.net/login",
            channel: "message",
          },
        },
      ),
    ),
    at(12, (c) =>
      c.report(
        { guest: "alex.morgan@example.com" },
        {
          type: "phishing",
          target: "st-1005",
          description:
            "After buying a key I got an email 'from the marketplace' asking me to re-enter my card on a page that is not the marketplace.",
          details: {
            suspiciousLink: "https://marketplace-payments.example.net/verify",
            channel: "email",
          },
        },
      ),
    ),
  ];
  const cosyReviews = [
    at(56, (c) =>
      c.report(
        { guest: "r.okafor@example.net" },
        {
          type: "illegal_promotion",
          target: "st-1006",
          description:
            "Dozens of 5-star reviews for Cosy Home & Kids appeared on the same day, all with the same wording and new accounts.",
          details: { scheme: "review_manipulation" },
        },
      ),
    ),
    at(30, (c) =>
      c.report("buyer", {
        type: "illegal_promotion",
        target: "st-1006",
        description:
          "The seller offered me a partial refund if I changed my 2-star review of the T-shirt to 5 stars.",
        details: { scheme: "feedback_extortion", orderNumber: "or-3003" },
      }),
    ),
  ];
  return [
    oxycodone,
    ivoryCarving,
    crackedSoftware,
    orbisReplica,
    handbag,
    antivirus,
    cheapTrain,
    luxeStore,
    pharmacyStore,
    softkeysPhishing,
    cosyReviews,
    ...waitingStories(),
    ...reroutedStories(),
  ];
}

/** Cases waiting for the reporter's answer to a moderator's question. */
function waitingStories(): Step[][] {
  let photos = { caseId: "", id: "" };
  let phishing = { caseId: "", id: "" };
  return [
    [
      at(44, async (c) => {
        photos = await c.report("buyer", {
          type: "suspicious_behavior",
          target: "it-2001",
          description:
            "The photos of these headphones are the manufacturer's press photos with the watermark cut off; I doubt the seller has the item.",
          details: { behavior: "stolen_photos" },
        });
      }),
      at(26, (c) =>
        c.requestInfo(
          "moderator",
          photos.caseId,
          "Could you send us the link to the page where you found the original photos?",
        ),
      ),
    ],
    [
      at(50, async (c) => {
        phishing = await c.report(
          { guest: "giulia.romano@example.com" },
          {
            type: "phishing",
            target: "st-1002",
            description:
              "Ho ricevuto un messaggio a nome di Sam's Outdoor Supply che mi chiedeva di confermare la carta su un link esterno.",
            details: { suspiciousLink: "http://outdoor-supply-refunds.example.net/card", channel: "message" },
          },
        );
      }),
      at(20, (c) =>
        c.requestInfo(
          "moderator",
          phishing.caseId,
          "Please forward the whole message, with the sender's name as the marketplace shows it.",
          5,
        ),
      ),
    ],
  ];
}

/** Reports filed under the wrong type: moved to Disputes and to Support instead of being rejected. */
function reroutedStories(): Step[][] {
  let lipstick = { caseId: "", id: "" };
  let login = { caseId: "", id: "" };
  return [
    [
      at(36, async (c) => {
        lipstick = await c.report(
          { guest: "ayse.yilmaz@example.org" },
          {
            type: "suspicious_behavior",
            target: "it-2017",
            description:
              "Ruj setini iki hafta önce sipariş ettim, hâlâ gelmedi ve satıcı mesajlarıma cevap vermiyor. Bu bir dolandırıcılık mı?",
            details: { behavior: "scam" },
          },
        );
      }),
      at(28, (c) => c.reroute("moderator", lipstick.caseId, "disputes")),
    ],
    [
      at(22, async (c) => {
        login = await c.report(
          { guest: "henrik.berg@example.com" },
          {
            type: "suspicious_behavior",
            target: "st-1001",
            description:
              "I cannot sign in to see my order from this store any more; the password reset mail never arrives.",
            details: { behavior: "other" },
          },
        );
      }),
      at(21, (c) => c.reroute("moderator", login.caseId, "support")),
    ],
  ];
}
