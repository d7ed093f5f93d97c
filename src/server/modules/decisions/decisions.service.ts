import type { DecideCase, EnforcementAction } from "../../../contracts/decisions.ts";
import type { Clock } from "../../platform/clock.ts";
import type { Db, Tx } from "../../platform/db/database.ts";
import type { CaseTable } from "../../platform/db/schema.ts";
import type { Transact } from "../../platform/db/transactions.ts";
import { AppError, notFound } from "../../platform/http/errors.ts";
import { newId } from "../../platform/ids.ts";
import { enqueue, enqueueMany } from "../../platform/outbox/outbox.ts";
import { type Actor, isStaff } from "../accounts/actor.ts";
import type { CasesPorts } from "../cases/cases.module.ts";
import { applyStrikePolicy, strikeStandingOf } from "../cases/strike-policy.ts";
import { mailMessage } from "../notifications/notifications.templates.ts";
import type { ReportersPorts } from "../reporters/reporters.module.ts";
import type { ReportsPorts } from "../reports/reports.module.ts";
import type { StaffPorts } from "../staff/staff.module.ts";
import { requireStaff } from "../staff/staff.service.ts";
import { describeActions, describeStrikesForSeller, outcomeForReporters } from "./decision-texts.ts";
import type { DecisionsRepository, Notice } from "./decisions.repository.ts";
import { applyEnforcement, refuseActionsNotFor } from "./enforcement.ts";
import { validateStatement } from "./statement-of-reasons.schema.ts";
import { buildStatement, type StatementContext } from "./statement-of-reasons.ts";

interface Deps {
  reporters: Pick<ReportersPorts["reporters"], "refreshAfterDecision">;
  db: Db;
  transact: Transact;
  clock: Clock;
  transitions: CasesPorts["caseTransitions"];
  caseQueries: Pick<CasesPorts["caseQueries"], "reportsOfCase" | "listing" | "store">;
  console: Pick<CasesPorts["caseConsole"], "caseForStaff" | "detail">;
  decisions: DecisionsRepository;
  reports: Pick<ReportsPorts["reportRecords"], "appendEventToReports">;
  staff: Pick<StaffPorts["staff"], "departmentsOf">;
  targets: Pick<ReportsPorts["reportTargets"], "hideable">;
  publicUrl: string;
}

/**
 * Where the notice came from, for the statement: a trusted flagger's organisation when one reported it;
 * for IP notices the organisation behind the verified right, which the seller needs to answer. Nobody's
 * name otherwise: a statement is published and may hold no personal data (DSA Art. 24(5)), so a rights
 * holder who registered as a person is not named.
 */
async function sourceOf(
  tx: Tx,
  repo: DecisionsRepository,
  notices: Notice[],
  details: Record<string, unknown>,
) {
  const flagger = notices.find((n) => n.source === "trusted_flagger");
  if (flagger) return { type: "SOURCE_TRUSTED_FLAGGER" as const, identity: flagger.trustedFlagger };
  const right =
    notices[0]?.type === "ip_rights_holder" && typeof details.rightId === "string"
      ? await repo.notifierOfRight(tx, details.rightId)
      : undefined;
  return { type: "SOURCE_ARTICLE_16" as const, identity: right ? organisationNamed(right) : null };
}

/** The organisation a right's notice names: its owner, or the agent company that filed for an owner it does not vouch for. */
function organisationNamed(right: {
  owner_name: string;
  acts_as_agent: number;
  kind: string;
  legal_name: string;
}) {
  if (right.kind !== "company") return null;
  return right.acts_as_agent ? right.legal_name : right.owner_name;
}

/** A case as it is read for deciding: its row, and the snapshot of its target parsed. */
type CaseWithSnapshot = CaseTable & { snapshot: Record<string, unknown> };

