import { DEPARTMENT_NAMES, type ReportTypeInfo } from "../../../contracts/report-types.ts";
import { AGREEMENT_VERSION, type ReportCreated } from "../../../contracts/reports.ts";
import type { Clock } from "../../platform/clock.ts";
import { type Db, isUniqueViolation, type Tx } from "../../platform/db/database.ts";
import type { Transact } from "../../platform/db/transactions.ts";
import { AppError, invalidInput } from "../../platform/http/errors.ts";
import { newId, newReference, newSecretToken, sha256Hex } from "../../platform/ids.ts";
import { enqueue } from "../../platform/outbox/outbox.ts";
import type { EvidenceStore, StagedFile } from "../../platform/storage/evidence-store.ts";
import { isBlobReferenced } from "../../platform/storage/file-keeper.ts";
import type { Actor } from "../accounts/actor.ts";
import type { ResolvedTarget } from "../catalog/catalog.service.ts";
import { mailMessage } from "../notifications/notifications.templates.ts";
import type { ReportersService } from "../reporters/reporters.service.ts";
import { findUsableRight, isoDay } from "../rights/rights.service.ts";
import { statusAfter } from "./report-status.ts";
import { reporterKeyOf } from "./reporter-email.ts";
import { duplicateRefused, type OpenDuplicate } from "./reports.duplicates.ts";
import type { CaseIntake, CaseIntakePort, JoinedCase } from "./reports.ports.ts";
import type { ReportsRepository } from "./reports.repository.ts";
import type { ReportTargets } from "./reports.targets.ts";
import { type ValidReport, validateReport } from "./reports.validate.ts";

/**
 * Past this many links a report opens or joins a case per link for long enough to hold up a whole group
 * commit on SQLite: it commits alone, after the small reports sent beside it.
 */
export const GROUPED_LINKS_MAX = 10;

export interface IncomingEvidence {
  staged: StagedFile;
  fileName: string;
  mimeType: string;
}

export interface SubmitCommand {
  body: unknown;
  files: IncomingEvidence[];
  idempotencyKey?: string;
}

export interface SubmitDeps {
  reporters: Pick<ReportersService, "forIntake">;
  db: Db;
  transact: Transact;
  clock: Clock;
  reports: ReportsRepository;
  /** The catalog's listings and stores, and the kinds other modules provide. */
  targets: Pick<ReportTargets, "resolve">;
  cases: CaseIntakePort;
  evidence: EvidenceStore;
  publicUrl: string;
  reportsPerHour: number;
}

/**
 * An IP complaint rests on a right verified in the complainant's vault: the right's facts (type, number,
 * office, owner) go into the complaint from the vault, not from what was typed.
 */
async function withVerifiedRight(tx: Tx, actor: Actor | null, details: Record<string, unknown>, now: Date) {
  if (!actor)
    throw invalidInput({
      "details.rightId": "Sign in as a registered rights holder to file an IP complaint.",
    });
  const right = await findUsableRight(tx, actor.userId, String(details.rightId), isoDay(now));
  if (!right)
    throw invalidInput({ "details.rightId": "Choose one of your verified rights that is still valid." });
  return {
    ...details,
    rightType: right.type,
    registrationNumber: right.registrationNumber,
    jurisdiction: right.office,
    rightsOwner: right.ownerName,
  };
}

