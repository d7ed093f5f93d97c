import { SellerAnswer } from "../../../contracts/received.ts";
import type { Clock } from "../../platform/clock.ts";
import type { Db } from "../../platform/db/database.ts";
import type { Transact } from "../../platform/db/transactions.ts";
import { fieldsFromIssues } from "../../platform/http/error-handler.ts";
import { AppError, invalidInput, notFound, unauthenticated } from "../../platform/http/errors.ts";
import { newId } from "../../platform/ids.ts";
import type { EvidenceStore } from "../../platform/storage/evidence-store.ts";
import { createFileKeeper } from "../../platform/storage/file-keeper.ts";
import type { StagedUpload } from "../../platform/storage/form-intake.ts";
import type { Actor } from "../accounts/actor.ts";
import { insertAttachments } from "../attachments/attachments.ts";
import type { CasesRepository } from "./cases.repository.ts";
import type { CaseTransitions } from "./cases.transitions.ts";

/** What a seller may do about a complaint itself: answer it, or take its listing down. */
interface Deps {
  db: Db;
  transact: Transact;
  clock: Clock;
  cases: Pick<CasesRepository, "findWithSeller" | "removeListingBySeller">;
  transitions: Pick<CaseTransitions, "transitionCase">;
  evidence: EvidenceStore;
}

export function createSellerActions({ db, transact, clock, cases, transitions, evidence }: Deps) {
  const keepWith = createFileKeeper({ db, transact, evidence });
  async function ownCase(actor: Actor | null, caseId: string) {
    if (!actor) throw unauthenticated();
    const row = await cases.findWithSeller(db, caseId);
    if (!row || row.affected_user_id !== actor.userId) throw notFound("This complaint");
    return { actor, row };
  }

  return {
    /** The seller's side of the story, with evidence, on the case timeline for the moderator (and any appeal). */
    async answer(actorOrNull: Actor | null, caseId: string, form: { body: unknown; files: StagedUpload[] }) {
      const { actor } = await ownCase(actorOrNull, caseId);
      const parsed = SellerAnswer.safeParse(form.body);
      if (!parsed.success) throw invalidInput(fieldsFromIssues(parsed.error.issues));
      const at = clock.now().toISOString();
      const answerId = newId();
      await keepWith(form.files, async (tx) => {
        const attachments = await insertAttachments(
          tx,
          { kind: "seller_answer", id: answerId, caseId },
          form.files,
          at,
        );
        await transitions.transitionCase(tx, caseId, {
          type: "seller.answered",
          actorUserId: actor.userId,
          data: { answerId, statement: parsed.data.statement, attachments },
          at,
        });
      });
    },

    /** The seller removes the reported listing itself; the case records it and the moderator still decides. */
    async removeListing(actorOrNull: Actor | null, caseId: string) {
      const { actor, row } = await ownCase(actorOrNull, caseId);
      if (row.target_kind !== "listing")
        throw new AppError(409, "not_a_listing", "This complaint is about a store, not a listing.");
      const at = clock.now().toISOString();
      await transact(async (tx) => {
        await transitions.transitionCase(tx, caseId, {
          type: "seller.removed_listing",
          actorUserId: actor.userId,
          data: {},
          at,
        });
        await cases.removeListingBySeller(tx, row.target_id, at);
      });
    },
  };
}

export type SellerActions = ReturnType<typeof createSellerActions>;
