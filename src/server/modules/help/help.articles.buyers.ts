import type { BuiltInArticle } from "./help.articles.ts";

/** Built-in articles for buyers: disputes and fraud, buyer protection, evidence. */
export const BUYER_ARTICLES: BuiltInArticle[] = [
  {
    slug: "how-to-spot-phishing-messages",
    section: "disputes_fraud",
    title: "How to spot phishing messages",
    summary: "The signs of a message that tries to steal your password or card, and what to do with one.",
    body: `Phishing is a message, page or link that pretends to come from us, a seller or a bank, so that you type your password, a sign-in code or your card details into the wrong place.

## The signs

- **A link to another address.** Our pages are on this site only. Look at the address bar before you type anything: a name that is *almost* ours (an extra letter, another ending) is not ours.
- **Hurry and threats.** "Your account will be closed in 24 hours", "your payment failed, confirm now".
- **Payment outside the marketplace.** A seller who asks you to pay by bank transfer, gift card or a payment link sent in a message takes your money outside buyer protection.
- **Requests for codes.** Nobody from the marketplace ever asks for your password or a sign-in code, by message, mail or phone.
- **Files you did not expect.** An "invoice" or "tracking label" that is a program or asks to enable macros.

## What to do

1. Do not click the link, do not open the file, do not answer with any data.
2. Report it: in the [Report Center](/report) choose **Phishing**, paste the link and say where it came (a message, an email, a listing). A message in your inbox can also be reported in one click.
3. If you already typed your password, change it at once, and sign out of other devices. If you gave card details, call your bank.

Reports of phishing go to Fraud & Security, who can block the link for everyone.`,
  },
  {
    slug: "how-to-recognise-a-fake-store",
    section: "disputes_fraud",
    title: "How to recognise a fake store or a scam",
    summary:
      "Fake stores copy photos, names and logos of others. What to look for before you buy, and how to report one.",
    body: `Most stores are real. A few are set up to take money and ship nothing, or to pass themselves off as someone else.

## Before you buy

- **Prices far below everyone else's** for branded goods, above all from a store opened days ago.
- **Photos that belong to another shop** (search for one of them), or a store name and logo that copy a known brand's official shop.
- **No ratings, or ratings that all came on the same day** with the same words.
- **A request to pay or talk outside the marketplace.** Pay only through the checkout: only then does buyer protection cover you.

## If something is wrong

- If you **bought** and the order did not come or is not what was sold, that is a problem with your order: open a dispute from [My Orders](/my/orders). Buyer protection covers you.
- If you **saw** a fake store, a store using your photos or personal data, or one that pretends to be someone else, report it in the [Report Center](/report) as **Suspicious behaviour or fraud**.
- Fake reviews, paid ratings or a seller who pressures you to change your feedback are **Illegal promotion**.

Not sure which one? The ["What happened?" assistant](/help/assistant) reads what you write and sends you to the right form.`,
  },
  {
    slug: "how-buyer-protection-works",
    section: "buyer_protection",
    title: "How buyer protection works",
    summary:
      "What is covered, for how long, and what happens step by step when you open a dispute on an order.",
    body: `Buyer protection covers every order paid through the marketplace checkout.

## What is covered

You can open a dispute when the order **did not arrive**, is **not as described**, is of **poor quality**, arrived **damaged**, has **missing parts**, is the **wrong item**, or is a **counterfeit**. You may dispute the whole order or some of its items.

## For how long

Protection runs **from shipment until 15 days after delivery is confirmed**. "Not received" can be opened once the promised delivery time has passed. The order page says until when your order is protected.

## Step by step

1. **You open the dispute** on the order page, choose what is wrong and what you want: a refund, a partial refund, or to return the item for a refund. Add photos or other evidence.
2. **The seller has 5 days** to accept or to answer with a proposal of its own. If it does not answer, what you asked for is carried out.
3. **You negotiate.** Each new proposal gives the other side its own time to answer. After 3 days either of you may ask the platform to decide; after 15 days the dispute goes to the platform by itself.
4. **The platform decides** within 7 days (usually within 48 hours) on the evidence of both sides, and may ask either side for more.
5. **A return**, if decided: you ship within 10 days and give the tracking number; the seller refunds within 2 business days of receiving it, or the refund happens by itself.

Either side may appeal a ruling once, within 7 days. Every dispute page shows who must act next, by when, and what happens if nobody does.`,
  },
  {
    slug: "your-parcel-has-not-arrived",
    section: "buyer_protection",
    title: "Your parcel has not arrived",
    summary:
      "When to wait, when to ask the seller, and when to open a dispute for an order that did not arrive.",
    body: `## Check the promised date first

Your order page shows the delivery the seller promised and the latest tracking update. Parcels from abroad often stop updating for a few days at customs: that alone does not mean they are lost.

## Before the promised date

Write to the seller from the order: it can look into the shipment with the carrier. A dispute for "not received" cannot be opened yet.

## After the promised date

Open a dispute on the order and choose **I did not receive it**. Say when you last saw a tracking update. Ask for a refund; the seller has 5 days to answer, and if it does not, you are refunded.

## "Delivered", but not to you

If the tracking says delivered and you have nothing, ask your neighbours and your building's mailroom, then open the dispute and say so. A photo of your mailbox or a statement from the carrier helps the platform decide.

Not sure where your problem belongs? Tell the ["What happened?" assistant](/help/assistant).`,
  },
  {
    slug: "returning-an-item-for-a-refund",
    section: "buyer_protection",
    title: "Returning an item for a refund",
    summary:
      "How a return works when a dispute ends in return and refund: deadlines, tracking, and when the money comes.",
    body: `When the seller accepts, or the platform decides, **return and refund**, the dispute page shows the return address.

## Your part

- Ship the item **within 10 days**, well packed, with everything that came with it.
- Enter the **tracking number** on the dispute page as soon as you have it. Without it, the return cannot be followed.

## The seller's part

Once the return is delivered, the seller refunds **within 2 business days**. If it does not, the refund is made by itself.

## If something goes wrong

If the seller says the return did not arrive or arrived damaged, the platform looks at the tracking and at your photos of the packed parcel. Keep the shipping receipt until the refund has arrived.`,
  },
  {
    slug: "evidence-that-works-for-a-dispute",
    section: "evidence",
    title: "What evidence works for a dispute",
    summary: "Photos, videos and screenshots that settle a dispute quickly, by what went wrong.",
    body: `The platform decides on the evidence of both sides. Good evidence is clear, dated and shows the problem itself.

## For every dispute

- **Screenshots of the listing** as it was when you bought (title, photos, description, price).
- **Your messages with the seller**, if you wrote to each other.
- Files may be photos (JPEG, PNG, WEBP, GIF), PDFs, Word documents, and for disputes videos of up to 50 MB.

## By problem

| What went wrong | What helps most |
|---|---|
| Arrived damaged | Photos of the damage **and of the box and packing**, a video of the unboxing if you made one |
| Not as described | Photos next to the listing's photos, a measurement with a ruler, the label or specifications plate |
| Missing parts | A photo of everything that came, laid out, and the listing's "what is in the box" |
| Wrong item | A photo of the label on the item and on the parcel |
| Poor quality | A photo or short video of the defect, and when it appeared |
| Counterfeit | Photos of logos, labels, serial numbers; a statement from the brand if you have one |
| Not received | The tracking page, and if it says delivered, what the carrier told you |

## Tips

- Take photos in daylight, one problem per photo.
- Do not throw away the packaging until the dispute is closed.
- Say in words what each file shows: the other side and the platform read your description first.`,
  },
  {
    slug: "evidence-that-works-for-a-report",
    section: "evidence",
    title: "What evidence works for a report",
    summary:
      "How to show a moderator what is wrong with a listing or a store, so that your report is decided on the first reading.",
    body: `Moderators decide reports on what they can check. Help them check it.

## What to write

Say **what** is wrong, **how you know**, and **where** it shows: "The listing's third photo shows a prescription label", "The store uses the photos of my shop, published on my website in March". Any language is fine.

## What to attach

Up to 10 files, each up to 5 MB: PDF, DOC/DOCX, JPEG, PNG, WEBP or GIF. Files are checked by their content, not by their name.

- **Screenshots** of the listing or message, with the address bar visible.
- For **copyright**: the original work, or a link to where it was first published, with its date.
- For **IP complaints**: the right from your vault is the evidence of ownership; add test purchases or comparisons for counterfeits.
- For **phishing**: the link itself in the link field, and a screenshot of the message.

## What does not help

Screenshots that do not show where they were taken, and reports of the same thing filed again: a second report of the same listing while your first is open is refused with a link to the first.`,
  },
];
