/**
 * Whether a string is one of a fixed list, narrowing it to the list's members: a code or status the web
 * has words for, among the ones the server may send.
 */
export function isOneOf<const T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}
