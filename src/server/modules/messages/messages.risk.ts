import type { RiskCode } from "../../../contracts/messages.ts";

/**
 * The risky-message rules: what a message asks that takes the buyer outside the marketplace's
 * protection. Each rule is a list of phrases in English, German, French and Spanish; a message that
 * matches any of them is flagged with the rule's code, and the buyer is warned on that message. The
 * phrases are deliberately specific ("bank transfer", not "bank"), so that ordinary talk about orders,
 * deliveries and tracking numbers is left alone.
 */

/** Letters of any script around a phrase: a phrase inside a longer word does not count. */
const L = "\\p{L}";
const word = (body: string) => new RegExp(`(?<![${L}])(?:${body})(?![${L}])`, "iu");

const PAY_OFF_PLATFORM = [
  // English
  word("bank\\s*transfer|wire\\s*transfer|wire\\s+(?:me\\s+)?(?:the\\s+)?money|direct\\s+bank\\s+transfer"),
  word("iban|swift\\s*code|sort\\s*code|routing\\s+number"),
  word(
    "paypal\\s*[(-]?\\s*(?:friends?\\s*(?:and|&)\\s*family|f\\s*&\\s*f)|(?:as|via|using|with)\\s+(?:friends?\\s*(?:and|&)\\s*family)|f\\s*&\\s*f",
  ),
  word(
    "western\\s*union|moneygram|zelle|cash\\s*app|venmo|(?:itunes|steam|amazon|google\\s+play)?\\s*gift\\s*cards?",
  ),
  word(
    "pay\\s+(?:me\\s+)?outside|(?:pay|payment|paid|deal|trade|buy|order)\\s+(?:\\p{L}+\\s+){0,3}?outside\\s+(?:of\\s+)?(?:the\\s+|this\\s+)?(?:platform|marketplace|site|app)",
  ),
  word(
    "pay\\s+me\\s+directly|pay\\s+directly\\s+to\\s+(?:me|my)|pay\\s+(?:\\p{L}+\\s+)?(?:in|with|by|via)\\s+(?:bitcoin|btc|usdt|crypto)",
  ),
  // German
  word("(?:bank)?überweisung|überweisen\\s+sie|vorkasse"),
  word("paypal\\s+(?:freunde|familie)|(?:als|über|per)\\s+freunde\\s*(?:und|&)\\s*familie"),
  word(
    "außerhalb\\s+(?:der|von)\\s+(?:plattform|marktplatz|seite|app)|direkt\\s+an\\s+mich\\s+(?:bezahlen|zahlen|überweisen)",
  ),
  // French
  word("virement(?:\\s+bancaire)?|payer\\s+(?:en\\s+dehors|directement|hors\\s+(?:de\\s+)?la\\s+plateforme)"),
  word("paypal\\s+amis|en\\s+dehors\\s+de\\s+la\\s+(?:plateforme|place\\s+de\\s+march[ée])"),
  // Spanish
  word(
    "transferencia(?:\\s+bancaria)?|paypal\\s+amigos|fuera\\s+de\\s+la\\s+plataforma|pagar\\s+directamente",
  ),
];

const CONTACT_APPS = word(
  "whats\\s*app|telegram|signal\\s+(?:me|app)|wechat|viber|(?:t\\.me|wa\\.me)/[\\w+]+",
);

/** Words that, beside a number, ask to be called or texted at it. */
const PHONE_WORDS = word(
  "call\\s+(?:me|us)|phone\\s+me|text\\s+me|sms|reach\\s+me|my\\s+(?:number|mobile|cell)|mobile\\s+number|phone\\s+number|anrufen|ruf(?:en\\s+sie)?\\s+(?:mich|uns)\\s+an|meine\\s+nummer|telefonnummer|handynummer|appel(?:ez|le)[sz]?(?:-moi)?|mon\\s+num[ée]ro|ll[áa]m(?:a|e)me|mi\\s+n[úu]mero",
);

