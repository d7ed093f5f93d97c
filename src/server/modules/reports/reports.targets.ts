import type { ReportTargetKind } from "../../../contracts/report-targets.ts";
import { REPORT_TYPES, type ReportTypeId } from "../../../contracts/report-types.ts";
import type { DbOrTx } from "../../platform/db/database.ts";
import { AppError, invalidInput } from "../../platform/http/errors.ts";
import type { Actor } from "../accounts/actor.ts";
import type { CatalogService, ResolvedTarget } from "../catalog/catalog.service.ts";

/**
 * A kind of report target that another module provides (a message, a rating), so that reports can point
 * at it without the reports module importing that module. The module registers it once, as the modules
 * are built: `reports.ports.reportTargets.provide(provider)`.
 */
export interface ReportTargetProvider {
  kind: Exclude<ReportTargetKind, "listing" | "store">;
  /** The report types that may point at it; a link of it in a report of another type is refused. */
  reportTypes: readonly ReportTypeId[];
  /** The id of its target that a link leads to, or null when the link is not one of its. */
  idFromLink(url: string): string | null;
  /**
   * The target as it is now, read inside the intake transaction for this reporter; null when it does not
   * exist or is not the reporter's to report. It may lock the target's row, so that two reports of it by
   * one person are taken one after the other and the second is refused as a duplicate.
   */
  resolve(tx: DbOrTx, id: string, reporter: Actor | null, url: string): Promise<ResolvedTarget | null>;
  /** The target as it is now, for the case page beside its snapshot; null when it is gone. */
  current(db: DbOrTx, id: string): Promise<Record<string, unknown> | null>;
  /** Why a link of it leads to nothing, said on the report's link field. */
  notFound: string;
}

export interface ReportTargets {
  provide(provider: ReportTargetProvider): void;
  /**
   * Resolves every link of a report, in order: a provider's links through it, the rest through the
   * catalog; or refuses the whole list naming each bad link, as the catalog does (400, then 422).
   */
  resolve(tx: DbOrTx, reporter: Actor | null, type: ReportTypeId, urls: string[]): Promise<ResolvedTarget[]>;
  /** A provided target as it is now, for the case page; null for a kind nobody provides. */
  current(db: DbOrTx, kind: string, id: string): Promise<Record<string, unknown> | null>;
}

const typeTitles = (types: readonly ReportTypeId[]) =>
  types.map((id) => `“${REPORT_TYPES.find((t) => t.id === id)?.title ?? id}”`).join(" or ");

/** The catalog's answer for a subset of the links, with its fields named after the links' places in the whole list. */
async function resolveInCatalog(
  catalog: Pick<CatalogService, "resolveTargets">,
  tx: DbOrTx,
  urls: string[],
  places: number[],
): Promise<ResolvedTarget[]> {
  try {
    return await catalog.resolveTargets(tx, urls);
  } catch (error) {
    if (!(error instanceof AppError) || !error.fields) throw error;
    const fields = Object.fromEntries(
      Object.entries(error.fields).map(([key, text]) => {
        const at = /^targetUrls\.(\d+)$/.exec(key);
        return [at ? `targetUrls.${places[Number(at[1])]}` : key, text];
      }),
    );
    throw new AppError(error.status, error.code, error.message, fields, error.extra);
  }
}

export function createReportTargets(catalog: Pick<CatalogService, "resolveTargets">): ReportTargets {
  const providers: ReportTargetProvider[] = [];
  const claimOf = (url: string) => {
    for (const provider of providers) {
      const id = provider.idFromLink(url.trim());
      if (id) return { provider, id };
    }
    return null;
  };

  async function resolveProvided(
    tx: DbOrTx,
    reporter: Actor | null,
    type: ReportTypeId,
    urls: string[],
    claims: ReturnType<typeof claimOf>[],
  ) {
    const fields: Record<string, string> = {};
    claims.forEach((claim, i) => {
      if (claim && !claim.provider.reportTypes.includes(type))
        fields[`targetUrls.${i}`] =
          `A ${claim.provider.kind} can be reported only as ${typeTitles(claim.provider.reportTypes)}.`;
    });
    if (Object.keys(fields).length > 0) throw invalidInput(fields);
    const found = new Map<number, ResolvedTarget>();
    for (const [i, claim] of claims.entries()) {
      if (!claim) continue;
      const target = await claim.provider.resolve(tx, claim.id, reporter, urls[i]!.trim());
      if (target) found.set(i, target);
      else fields[`targetUrls.${i}`] = claim.provider.notFound;
    }
    if (Object.keys(fields).length > 0)
      throw new AppError(422, "target_not_found", "Some links lead to nothing that can be reported.", fields);
    return found;
  }

  return {
    provide(provider) {
      if (providers.some((p) => p.kind === provider.kind))
        throw new Error(`report targets of kind ${provider.kind} are provided twice`);
      providers.push(provider);
    },

    async resolve(tx, reporter, type, urls) {
      const claims = urls.map(claimOf);
      if (claims.every((c) => c === null)) return catalog.resolveTargets(tx, urls);
      const places = claims.flatMap((c, i) => (c ? [] : [i]));
      const inCatalog = places.length
        ? await resolveInCatalog(
            catalog,
            tx,
            places.map((i) => urls[i]!),
            places,
          )
        : [];
      const provided = await resolveProvided(tx, reporter, type, urls, claims);
      const fromCatalog = new Map(places.map((place, i) => [place, inCatalog[i]!]));
      return urls.map((_, i) => provided.get(i) ?? fromCatalog.get(i)!);
    },

    async current(db, kind, id) {
      const provider = providers.find((p) => p.kind === kind);
      return provider ? provider.current(db, id) : null;
    },
  };
}
