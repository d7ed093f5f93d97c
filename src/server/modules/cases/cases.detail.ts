import type { CaseDetail } from "../../../contracts/console.ts";
import type { DbOrTx } from "../../platform/db/database.ts";
import type { CaseTable } from "../../platform/db/schema.ts";
import { isSuspended, windowStart } from "../reporters/reporter-standing.ts";
import type { ReportersRepository } from "../reporters/reporters.repository.ts";
import type { StaffRepository } from "../staff/staff.repository.ts";
import type { CasesConsoleRepository } from "./cases.console.repository.ts";
import { toQueueItem } from "./cases.mappers.ts";

const parse = (json: string | null) => (json ? JSON.parse(json) : null);

async function currentTarget(db: DbOrTx, repo: CasesConsoleRepository, row: CaseTable) {
  if (row.target_kind === "listing") {
    const listing = await repo.listing(db, row.target_id);
    return listing
      ? {
          title: listing.title,
          status: listing.status,
          priceMinor: Number(listing.price_minor),
          currency: listing.currency,
          imageUrl: listing.image_url,
          restrictedTerritories: parse(listing.restricted_territories),
        }
      : null;
  }
  const store = await repo.store(db, row.target_id);
  return store ? { name: store.name, status: store.status, frozenUntil: store.frozen_until } : null;
}

async function reportsOf(
  db: DbOrTx,
  repo: CasesConsoleRepository,
  reporters: Pick<ReportersRepository, "countersOf">,
  caseId: string,
  now: string,
  evidenceUrl: (reportId: string, evidenceId: string) => string,
) {
  const reports = await repo.reportsOfCase(db, caseId);
  const ids = reports.map((r) => r.id);
  const keys = [...new Set(reports.map((r) => r.reporter_key))];
  const [files, records, counters] = await Promise.all([
    repo.evidenceOfReports(db, ids),
    repo.reporterRecords(db, keys),
    reporters.countersOf(db, keys, windowStart(new Date(now))),
  ]);
  const record = new Map(records.map((r) => [r.reporter_key, r]));
  const marks = new Map(counters.marks.map((m) => [m.reporter_key, Number(m.n)]));
  const standings = new Map(counters.standings.map((s) => [s.reporter_key, s]));
  return reports.map((r) => ({
    id: r.id,
    reference: r.reference,
    type: r.type as CaseDetail["reports"][number]["type"],
    status: r.status as CaseDetail["reports"][number]["status"],
    createdAt: r.created_at,
    description: r.description,
    descriptionLanguage: r.description_language,
    details: JSON.parse(r.details_json),
    reporter: {
      email: r.contact_email,
      name: r.reporter_name ?? null,
      isGuest: !r.reporter_user_id,
      discloseIdentity: r.disclose_identity === 1,
      reportsFiled: Number(record.get(r.reporter_key)?.filed ?? 0),
      reportsUpheld: Number(record.get(r.reporter_key)?.upheld ?? 0),
      unfoundedMarks: marks.get(r.reporter_key) ?? 0,
      warned: !!standings.get(r.reporter_key)?.warned_at,
      suspendedUntil: isSuspended(
        { suspendedUntil: standings.get(r.reporter_key)?.suspended_until ?? null },
        new Date(now),
      )
        ? (standings.get(r.reporter_key)?.suspended_until ?? null)
        : null,
      fastLane: standings.get(r.reporter_key)?.fast_lane === 1,
      trustedFlagger: r.trusted_flagger ?? null,
    },
    source: (r.source === "trusted_flagger" ? "trusted_flagger" : "notice") as "notice" | "trusted_flagger",
    markedUnfounded: !!r.marked_unfounded_at,
    evidence: files
      .filter((f) => f.report_id === r.id)
      .map((f) => ({
        id: f.id,
        fileName: f.file_name,
        mimeType: f.mime_type,
        sizeBytes: f.size_bytes,
        url: evidenceUrl(r.id, f.id),
      })),
  }));
}

/** Everything the case page shows, in a fixed number of queries whatever the number of reports. */
export async function buildCaseDetail(
  db: DbOrTx,
  repo: CasesConsoleRepository,
  reporters: Pick<ReportersRepository, "countersOf">,
  staff: StaffRepository,
  row: CaseTable,
  now: string,
  evidenceUrl: (reportId: string, evidenceId: string) => string,
): Promise<CaseDetail> {
  const store = await repo.store(db, row.store_id);
  const sellerKey = store?.seller_user_id ?? row.store_id;
  const [reports, current, earlier, strikes, notes, events, decision] = await Promise.all([
    reportsOf(db, repo, reporters, row.id, now, evidenceUrl),
    currentTarget(db, repo, row),
    repo.earlierCasesOfSeller(db, { userId: store?.seller_user_id ?? null, storeId: row.store_id }, row.id),
    repo.activeStrikes(db, sellerKey, now),
    repo.notes(db, row.id),
    repo.events(db, row.id),
    repo.decision(db, row.id),
  ]);
  const names = await staff.namesOf(db, [
    row.claimed_by,
    decision?.decided_by ?? null,
    ...notes.map((n) => n.author_user_id),
    ...events.map((e) => e.actor_user_id),
  ]);
  const ref = (id: string | null) => (id && names.has(id) ? { id, name: names.get(id)! } : null);
  return {
    ...toQueueItem(row, names, now),
    snapshot: JSON.parse(row.snapshot_json),
    current,
    reports,
    seller: {
      storeId: row.store_id,
      storeName: store?.name ?? "(store no longer in the catalog)",
      storeStatus: store?.status ?? "unknown",
      earlierCases: earlier.items.map((c) => ({
        id: c.id,
        targetTitle: c.target_title,
        storeName: c.store_name,
        status: c.status as CaseDetail["status"],
        outcome: c.outcome ?? null,
        at: c.first_reported_at,
      })),
      earlierCounts: earlier.counts,
      storeCount: earlier.storeCount,
      activeStrikes: strikes.map((s) => ({
        severity: s.severity as "general" | "serious",
        at: s.created_at,
        expiresAt: s.expires_at,
        storeName: s.store_name ?? "(store no longer in the catalog)",
      })),
    },
    notes: notes.map((n) => ({ id: n.id, body: n.body, at: n.created_at, author: ref(n.author_user_id)! })),
    events: events.map((e) => ({
      type: e.type,
      status: e.status,
      at: e.created_at,
      actor: ref(e.actor_user_id),
      data: JSON.parse(e.data_json),
    })),
    eventCount: events.length,
    decision: decision
      ? {
          outcome: decision.outcome as "action_taken" | "no_action",
          reason: decision.reason as NonNullable<CaseDetail["decision"]>["reason"],
          actions: JSON.parse(decision.actions_json),
          statementPuid: decision.statement_puid,
          decidedAt: decision.decided_at,
          decidedBy: ref(decision.decided_by)!,
        }
      : null,
  };
}