const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}/iu;
/** An international number: + or 00, then 8 to 14 more digits with spaces, dots, dashes or brackets. */
const INTERNATIONAL_NUMBER = /(?<![\w+])(?:\+|00)[1-9](?:[\s().-]*\d){7,13}(?!\d)/u;
/** A number of 7 to 15 digits, however it is spaced, not part of a word (a tracking number has letters). */
const LOCAL_NUMBER = /(?<![\p{L}\d])\d(?:[\s()./-]?\d){6,14}(?![\p{L}\d])/u;

const CANCEL_DISPUTE = [
  word(
    "(?:cancel|close|withdraw|drop|retract)\\s+(?:the\\s+|your\\s+|this\\s+|that\\s+)?(?:dispute|claim|complaint|report)|(?:cancel|close|withdraw)\\s+(?:the\\s+|your\\s+|this\\s+)case",
  ),
  word("(?:dispute|claim|complaint)\\s+(?:cancel(?:l?ed)?|closed|withdrawn)"),
  // German puts the verb apart: "ziehen Sie den Streitfall zurück", "die Reklamation bitte schließen".
  word(
    "(?:streitfall|reklamation|beschwerde|käuferschutzfall|meldung)(?:\\s+\\p{L}+){0,3}?\\s+(?:zurück(?:ziehen|nehmen)?|schließen|stornieren|abbrechen|beenden|löschen)",
  ),
  word(
    "(?:ziehen|nehmen|schließen|stornieren|brechen)\\s+(?:sie\\s+)?(?:bitte\\s+)?(?:den|die|ihren|ihre)\\s+(?:streitfall|reklamation|beschwerde|fall|meldung)",
  ),
  word(
    "(?:annuler|fermer|retirer|cl[ôo]turer|supprimer)\\s+(?:le|la|votre|ce|cette)\\s+(?:litige|r[ée]clamation|plainte|signalement)",
  ),
  word("(?:cancelar|cerrar|retirar)\\s+(?:la|el|tu|su)\\s+(?:disputa|reclamaci[óo]n|queja)"),
];

const CONFIRM_EARLY = [
  word(
    "confirm\\s+(?:the\\s+|your\\s+)?(?:receipt|delivery)|confirm\\s+(?:that\\s+)?(?:you\\s+)?(?:have\\s+)?(?:received|got)\\s+(?:it|the\\s+(?:item|order|parcel|package))",
  ),
  word("mark\\s+(?:it|the\\s+(?:item|order|parcel))\\s+as\\s+(?:received|delivered)"),
  word(
    "(?:erhalt|empfang)\\s+(?:der\\s+ware\\s+)?bestätigen|bestätigen\\s+sie\\s+(?:bitte\\s+)?(?:den|die)\\s+(?:erhalt|empfang|lieferung|zustellung)|als\\s+(?:erhalten|geliefert)\\s+markieren",
  ),
  word(
    "confirm(?:er|ez)\\s+(?:la\\s+)?(?:r[ée]ception|livraison)|marquer\\s+(?:la\\s+commande\\s+)?comme\\s+(?:re[çc]ue?|livr[ée]e?)",
  ),
  word("confirma(?:r)?\\s+(?:la\\s+)?(?:recepci[óo]n|entrega)|marcar\\s+como\\s+recibido"),
];

const matchesAny = (text: string, rules: RegExp[]) => rules.some((rule) => rule.test(text));

function asksForContactOffPlatform(text: string): boolean {
  if (CONTACT_APPS.test(text) || EMAIL.test(text) || INTERNATIONAL_NUMBER.test(text)) return true;
  return PHONE_WORDS.test(text) && LOCAL_NUMBER.test(text);
}

/** The risks a message's text carries, in a fixed order; empty for an ordinary message. */
export function risksOf(text: string): RiskCode[] {
  const flat = text.normalize("NFC");
  const found: RiskCode[] = [];
  if (matchesAny(flat, PAY_OFF_PLATFORM)) found.push("pay_off_platform");
  if (asksForContactOffPlatform(flat)) found.push("contact_off_platform");
  if (matchesAny(flat, CANCEL_DISPUTE)) found.push("cancel_dispute");
  if (matchesAny(flat, CONFIRM_EARLY)) found.push("confirm_receipt_early");
  return found;
}
