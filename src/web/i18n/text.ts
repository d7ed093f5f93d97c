/**
 * One namespace of UI text: the English strings, and the same keys in every other language.
 * The German shape is derived from the English one, so a key missing in one language is a type error.
 */
export type TextTree = { readonly [key: string]: string | TextTree };

/** The same keys as `T`, each with a string of its own (not the English literal). */
export type SameKeys<T> = { readonly [K in keyof T]: T[K] extends string ? string : SameKeys<T[K]> };

export interface Translations<T extends TextTree> {
  en: T;
  de: SameKeys<T>;
}

export function defineText<const T extends TextTree>(en: T, de: SameKeys<T>): Translations<T> {
  return { en, de };
}