export function createSubmitReport(deps: SubmitDeps) {
  const { db, transact, clock, reports, targets: reportTargets, cases, evidence } = deps;

  /**
   * A member's duplicate is refused with the way to its first report. A guest's is accepted like any
   * report (the sender may not own the address: the answer must not tell that it reported before) and
   * closed at once in favour of the first; the address is told by mail.
   */
  async function checkDuplicatesAndFloods(
    tx: Tx,
    actor: Actor | null,
    key: string,
    type: ReportTypeInfo,
    targets: ResolvedTarget[],
  ): Promise<OpenDuplicate | undefined> {
    const duplicate = await reports.findOpenDuplicate(tx, key, type.id, targets);
    if (duplicate && actor) throw duplicateRefused(duplicate);
    const since = new Date(clock.now().getTime() - 3_600_000).toISOString();
    if ((await reports.countSince(tx, key, since)) >= deps.reportsPerHour) {
      throw new AppError(
        429,
        "rate_limited",
        "You have sent many reports in the last hour. Please try again later.",
      );
    }
    return duplicate;
  }

  async function store(tx: Tx, actor: Actor | null, v: ValidReport, files: IncomingEvidence[]) {
    const now = clock.now();
    const at = now.toISOString();
    const key = reporterKeyOf(actor, v.contactEmail);
    const standing = await deps.reporters.forIntake(tx, actor, key);
    const details =
      v.type.id === "ip_rights_holder" ? await withVerifiedRight(tx, actor, v.details, now) : v.details;
    const targets = await reportTargets.resolve(tx, actor, v.type.id, v.input.targetUrls);
    const duplicate = await checkDuplicatesAndFloods(tx, actor, key, v.type, targets);

    const intakeOf = (target: ResolvedTarget): CaseIntake => ({
      department: v.type.department,
      target,
      details,
      fastLane: standing.fastLane,
      trustedFlagger: standing.trustedFlagger !== null,
      reportType: v.type.id,
      now,
      actorUserId: actor?.userId ?? null,
    });
    const caseRows: JoinedCase[] = [];
    for (const target of targets) caseRows.push(await cases.openOrJoin(tx, intakeOf(target)));

    const id = newId();
    const reference = newReference("R");
    const token = actor ? null : newSecretToken();
    const expectedDecisionBy = caseRows
      .map((c) => c.sla_due_at)
      .sort()
      .at(-1)!;
    await reports.insertReport(tx, {
      id,
      reference,
      type: v.type.id,
      department: v.type.department,
      reporter_user_id: actor?.userId ?? null,
      reporter_key: key,
      contact_email: v.contactEmail,
      access_token_hash: token ? sha256Hex(token) : null,
      description: v.input.description,
      description_language: v.language,
      details_json: JSON.stringify(details),
      disclose_identity: v.input.discloseIdentity ? 1 : 0,
      agreement_version: AGREEMENT_VERSION,
      // A guest's duplicate is stored closed at once: its two events below record how it got there.
      status: statusAfter(duplicate ? "report.closed_duplicate" : "report.submitted"),
      target_title: targets[0]!.title,
      target_count: targets.length,
      source: standing.trustedFlagger ? "trusted_flagger" : "notice",
      expected_decision_by: expectedDecisionBy,
      created_at: at,
      updated_at: at,
    });
    await reports.insertTargets(
      tx,
      targets.map((t, i) => ({
        id: newId(),
        report_id: id,
        position: i,
        url: t.url,
        target_kind: t.kind,
        target_id: t.id,
        target_title: t.title,
        case_id: caseRows[i]!.id,
      })),
    );
    await reports.insertFirstEvent(tx, {
      reportId: id,
      type: "report.submitted",
      actorUserId: actor?.userId ?? null,
      data: {},
      at,
    });
    if (duplicate) {
      await reports.insertFirstEvent(tx, {
        reportId: id,
        type: "report.closed_duplicate",
        actorUserId: null,
        data: { duplicateOf: duplicate.id, reference: duplicate.reference },
        at,
      });
    } else {
      const distinctCases = [...new Map(caseRows.map((c, i) => [c.id, targets[i]!])).entries()];
      for (const [caseId, target] of distinctCases)
        await cases.recordReport(tx, caseId, { id, reference, reporterKey: key }, intakeOf(target));
    }
    await reports.insertEvidence(
      tx,
      files.map((f) => ({
        id: newId(),
        report_id: id,
        sha256: f.staged.sha256,
        size_bytes: f.staged.sizeBytes,
        mime_type: f.mimeType,
        file_name: f.fileName,
        created_at: at,
      })),
    );

    const trackingUrl = token ? `${deps.publicUrl}/track/${id}?token=${token}` : null;
    // The mails link to /my/reports/<id>; a guest's copy gets its own private link as it is sent.
    await enqueue(tx, clock, {
      topic: "mail.send",
      dedupeKey: `mail:report.receipt:${id}`,
      payload: duplicate
        ? mailMessage("report-duplicate", duplicate.contact_email, {
            reference,
            firstReference: duplicate.reference,
            url: `${deps.publicUrl}/my/reports/${duplicate.id}`,
          })
        : mailMessage("report-receipt", v.contactEmail, {
            reference,
            typeTitle: v.type.title,
            targetTitle: targets.length > 1 ? `${targets.length} listings or stores` : targets[0]!.title,
            department: DEPARTMENT_NAMES[v.type.department],
            expectedDecisionBy: new Date(expectedDecisionBy).toUTCString(),
            trackingUrl: `${deps.publicUrl}/my/reports/${id}`,
            isGuest: token ? "yes" : "no",
            disclosed: v.input.discloseIdentity ? "yes" : "no",
          }),
    });

    const created: ReportCreated = {
      id,
      reference,
      status: "submitted",
      caseId: caseRows[0]!.id,
      department: v.type.department,
      expectedDecisionBy,
      createdAt: at,
      targets: targets.map((t, i) => ({
        url: t.url,
        kind: t.kind,
        targetId: t.id,
        title: t.title,
        caseId: caseRows[i]!.id,
      })),
      trackingUrl,
    };
    return created;
  }

  /** Moves the staged files into the evidence store; returns the blobs that did not exist before. */
  async function commitFiles(files: IncomingEvidence[]): Promise<string[]> {
    const fresh: string[] = [];
    for (const f of files) if (await evidence.commit(f.staged)) fresh.push(f.staged.sha256);
    return fresh;
  }

  /**
   * Files a report: validation, target resolution, duplicate and flood checks, case routing, evidence,
   * the receipt email and the idempotency record — all in one transaction, or nothing at all.
   */
  return async function submitReport(actor: Actor | null, command: SubmitCommand): Promise<ReportCreated> {
    const v = validateReport(actor, command.body);
    const scope = reporterKeyOf(actor, v.contactEmail);
    // The validated report, not the raw body: fields we ignore (however deeply nested) do not count.
    const requestHash = sha256Hex(
      JSON.stringify([v.input, v.details, v.contactEmail, command.files.map((f) => f.staged.sha256)]),
    );
    const replay = await replayIdempotent(scope, command.idempotencyKey, requestHash);
    if (replay) return replay;

    let freshBlobs: string[] = [];
    try {
      const fileIt = async (tx: Tx) => {
        const created = await store(tx, actor, v, command.files);
        if (command.idempotencyKey) {
          await reports.saveIdempotent(tx, {
            scope,
            key: command.idempotencyKey,
            requestHash,
            status: 201,
            response: created,
            at: created.createdAt,
          });
        }
        // Last step before commit: a blob on disk without its row is harmless; a row without its blob is not.
        freshBlobs = await commitFiles(command.files);
        return created;
      };
      return await transact(fileIt, { alone: v.input.targetUrls.length > GROUPED_LINKS_MAX });
    } catch (error) {
      // Only blobs that no stored report uses: another report in the same commit may share the file.
      for (const sha of freshBlobs) if (!(await isBlobReferenced(db, sha))) await evidence.remove(sha);
      if (command.idempotencyKey && isUniqueViolation(error)) {
        const raced = await replayIdempotent(scope, command.idempotencyKey, requestHash);
        if (raced) return raced;
      }
      throw error;
    }
  };

  async function replayIdempotent(scope: string, key: string | undefined, requestHash: string) {
    if (!key) return null;
    const previous = await reports.findIdempotent(db, scope, key);
    if (!previous) return null;
    if (previous.requestHash !== requestHash) {
      throw new AppError(
        422,
        "idempotency_key_reused",
        "This Idempotency-Key was already used for a different report. Use a new key for a new report.",
      );
    }
    return previous.response;
  }
}
