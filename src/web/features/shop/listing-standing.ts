import type { Listing } from "../../../contracts/catalog.ts";

/** The viewer's country as the browser's language says it ("de-DE" → "DE"), if it says one. */
export function viewerCountry(languages: readonly string[] = navigator.languages ?? []): string | null {
  for (const tag of languages) {
    try {
      const region = new Intl.Locale(tag).maximize().region;
      if (region) return region;
    } catch {
      // An odd language tag says nothing about the country.
    }
  }
  return null;
}

/** Whether buyers can still order it: a removed listing is off sale everywhere. */
export const isOnSale = (listing: Pick<Listing, "status">) => listing.status !== "removed";

/** A removed listing was decided already: reporting it again would change nothing. */
export const canBeReported = (listing: Pick<Listing, "status">) => listing.status !== "removed";
