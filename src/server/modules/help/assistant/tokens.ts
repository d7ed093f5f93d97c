/**
 * How the assistant and the help search read text: lowercase, accents folded ("arrivé" reads as "arrive",
 * "Größe" as "grosse"), split into words. The classifier also reads pairs of words and the 3- and
 * 4-letter pieces of each word, so that German compounds, French endings and typos still share features
 * with the examples it learnt from.
 */

const LIGATURES: Record<string, string> = { ß: "ss", æ: "ae", œ: "oe", ø: "o", đ: "d", ł: "l", þ: "th" };

export function fold(text: string): string {
  return text
    .toLowerCase()
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .replace(/[ßæœøđłþ]/g, (c) => LIGATURES[c] ?? c)
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** The folded words of a text, of two letters or more. */
export function wordsOf(text: string): string[] {
  return fold(text)
    .split(" ")
    .filter((w) => w.length >= 2);
}

function piecesOf(word: string, size: number): string[] {
  const padded = `_${word}_`;
  const pieces: string[] = [];
  for (let i = 0; i + size <= padded.length; i++) pieces.push(`#${padded.slice(i, i + size)}`);
  return pieces;
}

/** Words, pairs of neighbouring words, and the 3- and 4-letter pieces of each word. */
export function featuresOf(text: string): string[] {
  const words = wordsOf(text);
  const pairs = words.slice(1).map((w, i) => `${words[i]}+${w}`);
  const pieces = words.flatMap((w) => [...piecesOf(w, 3), ...piecesOf(w, 4)]);
  return [...words, ...pairs, ...pieces];
}
