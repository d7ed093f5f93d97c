import type { Listing, ResolvedEntry, Store } from "../../../contracts/catalog.ts";
import type { ReportTargetKind } from "../../../contracts/report-targets.ts";
import type { Db, DbOrTx } from "../../platform/db/database.ts";
import { idCursor } from "../../platform/db/pagination.ts";
import { AppError, invalidInput, notFound } from "../../platform/http/errors.ts";
import type { CatalogRepository, ListingRow, StoreRow } from "./catalog.repository.ts";
import { compileUrlPatterns, matchUrl, type TargetKind, urlFor } from "./catalog.url-patterns.ts";

/**
 * What a report points at, as it was when reported: the case keeps this snapshot. The catalog resolves
 * listings and stores; other modules resolve their own kinds (see reports.targets.ts).
 */
export interface ResolvedTarget {
  url: string;
  kind: ReportTargetKind;
  id: string;
  title: string;
  storeId: string;
  storeName: string;
  sellerUserId: string | null;
  /** Who wrote it, when a person did and not the store (a rating's buyer); absent for store content. */
  authorUserId?: string;
  snapshot: Record<string, unknown>;
}

/** Why a link leads to nothing: the same words on the report form's card and on a refused report. */
const LINK_PROBLEMS = {
  malformed: "This is not a valid link. Copy it from your browser's address bar.",
  foreign_site: "This link is not on the marketplace. Report pages of the marketplace only.",
  no_match: "This link does not lead to a listing or store of the marketplace.",
  not_found: "We could not find this listing or store. Check the link.",
};

interface Deps {
  db: Db;
  catalog: CatalogRepository;
  urlPatterns: string[];
}

