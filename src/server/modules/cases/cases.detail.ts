import type { CaseDetail } from "../../../contracts/console.ts";
import type { DbOrTx } from "../../platform/db/database.ts";
import { isSuspended, windowStart } from "../reporters/reporter-standing.ts";
import type { ReportersPorts } from "../reporters/reporters.module.ts";
import type { ReportsPorts } from "../reports/reports.module.ts";
import type { StaffService } from "../staff/staff.service.ts";
import type { CasesConsoleRepository } from "./cases.console.repository.ts";
import { toQueueItem } from "./cases.mappers.ts";
import type { CasePageRepository } from "./cases.page.repository.ts";
import type { CaseRow } from "./cases.repository.ts";

type Counters = Pick<ReportersPorts["reporterCounters"], "countersOf">;

/** The console's queries and the case page's own. */
interface Repositories {
  console: Pick<CasesConsoleRepository, "reportsOfCase" | "store">;
  page: CasePageRepository;
  /** Kinds other modules provide (a message): they say how their target is now. */
  targets: Pick<ReportsPorts["reportTargets"], "current">;
}

async function currentTarget(db: DbOrTx, repo: Repositories, row: CaseRow) {
  if (row.target_kind === "listing") return (await repo.page.currentListing(db, row.target_id)) ?? null;
  if (row.target_kind !== "store") return repo.targets.current(db, row.target_kind, row.target_id);
  const store = await repo.console.store(db, row.target_id);
  return store ? { name: store.name, status: store.status, frozenUntil: store.frozen_until } : null;
}

async function reportsOf(
  db: DbOrTx,
  repo: Repositories,
  reporters: Counters,
  caseId: string,
  now: string,
  evidenceUrl: (reportId: string, evidenceId: string) => string,
) {
  const reports = await repo.console.reportsOfCase(db, caseId);
  const ids = reports.map((r) => r.id);
  const keys = [...new Set(reports.map((r) => r.reporter_key))];
  const [files, records, counters] = await Promise.all([
    repo.page.evidenceOfReports(db, ids),
    repo.page.reporterRecords(db, keys),
    reporters.countersOf(db, keys, windowStart(new Date(now))),
  ]);
  const record = new Map(records.map((r) => [r.reporter_key, r]));
  const marks = new Map(counters.marks.map((m) => [m.reporter_key, Number(m.n)]));
  const standings = new Map(counters.standings.map((s) => [s.reporter_key, s]));
  return reports.map((r) => ({
    id: r.id,
    reference: r.reference,
    type: r.type as CaseDetail["reports"][number]["type"],
    status: r.status,
    createdAt: r.created_at,
    description: r.description,
    descriptionLanguage: r.description_language,
    details: r.details,
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
  repo: Repositories,
  reporters: Counters,
  staff: Pick<StaffService, "namesOf">,
  row: CaseRow,
  now: string,
  evidenceUrl: (reportId: string, evidenceId: string) => string,
): Promise<CaseDetail> {
  const store = await repo.console.store(db, row.store_id);
  const sellerKey = store?.seller_user_id ?? row.store_id;
  const [reports, current, earlier, strikes, notes, events, decision] = await Promise.all([
    reportsOf(db, repo, reporters, row.id, now, evidenceUrl),
    currentTarget(db, repo, row),
    repo.page.earlierCasesOfSeller(
      db,
      { userId: store?.seller_user_id ?? null, storeId: row.store_id },
      row.id,
    ),
    repo.page.activeStrikes(db, sellerKey, now),
    repo.page.notes(db, row.id),
    repo.page.events(db, row.id),
    repo.page.decision(db, row.id),
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
    snapshot: row.snapshot,
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
      data: e.data,
    })),
    eventCount: events.length,
    decision: decision
      ? {
          outcome: decision.outcome as "action_taken" | "no_action",
          reason: decision.reason as NonNullable<CaseDetail["decision"]>["reason"],
          actions: decision.actions,
          statementPuid: decision.statement_puid,
          decidedAt: decision.decided_at,
          decidedBy: ref(decision.decided_by)!,
        }
      : null,
  };
}
