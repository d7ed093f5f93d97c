import type { DuplicateReportQuery, ExistingReport } from "../../../contracts/reports.ts";
import type { DbOrTx } from "../../platform/db/database.ts";
import { AppError, invalidInput, unauthenticated } from "../../platform/http/errors.ts";
import type { Actor } from "../accounts/actor.ts";
import type { ResolvedTarget } from "../catalog/catalog.service.ts";
import { reporterKeyOf } from "./reporter-email.ts";
import type { ReportsRepository } from "./reports.repository.ts";
import type { ReportTargets } from "./reports.targets.ts";

export type OpenDuplicate = NonNullable<Awaited<ReturnType<ReportsRepository["findOpenDuplicate"]>>>;

export const existingOf = (d: OpenDuplicate): ExistingReport => ({
  id: d.id,
  reference: d.reference,
  url: d.url,
});

/** A member's second report of the same thing: refused, with the way to the first. */
export function duplicateRefused(duplicate: OpenDuplicate): AppError {
  return new AppError(
    409,
    "duplicate_report",
    `You already reported this (${duplicate.reference}) and it is still open. You can add to it from My Reports.`,
    undefined,
    { existing: existingOf(duplicate) },
  );
}

/**
 * The same check as at submission, for the form as it opens. Members only: for a guest the answer would
 * tell anyone whether an address had reported a listing.
 */
export async function findDuplicateForMember(
  db: DbOrTx,
  deps: { reports: ReportsRepository; targets: Pick<ReportTargets, "resolve"> },
  actor: Actor | null,
  query: DuplicateReportQuery,
): Promise<{ duplicate: ExistingReport | null }> {
  if (!actor) throw unauthenticated();
  let targets: ResolvedTarget[];
  try {
    targets = await deps.targets.resolve(db, actor, query.type, [query.link]);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    throw invalidInput({ link: error.fields?.["targetUrls.0"] ?? error.message });
  }
  const found = await deps.reports.findOpenDuplicate(
    db,
    reporterKeyOf(actor, actor.email),
    query.type,
    targets,
  );
  return { duplicate: found ? existingOf(found) : null };
}
