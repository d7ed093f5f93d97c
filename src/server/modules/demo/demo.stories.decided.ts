import type { DecisionTemplate } from "../../../contracts/decisions.ts";
import { at, type DemoActor, type DemoReport, type Step } from "./demo.backlog.ts";
import { demoPdf } from "./demo.client.ts";

const DAY = 24;
const notAViolation = (message: string): DecisionTemplate => ({
  outcome: "no_action",
  reason: "not_violation",
  messageToReporters: message,
});

/** Decided cases, with statements of reasons; some of them appealed or answered by a counter-notice. */
export function decidedStories(): Step[][] {
  return [...appealedStories(), ...ipStories(), ...pastStories(), misuseStory()];
}

function appealedStories(): Step[][] {
  let knife = { caseId: "", id: "" };
  let vitamins = { caseId: "", id: "" };
  return [
    [
      at(9 * DAY, async (c) => {
        knife = await c.report(
          { guest: "k.weber@example.com" },
          {
            type: "listing_violation",
            target: "it-2004",
            description:
              "Ein Klappmesser mit feststellbarer Klinge wird ohne Altersprüfung an jeden verkauft, auch nach Österreich und Italien.",
            details: { violation: "prohibited_goods", prohibitedCategory: "firearms_weapons" },
          },
        );
      }),
      at(8 * DAY, (c) =>
        c.decide("admin", knife.caseId, {
          outcome: "action_taken",
          actions: [{ type: "remove_listing" }, { type: "warn_seller" }],
          ground: {
            kind: "incompatible_content",
            termsSection: "Prohibited items policy, section 4.2: knives with locking blades",
            explanation:
              "Knives with a locking blade may only be sold with an age check, which this listing lacks.",
          },
          facts:
            "The listing offers a folding knife with a locking 8 cm blade to any buyer, without an age check.",
        }),
      ),
      at(5 * DAY, (c) =>
        c.appealAsSeller(
          "seller",
          knife.caseId,
          "The knife is a legal camping tool in Germany; we ship it to adults only and check the age at delivery (DHL Ident).",
        ),
      ),
    ],
    [
      at(6 * DAY, async (c) => {
        vitamins = await c.report("buyer", {
          type: "listing_violation",
          target: "it-2010",
          description:
            "These vitamin D drops are sold as if they were a medicine that 'cures deficiency'; in my country they are sold in pharmacies only.",
          details: { violation: "prohibited_goods", prohibitedCategory: "prescription_medicines" },
        });
      }),
      at(4 * DAY, (c) =>
        c.decide(
          "moderator",
          vitamins.caseId,
          notAViolation("Vitamin D3 drops at 1000 IU are a food supplement, not a prescription medicine."),
        ),
      ),
      at(2 * DAY, (c) =>
        c.appealAsReporter(
          "buyer",
          vitamins.id,
          "The listing promises to cure a deficiency, which is a medicinal claim that a food supplement may not make.",
        ),
      ),
    ],
  ];
}

