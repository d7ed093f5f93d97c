/**
 * The key under which a guest's reports are counted and compared: one mailbox, one key. Addresses are
 * lower-cased and trimmed; where the provider is known to deliver tagged addresses to the same mailbox
 * ("x+tag@", Yahoo's "x-tag@") the tag is dropped, and Gmail's dots, which it ignores, are removed.
 * Other domains keep their local part: for them "x+y@" may well be another person's mailbox.
 */
const PLUS_TAGGED = new Set([
  "gmail.com",
  "googlemail.com",
  "outlook.com",
  "hotmail.com",
  "live.com",
  "icloud.com",
  "me.com",
  "fastmail.com",
  "proton.me",
  "protonmail.com",
]);
const GMAIL = new Set(["gmail.com", "googlemail.com"]);

export function normaliseReporterEmail(email: string): string {
  const address = email.trim().toLowerCase();
  const at = address.lastIndexOf("@");
  if (at <= 0) return address;
  let local = address.slice(0, at);
  let domain = address.slice(at + 1);
  if (PLUS_TAGGED.has(domain)) local = local.split("+")[0]!;
  // Yahoo's disposable addresses are "base-keyword@": the part before the first hyphen is the mailbox.
  if (domain === "yahoo.com") local = local.split("-")[0]!;
  if (GMAIL.has(domain)) {
    local = local.replaceAll(".", "");
    domain = "gmail.com";
  }
  return `${local || address.slice(0, at)}@${domain}`;
}

/** "user:<id>" for members, "email:<normalised address>" for guests: who reported, for limits and duplicates. */
export function reporterKeyOf(actor: { userId: string } | null, email: string): string {
  return actor ? `user:${actor.userId}` : `email:${normaliseReporterEmail(email)}`;
}
