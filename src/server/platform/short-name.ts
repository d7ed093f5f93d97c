/**
 * "Dana Buyer" → "Dana B.": what the public and the other side see of a buyer (first name and the initial
 * of the last), never the full name.
 */
export function shortName(name: string): string {
  const [first, ...rest] = name.trim().split(/\s+/);
  const initial = rest.at(-1)?.[0];
  return initial ? `${first} ${initial.toUpperCase()}.` : (first ?? "A buyer");
}
