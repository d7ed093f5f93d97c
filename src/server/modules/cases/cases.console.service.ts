import { z } from "zod";
import type { CaseDetail, CaseQueueItem, CaseQueueQuery } from "../../../contracts/console.ts";
import type { Clock } from "../../platform/clock.ts";
import type { Db, DbOrTx, Tx } from "../../platform/db/database.ts";
import { keysetCursor } from "../../platform/db/pagination.ts";
import type { Transact } from "../../platform/db/transactions.ts";
import { AppError, forbidden, invalidInput, notFound } from "../../platform/http/errors.ts";
import { newId } from "../../platform/ids.ts";
import type { Actor } from "../accounts/actor.ts";
import { STAFF_ROLES } from "../accounts/auth.ts";
import { findAttachment } from "../attachments/attachments.ts";
import type { ReportersPorts } from "../reporters/reporters.module.ts";
import type { ReportsPorts } from "../reports/reports.module.ts";
import { mayWorkDepartment, type StaffMember } from "../staff/staff.policy.ts";
import type { StaffService } from "../staff/staff.service.ts";
import type { CasesConsoleRepository } from "./cases.console.repository.ts";
import { buildCaseDetail } from "./cases.detail.ts";
import { toQueueItem } from "./cases.mappers.ts";
import type { CasePageRepository } from "./cases.page.repository.ts";
import type { CaseGuard, CasesRepository } from "./cases.repository.ts";
import { CaseTransitionRefused, type CaseTransitions } from "./cases.transitions.ts";

const CLAIM_MINUTES = 30;

/** The queue's sort key: priority, SLA due time, id. */
const queueCursor = keysetCursor(z.tuple([z.number().int(), z.string(), z.string()]));

interface Deps {
  db: Db;
  transact: Transact;
  clock: Clock;
  cases: Pick<CasesRepository, "findById">;
  transitions: Pick<CaseTransitions, "transitionCase">;
  console: CasesConsoleRepository;
  page: CasePageRepository;
  staff: Pick<StaffService, "requireStaff" | "departmentsOf" | "namesOf">;
  reports: Pick<ReportsPorts["reportRecords"], "appendEvent" | "findEvidenceFile">;
  targets: Pick<ReportsPorts["reportTargets"], "current">;
  reporters: Pick<ReportersPorts["reporterCounters"], "countersOf">;
  evidenceUrl: (reportId: string, evidenceId: string) => string;
  evidencePath: (sha256: string) => string;
  queueCountsMaxAgeSeconds: number;
}

