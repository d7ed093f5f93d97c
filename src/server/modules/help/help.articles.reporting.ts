import type { BuiltInArticle } from "./help.articles.ts";

/** Built-in articles about reporting, and for rights holders and the sellers they complain about. */
export const REPORTING_ARTICLES: BuiltInArticle[] = [
  {
    slug: "report-or-dispute",
    section: "how_to_report",
    title: "Report or dispute: which one do I need?",
    summary:
      "A problem with your own order is a dispute; a listing, store or message that breaks the rules is a report.",
    body: `## A problem with an order you placed: a dispute

The parcel never arrived, the item arrived broken, it is not as described, parts are missing, it is the wrong item, or what you bought is a fake: open a **dispute** on the order from [My Orders](/my/orders). Buyer protection can refund you; a report cannot.

## Something that breaks the rules: a report

| What you found | Report type |
|---|---|
| Counterfeits of your own brand, your trademark, patent or design | Intellectual property (rights holder) |
| Your photos, texts or software copied | Copyright infringement |
| Prohibited goods, misleading prices, payment outside the marketplace | Listing rules violation |
| A message or link that tries to steal your password | Phishing |
| A fake store, someone using your photos, name or logo | Suspicious behaviour or fraud |
| Fake reviews or orders, pressure to change feedback | Illegal promotion |

Not sure? Tell the ["What happened?" assistant](/help/assistant) in your own words; it points you to the right place and says why.`,
  },
  {
    slug: "how-to-report-a-counterfeit",
    section: "how_to_report",
    title: "How to report a counterfeit",
    summary: "Who reports a fake how: the brand owner, a shopper who saw one, and a buyer who received one.",
    body: `Counterfeits are handled three ways, depending on who you are.

## You own the brand (or act for its owner)

1. Register your trademark once under [IP rights](/rights). IP Protection verifies it.
2. In the [Report Center](/report) choose **Intellectual property (rights holder)**, pick the verified right and the reason **Sells counterfeits of my brand**.
3. Paste the links of the listings or stores: up to 300 at once, or import them from a CSV file. Each link gets its own outcome.

The seller is shown your organisation's name, so that it can answer.

## You saw a fake while shopping

Report the listing as a **Listing rules violation**. You do not need to own the brand. Say why you think it is fake: a price far below the original, a misspelt logo, "replica" or "AAA quality" in the text.

## You bought a fake

That is a problem with your order: open a **dispute** on it and choose **It is counterfeit**. Photos of the logo, labels and serial number help. Buyer protection refunds you; you may also report the listing so that others are not sold the same.`,
  },
  {
    slug: "what-happens-after-you-report",
    section: "how_to_report",
    title: "What happens after you report",
    summary:
      "Your reference number, the review by a moderator, the decision and how you are told, and how to appeal.",
    body: `## At once

You get a reference number (R-…) on screen and by email. If you reported without an account, the email has a private link to follow your report. Signed in, you find it in [My Reports](/my/reports).

## The review

Reports of the same listing or store are worked together, as one case, by the department that handles the type: IP Protection, Listing Compliance, Fraud & Security or Marketplace Integrity. A case is decided **within 48 hours** of its first report (24 hours for priority reports). A moderator may ask you for more information; the case then waits for your answer.

## The decision

- **Action taken**: the listing may be removed or restricted, the seller warned, given a strike, or the store frozen or closed. The seller receives a statement of reasons.
- **No action**, with the reason: not a violation, not enough evidence, the wrong type of report (with the right form suggested), a duplicate, or the listing is gone.

You are told the outcome by email and in My Reports. The seller never learns who reported, unless you chose to show your name.

## If you disagree

Either side may **appeal** a decision once, within 6 months. A different person reviews it.`,
  },
  {
    slug: "register-your-ip-rights",
    section: "rights_holders",
    title: "Register your IP rights",
    summary:
      "Add trademarks, patents, designs and copyrights to your vault once, have them verified, then file complaints with them.",
    body: `Rights holders file IP complaints with a **verified right** from their vault. Register each right once.

## What you need

- The right's **type** (trademark, copyright, patent or design), **number**, the **office or jurisdiction** and, for trademarks, the **classes**.
- The **owner's name** as registered and the **validity dates**.
- The **certificate** (PDF or image).
- If you act for the owner: a **letter of authorisation**.

## Verification

IP Protection checks the documents and approves or rejects the right, with the reason. You are warned before a right expires. Only approved, valid rights can be picked in a complaint.

## Then

File complaints from the [Report Center](/report): **Intellectual property (rights holder)**. One complaint can list up to 300 links.`,
  },
  {
    slug: "how-to-file-a-counter-notice",
    section: "rights_holders",
    title: "How to file a counter-notice",
    summary:
      "A seller whose listing was removed after an IP complaint can answer it: when, how many times, and what happens next.",
    body: `When a listing is removed after an intellectual-property complaint, its seller may file a **counter-notice**: a statement, with evidence, that the listing does not infringe.

## When

- The first counter-notice within **3 business days** of the decision.
- Up to **3 tries** in all; the 2nd and 3rd within **27 business days**.

Find the complaint under **Received** in [My Reports](/my/reports) and choose **File a counter-notice**.

## What to include

- Why the listing does not infringe: you are the brand's authorised reseller, the goods are genuine and were bought from the brand or its distributor, or the right does not cover what you sell.
- **Evidence**: invoices from the brand or an authorised distributor, a licence, a letter of authorisation.

## What happens next

The rights holder may reply within **3 business days**. The platform then decides: the listing is restored, or the removal stands. Counter-notices that overturn a complaint count against the accuracy of the rights holder's reports.`,
  },
];
