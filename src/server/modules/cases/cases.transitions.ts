import type { AuditAction } from "../../../contracts/audit.ts";
import type { CaseStatus } from "../../../contracts/console.ts";
import { appendAudit } from "../../platform/audit/audit-log.ts";
import type { Tx } from "../../platform/db/database.ts";
import { AppError, notFound } from "../../platform/http/errors.ts";
import { type CaseEventType, statusesBefore, statusMovedTo } from "./case-status.ts";
import { CASE_EVENTS, type CaseEventData } from "./cases.events.ts";
import type { CaseChanges, CaseGuard, CasesRepository } from "./cases.repository.ts";

/** A transition the case's row no longer allowed when it came to it: someone else moved the case first. */
export class CaseTransitionRefused extends AppError {
  constructor(code: string, message: string) {
    super(409, code, message);
  }
}

/** Events that move a case after it exists; the intake writes its opening and its reports itself. */
export type TransitionEvent = Exclude<CaseEventType, "case.opened" | "report.attached">;

export interface CaseEventInput<T extends TransitionEvent> {
  type: T;
  actorUserId: string | null;
  data: CaseEventData<T>;
  at: string;
}

export interface TransitionOptions {
  /** Narrows the statuses the event may happen in, to what the caller read. */
  from?: CaseStatus[];
  /** Columns to change with the status. */
  set?: CaseChanges;
  /** What must still hold besides the status. */
  where?: CaseGuard;
}

const REFUSED_IN: Partial<Record<CaseStatus, [code: string, message: string]>> = {
  decided: ["already_decided", "This case is already decided."],
  closed: ["case_closed", "This case is closed: its reports joined another case."],
};
const CHANGED: [string, string] = [
  "case_changed",
  "This case changed while you were looking at it. Reload it and try again.",
];
const CLAIMED: [string, string] = ["claimed_by_other", "A colleague is working on this case."];

/** The moves of a case that staff make and the audit log keeps (claims and releases are routine). */
const AUDITED: Partial<Record<TransitionEvent, AuditAction>> = {
  "case.decided": "case.decided",
  "case.assigned": "case.assigned",
  "case.rerouted": "case.rerouted",
  "case.merged": "case.merged",
  "case.info_requested": "case.info_requested",
  "case.reopened": "case.reopened",
  "appeal.decided": "appeal.decided",
  "counter_notice.decided": "counter_notice.decided",
};

/** Every change of a case's status goes through here: the state machine, one conditional update, its event. */
export function createCaseTransitions(cases: Pick<CasesRepository, "moveCase" | "appendEvent" | "findById">) {
  async function refusal(tx: Tx, caseId: string, allowed: CaseStatus[], guard: CaseGuard | undefined) {
    const row = await cases.findById(tx, caseId);
    if (!row) return notFound("This case");
    const [code, message] = allowed.includes(row.status)
      ? guard?.kind === "claimable"
        ? CLAIMED
        : CHANGED
      : (REFUSED_IN[row.status] ?? CHANGED);
    return new CaseTransitionRefused(code, message);
  }

  return {
    /**
     * Moves the case as `event` says, with `set`, where its status allows the event and `where` holds,
     * and appends the event in the same transaction. Of two requests racing for the same case exactly one
     * moves it; the other gets a 409 that says why.
     */
    async transitionCase<T extends TransitionEvent>(
      tx: Tx,
      caseId: string,
      event: CaseEventInput<T>,
      options: TransitionOptions = {},
    ): Promise<CaseStatus> {
      const data = CASE_EVENTS[event.type].parse(event.data);
      const { from, where } = options;
      const allowed = statusesBefore(event.type).filter((s) => !from || from.includes(s));
      if (allowed.length === 0) throw await refusal(tx, caseId, allowed, where);
      const status = await cases.moveCase(tx, caseId, {
        from: allowed,
        to: statusMovedTo(event.type),
        set: options.set ?? {},
        guard: where,
      });
      if (!status) throw await refusal(tx, caseId, allowed, where);
      await cases.appendEvent(tx, {
        caseId,
        type: event.type,
        status,
        actorUserId: event.actorUserId,
        data,
        at: event.at,
      });
      const audited = AUDITED[event.type];
      if (audited && event.actorUserId)
        await appendAudit(tx, {
          actorUserId: event.actorUserId,
          action: audited,
          subject: { kind: "case", id: caseId },
          data: data as Record<string, unknown>,
          at: event.at,
        });
      return status;
    },
  };
}

export type CaseTransitions = ReturnType<typeof createCaseTransitions>;
