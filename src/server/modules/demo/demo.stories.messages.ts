import { at, type Step } from "./demo.backlog.ts";

/**
 * A conversation about an order in transit (or-3005, from Sam's Outdoor Supply): the buyer asks where it
 * is, and the store's answer asks for a "customs fee" by bank transfer outside the marketplace, on
 * WhatsApp, with a link to a domain Fraud & Security has blocked. The buyer's page warns of it, and it can
 * be reported as phishing.
 */
export function messageStories(): Step[][] {
  let threadId = "";
  return [
    [
      at(50, (c) =>
        c.post("moderator", "/api/v1/console/blocked-domains", {
          domain: "customs-release.top",
          reason: "Fake customs pages that collect card details and bank transfers.",
        }),
      ),
      at(30, async (c) => {
        const started = await c.post("buyer", "/api/v1/threads", {
          storeId: "st-1002",
          orderId: "or-3005",
          text: "Hello, my order has shown “in transit” for days now. Do you know when it will arrive?",
        });
        threadId = (started.thread as { id: string }).id;
      }),
      at(29, async (c) => {
        await c.post("seller", `/api/v1/threads/${threadId}/read`);
        await c.post("seller", `/api/v1/threads/${threadId}/messages`, {
          text:
            "Hello Bea, the parcel is held at customs. To release it today, please pay the 25 EUR customs fee " +
            "by bank transfer outside the platform, to IBAN DE44 5001 0517 5407 3249 31 (Outdoor Supply Ltd): it " +
            "is faster than the marketplace. Send the receipt on WhatsApp: +49 151 2345 6789. " +
            "Details: customs-release.top/pay — and you can follow the parcel at https://parcel-track.info/JD01463005",
        });
      }),
    ],
  ];
}