/** IP Protection: a removal answered by the seller's counter-notice, a counterfeit, a pending right. */
function ipStories(): Step[][] {
  let edition = { caseId: "", id: "" };
  let counterfeit = { caseId: "", id: "" };
  return [
    [
      at(20 * DAY, (c) =>
        c.designateTrustedFlagger("admin", "rights@demo.redress.test", "Orbis Watches Ltd"),
      ),
    ],
    [
      at(50, async (c) => {
        edition = await c.report("rights", {
          type: "ip_rights_holder",
          target: "it-2002",
          description:
            "The listing is titled and pictured as an 'ORBIS edition' phone, with our crown logo on the case and the box. We never licensed it.",
          details: { rightId: await c.rightOf("rights"), reasonCode: "trademark_misuse" },
        });
      }),
      at(30, (c) =>
        c.decide("moderator", edition.caseId, {
          outcome: "action_taken",
          actions: [{ type: "remove_listing" }],
          ground: {
            kind: "illegal_content",
            legalGround: "Regulation (EU) 2017/1001, Article 9 (EU trademark)",
            explanation: "The listing uses the registered ORBIS trademark without the owner's consent.",
          },
          facts:
            "The listing's photos show the ORBIS crown logo on the phone case and the box of a phone the owner did not make.",
        }),
      ),
      at(6, (c) =>
        c.counterNotice(
          "seller",
          edition.caseId,
          "The phone is genuine and refurbished; 'Orbis Blue' is the manufacturer's name for the colour. The logo in the photo is a case we no longer include.",
        ),
      ),
    ],
    [
      at(7 * DAY, async (c) => {
        counterfeit = await c.report("rights", {
          type: "ip_rights_holder",
          target: "it-2006",
          description:
            "A 'replica' of our Submariner model with the ORBIS name and logo, sold at 1/20 of the price: a counterfeit.",
          details: { rightId: await c.rightOf("rights"), reasonCode: "counterfeit" },
        });
      }),
      at(6 * DAY, (c) =>
        c.decide("moderator", counterfeit.caseId, {
          outcome: "action_taken",
          actions: [{ type: "remove_listing" }, { type: "strike", severity: "serious" }],
          ground: {
            kind: "illegal_content",
            legalGround: "Regulation (EU) 2017/1001, Article 9 (EU trademark); Regulation (EU) 608/2013",
            explanation: "The listing offers counterfeit watches bearing the registered ORBIS trademark.",
          },
          facts:
            "The listing calls the watch a replica that 'looks 100% original', with the ORBIS name and logo.",
          messageToReporters: "The listing was removed and the store received a serious strike.",
        }),
      ),
    ],
    [
      at(3 * DAY, (c) =>
        c.upload("kestrel", "/api/v1/rights/holder", [
          {
            name: "holder",
            json: {
              kind: "company",
              legalName: "Kestrel Audio GmbH",
              country: "DE",
              address: "Schallweg 7, 20095 Hamburg",
              contactEmail: "kestrel@demo.redress.test",
              companyNumber: "HRB 654321",
            },
          },
          {
            name: "document",
            fileName: "handelsregister.pdf",
            contentType: "application/pdf",
            content: demoPdf("register"),
          },
        ]),
      ),
      at(3 * DAY - 1, (c) =>
        c.upload("kestrel", "/api/v1/rights", [
          {
            name: "right",
            json: {
              type: "trademark",
              registrationNumber: "DE 302021123456",
              office: "DPMA",
              classes: [9],
              ownerName: "Kestrel Audio GmbH",
              validFrom: "2021-06-01",
              validTo: "2031-06-01",
            },
          },
          {
            name: "certificate",
            fileName: "dpma-urkunde.pdf",
            contentType: "application/pdf",
            content: demoPdf("DPMA"),
          },
        ]),
      ),
    ],
  ];
}

