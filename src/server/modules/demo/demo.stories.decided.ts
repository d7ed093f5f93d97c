import type { DecisionTemplate } from "../../../contracts/decisions.ts";
import { at, DAY, type DemoActor, type DemoReport, notAViolation, type Step } from "./demo.backlog.ts";
import { ipStories, misuseStory } from "./demo.stories.ip.ts";

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