export function createCatalogService({ db, catalog, urlPatterns }: Deps) {
  const patterns = compileUrlPatterns(urlPatterns);

  const toListing = (r: ListingRow): Listing => ({
    id: r.id,
    storeId: r.store_id,
    storeName: r.store_name,
    title: r.title,
    description: r.description,
    priceMinor: Number(r.price_minor),
    currency: r.currency,
    imageUrl: r.image_url,
    category: r.category,
    status: r.status,
    restrictedTerritories: r.restricted_territories,
    url: urlFor(patterns, "listing", r.id),
  });

  const toStore = (r: StoreRow): Store => ({
    id: r.id,
    name: r.name,
    description: r.description,
    country: r.country,
    status: r.status,
    url: urlFor(patterns, "store", r.id),
    listingCount: Number(r.listing_count ?? 0),
  });

  function listingTarget(url: string, r: ListingRow): ResolvedTarget {
    const listing = toListing(r);
    return {
      url,
      kind: "listing",
      id: r.id,
      title: r.title,
      storeId: r.store_id,
      storeName: r.store_name,
      sellerUserId: r.seller_user_id,
      snapshot: { ...listing, capturedAt: new Date().toISOString() },
    };
  }

  function storeTarget(url: string, r: StoreRow): ResolvedTarget {
    return {
      url,
      kind: "store",
      id: r.id,
      title: r.name,
      storeId: r.id,
      storeName: r.name,
      sellerUserId: r.seller_user_id,
      snapshot: { ...toStore(r), capturedAt: new Date().toISOString() },
    };
  }

  /**
   * Resolves every pasted link to a catalog entry, or refuses the whole list naming each bad link:
   * malformed links are a 400, links to other sites and unknown entries a 422.
   */
  async function resolveTargets(tx: DbOrTx, urls: string[]): Promise<ResolvedTarget[]> {
    const matches = urls.map((url) => matchUrl(patterns, url));
    const fields: Record<string, string> = {};
    matches.forEach((m, i) => {
      if (m.ok) return;
      fields[`targetUrls.${i}`] = LINK_PROBLEMS[m.reason];
    });
    if (matches.some((m) => !m.ok && m.reason === "malformed")) throw invalidInput(fields);
    if (matches.some((m) => !m.ok && m.reason === "foreign_site")) {
      throw new AppError(422, "target_foreign_site", "Some links are not on the marketplace.", fields);
    }
    const resolved: (ResolvedTarget | null)[] = await lookUp(tx, urls, matches);
    resolved.forEach((r, i) => {
      if (!r) fields[`targetUrls.${i}`] = LINK_PROBLEMS.not_found;
    });
    if (Object.keys(fields).length > 0) {
      throw new AppError(422, "target_not_found", "Some links match no listing or store.", fields);
    }
    return resolved as ResolvedTarget[];
  }

  async function lookUp(tx: DbOrTx, urls: string[], matches: ReturnType<typeof matchUrl>[]) {
    const ids = (kind: TargetKind) => [
      ...new Set(matches.flatMap((m) => (m.ok && m.kind === kind ? [m.id] : []))),
    ];
    const listings = new Map((await catalog.findListings(tx, ids("listing"))).map((r) => [r.id, r]));
    const stores = new Map((await catalog.findStores(tx, ids("store"))).map((r) => [r.id, r]));
    return matches.map((m, i) => {
      if (!m.ok) return null;
      const url = urls[i]!.trim();
      if (m.kind === "listing") {
        const row = listings.get(m.id);
        return row ? listingTarget(url, row) : null;
      }
      const row = stores.get(m.id);
      return row ? storeTarget(url, row) : null;
    });
  }

  /**
   * What one pasted link leads to, as the shop shows it: a malformed link is a 400, a link to another site
   * or to nothing of the catalog a 404; each with the reason on the field `url`.
   */
  async function resolveUrl(url: string): Promise<ResolvedEntry> {
    const m = matchUrl(patterns, url);
    if (!m.ok) {
      if (m.reason === "malformed") throw invalidInput({ url: LINK_PROBLEMS.malformed });
      const code = m.reason === "foreign_site" ? "target_foreign_site" : "target_not_found";
      throw new AppError(404, code, LINK_PROBLEMS[m.reason], { url: LINK_PROBLEMS[m.reason] });
    }
    if (m.kind === "listing") {
      const row = await catalog.findListing(db, m.id);
      if (row) return { kind: "listing", listing: toListing(row) };
    } else {
      const row = await catalog.findStore(db, m.id);
      if (row) return { kind: "store", store: toStore(row) };
    }
    throw new AppError(404, "target_not_found", LINK_PROBLEMS.not_found, { url: LINK_PROBLEMS.not_found });
  }

  return {
    resolveTargets,
    resolveUrl,
    urlFor: (kind: TargetKind, id: string) => urlFor(patterns, kind, id),

    async listListings(query: { cursor?: string; limit: number; storeId?: string }) {
      const [after] = idCursor.decode(query.cursor) ?? [null];
      const rows = await catalog.listListings(db, {
        afterId: after,
        limit: query.limit,
        storeId: query.storeId,
      });
      return idCursor.page(rows, query.limit, (r) => [r.id], toListing);
    },

    async getListing(id: string) {
      const row = await catalog.findListing(db, id);
      if (!row) throw notFound("This listing");
      return toListing(row);
    },

    async listStores(query: { cursor?: string; limit: number }) {
      const [after] = idCursor.decode(query.cursor) ?? [null];
      const rows = await catalog.listStores(db, {
        afterId: after,
        limit: query.limit,
      });
      return idCursor.page(rows, query.limit, (r) => [r.id], toStore);
    },

    async getStore(id: string) {
      const row = await catalog.findStore(db, id);
      if (!row) throw notFound("This store");
      return toStore(row);
    },

    async storePage(actor: { userId: string } | null, id: string) {
      const row = await catalog.findStore(db, id);
      if (!row) throw notFound("This store");
      return { ...toStore(row), yours: !!actor && row.seller_user_id === actor.userId };
    },
  };
}

export type CatalogService = ReturnType<typeof createCatalogService>;