export function createDecisionsService(deps: Deps) {
  const { db, transact, clock, decisions } = deps;

  /** When the reported content appeared: a listing's or store's creation, else the time its snapshot gives (a message's). */
  async function contentDateOf(tx: Tx, row: CaseWithSnapshot): Promise<string | undefined> {
    if (row.target_kind === "listing") return (await deps.caseQueries.listing(tx, row.target_id))?.created_at;
    if (row.target_kind === "store") return (await deps.caseQueries.store(tx, row.store_id))?.created_at;
    const createdAt = row.snapshot.createdAt;
    return typeof createdAt === "string" ? createdAt : undefined;
  }

  async function statementFor(
    tx: Tx,
    row: CaseWithSnapshot,
    decisionId: string,
    input: DecideCase,
    actions: EnforcementAction[],
  ) {
    if (input.outcome !== "action_taken") return null;
    const notices = await decisions.noticesOfCase(tx, row.id);
    const first = notices[0];
    const details = first?.details ?? {};
    const contentAt = await contentDateOf(tx, row);
    const statement = buildStatement({
      puid: `sor-${decisionId}`,
      actions,
      ground: input.ground,
      facts: input.facts,
      reportType: first?.type ?? "listing_violation",
      details,
      target: {
        kind: row.target_kind as StatementContext["target"]["kind"],
        contentDate: (contentAt ?? row.first_reported_at).slice(0, 10),
        language: null,
      },
      source: await sourceOf(tx, decisions, notices, details),
      decidedAt: clock.now(),
      termsUrl: null,
      // A buyer wrote the rating as a consumer; everything else is a store's, a business's.
      accountType: row.author_user_id ? "ACCOUNT_TYPE_PRIVATE" : "ACCOUNT_TYPE_BUSINESS",
    });
    if (!statement) return null;
    const verdict = validateStatement(statement);
    if (!verdict.ok)
      throw new Error(`statement of reasons does not validate: ${JSON.stringify(verdict.errors)}`);
    return statement;
  }

  /** What the seller reads about the strikes of this decision: their kind, end, its record, the next step. */
  async function strikeTextFor(tx: Tx, decisionId: string, sellerKey: string) {
    const strikes = await decisions.strikesOfDecision(tx, decisionId);
    if (strikes.length === 0) return "";
    const standing = strikeStandingOf(
      await decisions.liveStrikeSeverities(tx, sellerKey, clock.now().toISOString()),
    );
    return describeStrikesForSeller(
      strikes.map((s) => ({ severity: s.severity, expiresAt: s.expires_at })),
      standing,
    );
  }

  /** The buyer whose rating a decision hid: what and why, with the way to the statement and the appeal. */
  async function tellAuthor(tx: Tx, row: CaseTable, groundText: string) {
    const email = await decisions.emailOfUser(tx, row.author_user_id!);
    if (!email) return;
    await enqueue(tx, clock, {
      topic: "mail.send",
      dedupeKey: `mail:decision-author:${row.id}`,
      payload: mailMessage("decision-author", email, {
        contentName: row.target_kind === "feedback" ? "rating" : row.target_kind,
        targetTitle: row.target_title,
        groundText,
        url: `${deps.publicUrl}/my/reports?box=received`,
      }),
    });
  }

  async function tellPeople(
    tx: Tx,
    row: CaseTable,
    input: DecideCase,
    actions: EnforcementAction[],
    decision: { id: string; puid: string | null; sellerKey: string },
  ) {
    const at = clock.now().toISOString();
    const reports = await decisions.reportsOfCase(tx, row.id);
    const overrides = Object.fromEntries((await decisions.outcomeTemplates(tx)).map((t) => [t.key, t.text]));
    const outcomeText = outcomeForReporters(input, actions, overrides, row.target_kind);
    // A report on several links is decided when the last of its links is.
    const decided = reports.filter((report) => Number(report.undecided_targets) === 0);
    await deps.reports.appendEventToReports(
      tx,
      decided.map((report) => report.id),
      {
        type: "report.decided",
        actorUserId: null,
        data: {
          caseId: row.id,
          outcome: input.outcome,
          text: outcomeText,
          message: input.messageToReporters ?? null,
        },
        at,
      },
    );
    await enqueueMany(
      tx,
      clock,
      decided.map((report) => ({
        topic: "mail.send",
        dedupeKey: `mail:decision:${row.id}:${report.id}`,
        payload: mailMessage("decision-reporter", report.contact_email, {
          reference: report.reference,
          targetTitle: row.target_title,
          outcomeText,
          message: input.messageToReporters ?? "",
          url: `${deps.publicUrl}/my/reports/${report.id}`,
        }),
      })),
    );
    if (input.outcome !== "action_taken") return;
    if (row.author_user_id) return tellAuthor(tx, row, input.ground.explanation);
    const store = await deps.caseQueries.store(tx, row.store_id);
    const sellerEmail = store?.seller_user_id
      ? await decisions.emailOfUser(tx, store.seller_user_id)
      : undefined;
    if (!sellerEmail) return;
    const strikeText = await strikeTextFor(tx, decision.id, decision.sellerKey);
    // A restriction has a statement of reasons; a strike alone restricts nothing yet, but the seller is told.
    if (decision.puid || strikeText) {
      await enqueue(tx, clock, {
        topic: "mail.send",
        dedupeKey: `mail:decision-seller:${row.id}`,
        payload: mailMessage("decision-seller", sellerEmail, {
          targetTitle: row.target_title,
          storeName: store?.name ?? "",
          restricted: decision.puid ? "yes" : "no",
          actionsText: describeActions(actions),
          groundText: input.ground.explanation,
          strikeText,
          url: `${deps.publicUrl}/my/reports?box=received`,
        }),
      });
    }
  }

  /**
   * Decides a case in one transaction: the case closes to new reports, enforcement is applied to the
   * catalog with the strike policy, the statement of reasons is made and checked, reports move to
   * "decided", and reporters and seller are written to through the outbox. All or nothing. Returns who
   * decided; `decide` answers with the case page, bulk decisions need none.
   */
  async function decideWithoutPage(actor: Actor | null, caseId: string, input: DecideCase) {
    const member = await requireStaff(db, deps.staff, actor);
    const row = await deps.console.caseForStaff(db, member, caseId);
    const now = clock.now();
    if (
      row.claimed_by &&
      row.claimed_by !== member.actor.userId &&
      (row.claim_expires_at ?? "") > now.toISOString()
    ) {
      throw new AppError(
        409,
        "claimed_by_other",
        "A colleague is working on this case. Ask them, or wait for their claim to end.",
      );
    }
    if (input.outcome === "action_taken")
      refuseActionsNotFor(input.actions, row, deps.targets.hideable(row.target_kind));
    await transact(async (tx) => {
      if ((await decisions.countCaseEvents(tx, caseId)) !== input.seenEventCount) {
        throw new AppError(
          409,
          "stale_case",
          "This case changed while you were looking at it. Reload it before deciding.",
        );
      }
      const at = now.toISOString();
      const store = await deps.caseQueries.store(tx, row.store_id);
      const sellerKey = store?.seller_user_id ?? row.store_id;
      const actions =
        input.outcome === "action_taken"
          ? applyStrikePolicy(input.actions, await decisions.countActiveSeriousStrikes(tx, sellerKey, at))
          : [];
      const decisionId = newId();
      const statement = await statementFor(tx, row, decisionId, input, actions);
      const puid = statement ? String(statement.puid) : null;
      // The case closes to new reports and to claims; of two decisions at once, only one gets here.
      await deps.transitions.transitionCase(
        tx,
        caseId,
        {
          type: "case.decided",
          actorUserId: member.actor.userId,
          data: { outcome: input.outcome, actions, statementPuid: puid },
          at,
        },
        {
          set: { open_key: null, decided_at: at, updated_at: at, claimed_by: null, claim_expires_at: null },
          where: { kind: "claimable", by: member.actor.userId, now: at },
        },
      );
      await decisions.insertDecision(tx, {
        id: decisionId,
        case_id: caseId,
        outcome: input.outcome,
        reason: input.outcome === "no_action" ? input.reason : null,
        actions_json: JSON.stringify(actions),
        ground_json: input.outcome === "action_taken" ? JSON.stringify(input.ground) : null,
        facts: input.outcome === "action_taken" ? input.facts : null,
        message: input.messageToReporters ?? null,
        statement_puid: puid,
        decided_by: member.actor.userId,
        decided_at: now.toISOString(),
      });
      if (statement && puid) {
        await decisions.insertStatement(tx, {
          puid,
          decision_id: decisionId,
          case_id: caseId,
          store_id: row.store_id,
          statement_json: JSON.stringify(statement),
          created_at: now.toISOString(),
          submitted_at: null,
        });
      }
      await applyEnforcement(actions, { tx, repo: decisions, caseRow: row, decisionId, sellerKey, now });
      await tellPeople(tx, row, input, actions, { id: decisionId, puid, sellerKey });
      const reporterKeys = (await deps.caseQueries.reportsOfCase(tx, caseId)).map((r) => r.reporter_key);
      await deps.reporters.refreshAfterDecision(tx, reporterKeys);
    });
    return member;
  }

  return {
    decideWithoutPage,

    async decide(actor: Actor | null, caseId: string, input: DecideCase) {
      return deps.console.detail(await decideWithoutPage(actor, caseId, input), caseId);
    },

    /** The statement as the EU schema's JSON: staff, or the one it was addressed to (the author, or the store's seller). */
    async statement(actor: Actor | null, puid: string) {
      const found = await decisions.findStatement(db, puid);
      if (!found) throw notFound("This statement of reasons");
      if (!isStaff(actor)) {
        const addressee =
          found.authorUserId ?? (await deps.caseQueries.store(db, found.storeId))?.seller_user_id;
        if (!actor || addressee !== actor.userId) throw notFound("This statement of reasons");
      }
      return found.statement;
    },
  };
}

export type DecisionsService = ReturnType<typeof createDecisionsService>;
