import { describe, expect, it } from "vitest";
import { risksOf } from "./messages.risk.ts";

describe("risky-message rules", () => {
  const flagged = (code: string, texts: string[]) => {
    for (const text of texts) expect(risksOf(text), text).toContain(code);
  };
  const clean = (texts: string[]) => {
    for (const text of texts) expect(risksOf(text), text).toEqual([]);
  };

  it("flags asking to pay off the platform, in English, German, French and Spanish", () => {
    flagged("pay_off_platform", [
      "Please pay by bank transfer and I will ship the same day.",
      "Send it as PayPal Friends & Family to avoid fees.",
      "Use paypal F&F please",
      "I only accept Western Union or MoneyGram.",
      "My IBAN is DE89 3704 0044 0532 0130 00.",
      "We can do the payment outside the platform, cheaper for both of us.",
      "Pay me directly and I give you 10% off.",
      "Bitte per Überweisung bezahlen, dann geht es schneller.",
      "Zahlung bitte außerhalb der Plattform, per PayPal Freunde.",
      "Merci de payer par virement bancaire.",
      "Nous pouvons payer en dehors de la plateforme.",
      "Puedes hacer una transferencia bancaria directamente.",
      "Buy two Steam gift cards and send me the codes.",
    ]);
  });

  it("flags asking to talk off the platform: messaging apps, phone numbers, email addresses", () => {
    flagged("contact_off_platform", [
      "Add me on WhatsApp, it is easier.",
      "Write to me on Telegram: t.me/luxe_outlet",
      "Call me at +49 170 1234567",
      "My number is 0170 123 45 67, text me.",
      "Write to luxe.outlet@gmail.com for a better price.",
      "Rufen Sie mich an: 0151 2345 6789.",
      "Schreiben Sie mir auf WhatsApp.",
      "Appelez-moi au 06 12 34 56 78.",
      "Llámame al 612 345 678.",
    ]);
  });

  it("flags asking to cancel a dispute or to confirm receipt early", () => {
    flagged("cancel_dispute", [
      "Please cancel the dispute and I will refund you myself.",
      "Close your claim first, then we talk.",
      "Ziehen Sie bitte den Streitfall zurück, ich erstatte es.",
      "Die Reklamation bitte sofort schließen.",
      "Merci d'annuler le litige.",
      "Por favor cancelar la disputa.",
    ]);
    flagged("confirm_receipt_early", [
      "Please confirm receipt now so that I get paid, the parcel comes next week.",
      "Mark the order as received and I send a gift.",
      "Bitte bestätigen Sie den Erhalt schon heute.",
      "Confirmez la réception s'il vous plaît.",
      "Confirma la entrega hoy, por favor.",
    ]);
  });

  it("finds several risks in one message, in a fixed order", () => {
    expect(risksOf("Cancel the dispute, pay by bank transfer and confirm receipt. WhatsApp me.")).toEqual([
      "pay_off_platform",
      "contact_off_platform",
      "cancel_dispute",
      "confirm_receipt_early",
    ]);
  });

  it("leaves ordinary talk about orders, deliveries, prices and products alone", () => {
    clean([
      "Your order shipped today, tracking number JD014600030050042 with DHL.",
      "The parcel is at the depot; DHL tracking 1234567890 should update tomorrow.",
      "Thank you! My friends and family love the headphones.",
      "The phone case fits the Pixel 8 and the Pixel 8a.",
      "Please remove the case before charging the phone.",
      "I confirm that the item is in stock and ships within 2 days.",
      "It costs 129.00 EUR, shipping included.",
      "Auf jeden Fall schicken wir es morgen; die Lieferung dauert 3 Tage.",
      "DHL hat die Zustellung für morgen angekündigt.",
      "Le colis arrive demain, merci pour votre patience.",
      "El pedido llega mañana.",
      "The transfer of the warranty to you happens automatically.",
      "You can open a dispute if it does not arrive, the platform protects you.",
      "Tracking works outside the app too, on the DHL site.",
    ]);
  });
});