/** Older decisions that fill the "decided" queue, the sellers' records and the statements of reasons. */
function pastStories(): Step[][] {
  const story = (
    hoursAgo: number,
    report: [DemoActor, DemoReport],
    by: "moderator" | "admin",
    decision: DecisionTemplate,
  ): Step[] => {
    let filed = { caseId: "", id: "" };
    return [
      at(hoursAgo, async (c) => {
        filed = await c.report(...report);
      }),
      at(hoursAgo - 20, (c) => c.decide(by, filed.caseId, decision)),
    ];
  };
  return [
    story(
      12 * DAY,
      [
        { guest: "noah.fischer@example.org" },
        {
          type: "phishing",
          target: "st-1005",
          description:
            "SoftKeys sent me a link to a fake sign-in page of the marketplace to 'deliver' my key.",
          details: { suspiciousLink: "http://signin-marketplace.example.net", channel: "message" },
        },
      ],
      "moderator",
      {
        outcome: "action_taken",
        actions: [
          { type: "freeze_store", days: 14 },
          { type: "freeze_payouts", days: 14 },
        ],
        ground: {
          kind: "incompatible_content",
          termsSection: "Security policy, section 1: phishing and credential theft",
          explanation: "The store sent buyers links to a page that imitates the marketplace's sign-in.",
          alsoIllegal: true,
        },
        facts:
          "Buyers received messages from the store with a link to a copy of the marketplace's sign-in page.",
      },
    ),
    story(
      3 * DAY,
      [
        { guest: "m.rossi@example.net" },
        {
          type: "listing_violation",
          target: "it-2011",
          description:
            "L'annuncio chiede di contattare il venditore su WhatsApp e di pagare con bonifico per avere il 30% di sconto.",
          details: { violation: "off_platform" },
        },
      ],
      "moderator",
      {
        outcome: "action_taken",
        actions: [{ type: "remove_listing" }, { type: "warn_seller" }],
        ground: {
          kind: "incompatible_content",
          termsSection: "Payments policy, section 2: all payments through the marketplace",
          explanation: "Asking buyers to order and pay outside the marketplace is not allowed.",
        },
        facts: "The listing asked buyers to order on WhatsApp and pay by bank transfer for a discount.",
      },
    ),
    story(
      14 * DAY,
      [
        { guest: "inspector@example.org" },
        {
          type: "illegal_promotion",
          target: "st-1006",
          description:
            "The store places orders to itself through friends' accounts to climb the best-seller list.",
          details: { scheme: "fake_orders" },
        },
      ],
      "admin",
      {
        outcome: "action_taken",
        actions: [{ type: "warn_seller" }],
        ground: {
          kind: "incompatible_content",
          termsSection: "Promotion policy, section 3: fake orders and reviews",
          explanation: "Orders placed to raise a store's ranking distort what buyers see.",
        },
        facts: "Several orders to the store came from accounts linked to it, without delivery, in one week.",
      },
    ),
    story(
      7 * DAY,
      [
        { guest: "oma.jansen@example.com" },
        {
          type: "listing_violation",
          target: "it-2018",
          description:
            "Der Zug kostet angeblich 1 €, an der Kasse werden aber 89 € verlangt. Das ist irreführend.",
          details: { violation: "misleading_price" },
        },
      ],
      "moderator",
      {
        outcome: "action_taken",
        actions: [{ type: "demote_listing", days: 30 }, { type: "warn_seller" }],
        ground: {
          kind: "incompatible_content",
          termsSection: "Listing policy, section 5: the price shown is the price paid",
          explanation: "The listing shows a price for the box only and charges the full price at checkout.",
        },
        facts: "The listing shows €1, and the checkout asks €89 for the train the photos show.",
      },
    ),
    story(
      6 * DAY,
      [
        { guest: "studio.lumen@example.com" },
        {
          type: "copyright",
          target: "it-2017",
          description: "The lipstick photos look like the ones from our studio's shoot for another brand.",
          details: {
            workKind: "photos",
            originalWork: "A shoot we made in 2025; we do not have the link at hand.",
            goodFaith: true,
            accurate: true,
            signature: "Lucía Fernández",
          },
        },
      ],
      "moderator",
      {
        outcome: "no_action",
        reason: "insufficient_evidence",
        messageToReporters: "We could not compare the photos without a link to your original work.",
      },
    ),
    story(
      5 * DAY,
      [
        { guest: "parent.of.three@example.net" },
        {
          type: "listing_violation",
          target: "it-2014",
          description:
            "This toy train has small parts but is sold for ages 3+; it should not be sold at all.",
          details: { violation: "prohibited_goods", prohibitedCategory: "other" },
        },
      ],
      "moderator",
      notAViolation("Small parts are allowed from age 3; the listing carries the right age warning."),
    ),
  ];
}

/** A reporter who files one unfounded report after another: warned, suspended, and appealing. */
function misuseStory(): Step[] {
  const complaints = [
    [
      "suspicious_behavior",
      "st-1001",
      "THIS SELLER IS A SCAMMER!!! everyone should know, ban him now",
      { behavior: "scam" },
    ],
    [
      "suspicious_behavior",
      "st-1002",
      "Same guy as the gadget shop, scammer, I did not buy anything but I know",
      { behavior: "other" },
    ],
    [
      "listing_violation",
      "it-2001",
      "Headphones way too cheap, must be illegal somehow, remove it",
      { violation: "misleading_price" },
    ],
    [
      "listing_violation",
      "it-2002",
      "Nobody needs refurbished phones, this listing should not exist",
      { violation: "undeliverable_goods" },
    ],
    [
      "illegal_promotion",
      "st-1001",
      "His reviews are surely fake, no one is that good, delete them all",
      { scheme: "review_manipulation" },
    ],
    [
      "illegal_promotion",
      "st-1002",
      "I bet this store buys its reviews too, remove the store entirely",
      { scheme: "other" },
    ],
  ] as const;
  const filed: { caseId: string; id: string }[] = [];
  return [
    ...complaints.map(([type, target, description, details], i) =>
      at(10 * DAY - i, async (c) => {
        filed.push(await c.report("rudi", { type, target, description, details }));
      }),
    ),
    at(9 * DAY, async (c) => {
      for (const report of filed) await c.markUnfounded("moderator", report.id);
      await c.decideMany(
        "moderator",
        filed.map((r) => r.caseId),
        notAViolation("We found nothing against the rules in what you reported."),
      );
    }),
    at(8 * DAY, (c) =>
      c.appealSuspension(
        "rudi",
        "I was angry about a bad purchase elsewhere and reported too fast. I will only report real problems from now on.",
      ),
    ),
  ];
}
