export type TargetKind = "listing" | "store";

interface CompiledPattern {
  kind: TargetKind;
  host: string;
  path: RegExp;
  template: string;
}

export type UrlMatch =
  | { ok: true; kind: TargetKind; id: string }
  | { ok: false; reason: "malformed" | "foreign_site" | "no_match" };

/**
 * Compiles patterns like `https://shop.example/item/{listing}` (one placeholder, `{listing}` or `{store}`,
 * standing for one path segment). Scheme, query string and fragment do not matter when matching.
 */
export function compileUrlPatterns(patterns: string[]): CompiledPattern[] {
  return patterns.map((template) => {
    const placeholder = /\{(listing|store)\}/.exec(template);
    if (!placeholder) throw new Error(`URL pattern "${template}" needs {listing} or {store}`);
    const url = new URL(template.replace(placeholder[0], "PLACEHOLDER"));
    const escaped = decodeURIComponent(url.pathname)
      .replace(/\/+$/, "")
      .replace(/[.*+?^$()|[\]\\]/g, "\\$&")
      .replace("PLACEHOLDER", "([^/]+)");
    return {
      kind: placeholder[1] as TargetKind,
      host: url.host.toLowerCase(),
      path: new RegExp(`^${escaped}/?$`),
      template,
    };
  });
}

export function matchUrl(patterns: CompiledPattern[], input: string): UrlMatch {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return { ok: false, reason: "malformed" };
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return { ok: false, reason: "malformed" };
  const host = url.host.toLowerCase();
  const onSite = patterns.filter((p) => p.host === host);
  if (onSite.length === 0) return { ok: false, reason: "foreign_site" };
  for (const pattern of onSite) {
    const m = pattern.path.exec(url.pathname);
    if (m?.[1]) return { ok: true, kind: pattern.kind, id: decodeURIComponent(m[1]) };
  }
  return { ok: false, reason: "no_match" };
}

export function urlFor(patterns: CompiledPattern[], kind: TargetKind, id: string): string {
  const pattern = patterns.find((p) => p.kind === kind);
  if (!pattern) return "";
  return pattern.template.replace(`{${kind}}`, encodeURIComponent(id));
}
