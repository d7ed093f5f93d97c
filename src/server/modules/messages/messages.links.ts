import type { MessagePart } from "../../../contracts/messages.ts";

/**
 * Links in a message's text: written with a scheme, with "www.", or as a bare domain with a common
 * top-level domain ("secure-pay.top/login"), since a message that phishes rarely writes the scheme. An
 * email address is not a link.
 */
const TLDS =
  "com|net|org|info|biz|io|co|app|dev|shop|store|online|site|website|xyz|top|club|live|link|click|pw|tk|ml|ga|cf|gq|ru|cn|de|fr|uk|es|it|nl|eu|me|ly|us|cc|in|br|pl|ch|at|be";
const LINK = new RegExp(
  `(?:https?:\\/\\/[^\\s<>"']+|(?<![@\\w.-])www\\.[^\\s<>"']+|(?<![@\\w.-])(?:[a-z0-9-]+\\.)+(?:${TLDS})(?![\\w-])(?:[/?#][^\\s<>"']*)?)`,
  "giu",
);
/** What ends a sentence is not part of the link before it. */
const TRAILING = /[.,;:!?)\]}'"»]+$/u;

export interface FoundLink {
  text: string;
  url: string;
  domain: string;
  start: number;
  end: number;
}

function asUrl(text: string): URL | null {
  try {
    const url = new URL(/^https?:\/\//i.test(text) ? text : `https://${text}`);
    return url.protocol === "http:" || url.protocol === "https:" ? url : null;
  } catch {
    return null;
  }
}

/** The links of a text, in order. */
export function findLinks(text: string): FoundLink[] {
  const found: FoundLink[] = [];
  for (const match of text.matchAll(LINK)) {
    const written = match[0].replace(TRAILING, "");
    const url = asUrl(written);
    // Without a scheme only a dotted name is a link; with one, any host is (localhost in development).
    if (!url || (!/^https?:/i.test(written) && !url.hostname.includes("."))) continue;
    const start = match.index;
    found.push({
      text: written,
      url: url.toString(),
      domain: url.hostname.replace(/^www\./, ""),
      start,
      end: start + written.length,
    });
  }
  return found;
}

/** A domain and every domain above it but the top level: "a.b.evil.example" → itself, "b.evil.example", "evil.example". */
export function domainsAbove(domain: string): string[] {
  const labels = domain.toLowerCase().split(".");
  return labels.slice(0, -1).map((_, i) => labels.slice(i).join("."));
}

/** Whether a domain is blocked, itself or through a domain above it. */
export const isBlocked = (domain: string, blocked: Set<string>) =>
  domainsAbove(domain).some((d) => blocked.has(d));

/**
 * The text cut into plain text and links: each link says its domain, whether it leaves the marketplace
 * (its hosts) and whether it is blocked.
 */
export function partsOf(text: string, marketplaceHosts: Set<string>, blocked: Set<string>): MessagePart[] {
  const parts: MessagePart[] = [];
  let at = 0;
  for (const link of findLinks(text)) {
    if (link.start > at) parts.push({ type: "text", text: text.slice(at, link.start) });
    const host = new URL(link.url).host.toLowerCase();
    parts.push({
      type: "link",
      text: link.text,
      url: link.url,
      domain: link.domain,
      external: !marketplaceHosts.has(host),
      blocked: isBlocked(link.domain, blocked),
    });
    at = link.end;
  }
  if (at < text.length) parts.push({ type: "text", text: text.slice(at) });
  return parts;
}