/** The moderation console: queues, the case page, claims and internal notes. */
export function createCasesConsoleService(deps: Deps) {
  const { db, transact, clock, cases, staff } = deps;
  const repo = deps.console;

  async function caseForStaff(tx: DbOrTx, member: StaffMember, id: string) {
    const row = await cases.findById(tx, id);
    if (!row) throw notFound("This case");
    if (!mayWorkDepartment(member, row.department))
      throw forbidden("This case belongs to a department you do not work.");
    return row;
  }

  /** Reporters see "in review" from the moment a moderator takes the case up. */
  async function startReview(tx: DbOrTx, caseId: string, actorUserId: string, at: string) {
    for (const report of await repo.reportsOfCase(tx, caseId)) {
      if (report.status !== "submitted") continue;
      await deps.reports.appendEvent(tx, {
        reportId: report.id,
        type: "report.review_started",
        actorUserId,
        data: {},
        at,
      });
    }
  }

  /** A case goes only to staff who work its department (admins work them all). */
  async function requireAssignable(userId: string, department: string) {
    const role = await repo.roleOf(db, userId);
    const works =
      role === "admin" ||
      (!!role &&
        (STAFF_ROLES as readonly string[]).includes(role) &&
        (await staff.departmentsOf(db, userId)).includes(department));
    if (!works) throw invalidInput({ assigneeId: "Choose a colleague who works in this case's department." });
  }

  /** A colleague's claim refuses mine: the refusal names them. */
  async function refuseClaim(tx: DbOrTx, holder: string | null | undefined): Promise<never> {
    const name = (await staff.namesOf(tx, [holder ?? ""])).get(holder ?? "") ?? "a colleague";
    throw new AppError(409, "claimed_by_other", `${name} is working on this case.`);
  }

  /** Of two claims at once one takes the case; the other is told who has it. */
  async function takeClaim(
    tx: Tx,
    claim: { id: string; actorUserId: string; at: string; assign: boolean },
    data: { claimedBy: string; until: string },
    where: CaseGuard,
  ) {
    try {
      await deps.transitions.transitionCase(
        tx,
        claim.id,
        {
          type: claim.assign ? "case.assigned" : "case.claimed",
          actorUserId: claim.actorUserId,
          data,
          at: claim.at,
        },
        { set: { claimed_by: data.claimedBy, claim_expires_at: data.until }, where },
      );
    } catch (error) {
      if (error instanceof CaseTransitionRefused && error.code === "claimed_by_other")
        await refuseClaim(tx, (await cases.findById(tx, claim.id))?.claimed_by);
      throw error;
    }
  }

  async function detail(member: StaffMember, id: string): Promise<CaseDetail> {
    const row = await caseForStaff(db, member, id);
    const repos = { console: repo, page: deps.page, targets: deps.targets };
    return buildCaseDetail(
      db,
      repos,
      deps.reporters,
      staff,
      row,
      clock.now().toISOString(),
      deps.evidenceUrl,
    );
  }

  return {
    async queue(actor: Actor | null, query: CaseQueueQuery) {
      const member = await staff.requireStaff(db, actor);
      const departments = query.department
        ? member.departments.filter((d) => d === query.department)
        : member.departments;
      if (query.department && departments.length === 0) throw forbidden("You do not work this department.");
      const now = clock.now().toISOString();
      const key = queueCursor.decode(query.cursor);
      const rows = await repo.queue(db, {
        departments,
        status: query.status,
        type: query.type,
        overdueAt: query.overdue ? now : undefined,
        claimedBy: query.mine ? member.actor.userId : undefined,
        trustedFlaggerOnly: query.trustedFlagger,
        now,
        after: key ? { priority: key[0], slaDueAt: key[1], id: key[2] } : null,
        limit: query.limit,
      });
      const [names, counts] = await Promise.all([
        staff.namesOf(
          db,
          rows.map((r) => r.claimed_by),
        ),
        repo.counts(db, member.departments, now, deps.queueCountsMaxAgeSeconds),
      ]);
      const page = queueCursor.page(
        rows,
        query.limit,
        (r) => [r.priority, r.sla_due_at, r.id],
        (r) => toQueueItem(r, names, now),
      );
      return {
        ...page,
        counts: counts.map((c) => ({
          department: c.department as CaseQueueItem["department"],
          open: Number(c.open),
          overdue: Number(c.overdue ?? 0),
        })),
      };
    },

    async get(actor: Actor | null, id: string) {
      return detail(await staff.requireStaff(db, actor), id);
    },

    /** Takes a lease on the case so that two moderators do not work it at once. */
    async claim(actor: Actor | null, id: string, assigneeId?: string) {
      const member = await staff.requireStaff(db, actor);
      const row = await caseForStaff(db, member, id);
      const now = clock.now();
      const holder = row.claim_expires_at && row.claim_expires_at > now.toISOString() ? row.claimed_by : null;
      const claimant = assigneeId ?? member.actor.userId;
      if (assigneeId && member.actor.role === "moderator")
        throw forbidden("Only senior moderators and admins assign cases.");
      if (assigneeId) await requireAssignable(assigneeId, row.department);
      if (holder && holder !== claimant && !assigneeId) await refuseClaim(db, holder);
      if (row.status === "decided")
        throw new AppError(409, "already_decided", "This case is already decided.");
      const until = new Date(now.getTime() + CLAIM_MINUTES * 60_000).toISOString();
      const at = now.toISOString();
      // An assignment overrides a colleague's claim, but only the claim the senior saw.
      const where: CaseGuard = assigneeId
        ? { kind: "claimAsRead", claimedBy: row.claimed_by, claimExpiresAt: row.claim_expires_at }
        : { kind: "claimable", by: claimant, now: at };
      await transact(async (tx) => {
        const claim = { id, actorUserId: member.actor.userId, at, assign: !!assigneeId };
        await takeClaim(tx, claim, { claimedBy: claimant, until }, where);
        await startReview(tx, id, member.actor.userId, at);
      });
      return detail(member, id);
    },

    async release(actor: Actor | null, id: string) {
      const member = await staff.requireStaff(db, actor);
      const row = await caseForStaff(db, member, id);
      if (row.claimed_by !== member.actor.userId)
        throw new AppError(409, "not_claimed", "You do not hold a claim on this case.");
      await transact((tx) =>
        deps.transitions.transitionCase(
          tx,
          id,
          {
            type: "case.released",
            actorUserId: member.actor.userId,
            data: {},
            at: clock.now().toISOString(),
          },
          // Of two releases at once, the one that no longer finds the claim is refused.
          {
            set: { claimed_by: null, claim_expires_at: null },
            where: { kind: "heldBy", userId: member.actor.userId },
          },
        ),
      );
      return detail(member, id);
    },

    async addNote(actor: Actor | null, id: string, body: string) {
      const member = await staff.requireStaff(db, actor);
      await caseForStaff(db, member, id);
      const at = clock.now().toISOString();
      await repo.addNote(db, {
        id: newId(),
        case_id: id,
        author_user_id: member.actor.userId,
        body,
        created_at: at,
      });
      return detail(member, id);
    },

    /** A report's evidence, for staff of a department its cases are in (admins: all). */
    async evidenceFile(actor: Actor | null, reportId: string, evidenceId: string) {
      const member = await staff.requireStaff(db, actor);
      const departments = await repo.departmentsOfReport(db, reportId);
      if (departments.length === 0) throw notFound("This report");
      if (!departments.some((d) => mayWorkDepartment(member, d)))
        throw forbidden("This report belongs to a department you do not work.");
      const file = await deps.reports.findEvidenceFile(db, reportId, evidenceId);
      if (!file) throw notFound("This file");
      return {
        path: deps.evidencePath(file.sha256),
        fileName: file.file_name,
        mimeType: file.mime_type,
        size: file.size_bytes,
      };
    },

    /** A file sent with an appeal or a seller's answer, for staff of the case's department. */
    async attachmentFile(actor: Actor | null, caseId: string, attachmentId: string) {
      const member = await staff.requireStaff(db, actor);
      await caseForStaff(db, member, caseId);
      const file = await findAttachment(db, caseId, attachmentId);
      if (!file) throw notFound("This file");
      return {
        path: deps.evidencePath(file.sha256),
        fileName: file.file_name,
        mimeType: file.mime_type,
        size: file.size_bytes,
      };
    },

    caseForStaff,
    detail,
  };
}

export type CasesConsoleService = ReturnType<typeof createCasesConsoleService>;
