import { at, DAY, notAViolation, type Step } from "./demo.backlog.ts";
import { demoPdf } from "./demo.client.ts";

/** IP Protection: a removal answered by the seller's counter-notice, a counterfeit, a pending right. */
export function ipStories(): Step[][] {
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
          messageToReporters: "The listing was removed. Thank you for protecting your trademark.",
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

/** A reporter who files one unfounded report after another: warned, suspended, and appealing. */
export function misuseStory(): Step[] {
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
