/**
 * Many rows in one statement, but never more bound parameters than a database takes (PostgreSQL stops
 * at 65,535; SQLite's default is 32,766): callers pass a chunk size that keeps rows × columns below it.
 */
export function* chunksOf<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}
