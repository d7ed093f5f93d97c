import type { ReportTargetKind } from "../../../contracts/report-targets.ts";
import { REPORT_TYPES, type ReportTypeId } from "../../../contracts/report-types.ts";
import type { DbOrTx } from "../../platform/db/database.ts";
import { AppError, invalidInput } from "../../platform/http/errors.ts";
import type { Actor } from "../accounts/actor.ts";
import type { CatalogService, ResolvedTarget } from "../catalog/catalog.service.ts";
import { reporterKeyOf } from "./reporter-email.ts";
import { existingOf, type OpenDuplicate } from "./reports.duplicates.ts";

/**
 * A kind of report target that another module provides (a message, a rating), so that reports can point
 * at it without the reports module importing that module. The module registers it once, as the modules
 * are built: `reports.ports.reportTargets.provide(provider)`.
 */
export interface ReportTargetProvider {
  kind: Exclude<ReportTargetKind, "listing" | "store">;
  /** The report types that may point at it; a link of it in a report of another type is refused. */
  reportTypes: readonly ReportTypeId[];
  /** Its report types point at it alone: a listing or store link in such a report is refused. */
  ownsItsTypes?: boolean;
  /** A person reports one of it once, whether the first report is still open or decided. */
  oncePerReporter?: boolean;
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
  /**
   * A decision's "hide" and its undoing (an appeal reversed it): the content leaves, or comes back to,
   * wherever it shows. Only the kinds a decision may hide have them.
   */
  hide?(tx: DbOrTx, id: string, at: string): Promise<void>;
  show?(tx: DbOrTx, id: string, at: string): Promise<void>;
}

/**
 * `idFromLink` for a kind whose links are pages of the app: a link on `publicUrl` whose path matches
 * `path` names its target in the query parameter `param` (`/messages/<thread>?message=<id>`).
 */
export function idInAppLink(publicUrl: string, path: RegExp, param: string) {
  const origin = new URL(publicUrl).origin;
  return (url: string): string | null => {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return null;
    }
    if (parsed.origin !== origin || !path.test(parsed.pathname)) return null;
    return parsed.searchParams.get(param);
  };
}

/** This person's earlier report of a target, for the kinds one reports once. */
export type EarlierReportOf = (
  tx: DbOrTx,
  reporterKey: string,
  target: { kind: string; id: string },
) => Promise<OpenDuplicate | undefined>;

export interface ReportTargets {
  provide(provider: ReportTargetProvider): void;
  /**
   * Resolves every link of a report, in order: a provider's links through it, the rest through the
   * catalog; or refuses the whole list naming each bad link, as the catalog does (400, then 422).
   */
  resolve(tx: DbOrTx, reporter: Actor | null, type: ReportTypeId, urls: string[]): Promise<ResolvedTarget[]>;
  /** A provided target as it is now, for the case page; null for a kind nobody provides. */
  current(db: DbOrTx, kind: string, id: string): Promise<Record<string, unknown> | null>;
  /** Whether a decision may hide targets of this kind. */
  hideable(kind: string): boolean;
  /** Hides a target (a decision's hide_content), or shows it again (the decision was reversed). */
  setHidden(tx: DbOrTx, kind: string, id: string, hidden: boolean, at: string): Promise<void>;
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

export function createReportTargets(
  catalog: Pick<CatalogService, "resolveTargets">,
  earlierReportOf: EarlierReportOf,
): ReportTargets {
  const providers: ReportTargetProvider[] = [];
  const providerOf = (kind: string) => providers.find((p) => p.kind === kind);
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
    await refuseSecondReports(tx, reporter, claims, found);
    return found;
  }

  /** Checked after `resolve` locked each target, so that one person's two reports at once queue here. */
  async function refuseSecondReports(
    tx: DbOrTx,
    reporter: Actor | null,
    claims: ReturnType<typeof claimOf>[],
    found: Map<number, ResolvedTarget>,
  ) {
    if (!reporter) return;
    for (const [i, target] of found) {
      if (!claims[i]?.provider.oncePerReporter) continue;
      const earlier = await earlierReportOf(tx, reporterKeyOf(reporter, reporter.email), target);
      if (earlier) {
        throw new AppError(
          409,
          "already_reported",
          `You reported this already (${earlier.reference}), and each person reports it once. Follow it in My Reports.`,
          undefined,
          { existing: existingOf(earlier) },
        );
      }
    }
  }

  /** A listing or store link in a report of a type that points only at a provided kind. */
  function refuseCatalogLinks(type: ReportTypeId, claims: ReturnType<typeof claimOf>[]) {
    const owner = providers.find((p) => p.ownsItsTypes && p.reportTypes.includes(type));
    if (!owner) return;
    const fields: Record<string, string> = {};
    claims.forEach((claim, i) => {
      if (!claim)
        fields[`targetUrls.${i}`] = `This kind of report is about a ${owner.kind}: ${owner.notFound}`;
    });
    if (Object.keys(fields).length > 0) throw invalidInput(fields);
  }

  return {
    provide(provider) {
      if (providers.some((p) => p.kind === provider.kind))
        throw new Error(`report targets of kind ${provider.kind} are provided twice`);
      providers.push(provider);
    },

    async resolve(tx, reporter, type, urls) {
      const claims = urls.map(claimOf);
      refuseCatalogLinks(type, claims);
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
      const provider = providerOf(kind);
      return provider ? provider.current(db, id) : null;
    },

    hideable: (kind) => !!providerOf(kind)?.hide,

    async setHidden(tx, kind, id, hidden, at) {
      const provider = providerOf(kind);
      const change = hidden ? provider?.hide : provider?.show;
      if (!change) throw new Error(`targets of kind ${kind} cannot be hidden`);
      await change(tx, id, at);
    },
  };
}
