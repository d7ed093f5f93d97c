import type { Holder, RightSummary, RightView } from "../../../contracts/rights.ts";
import type { Clock } from "../../platform/clock.ts";
import { type Db, type DbOrTx, isUniqueViolation } from "../../platform/db/database.ts";
import type { Transact } from "../../platform/db/transactions.ts";
import { AppError, notFound, unauthenticated } from "../../platform/http/errors.ts";
import { newId } from "../../platform/ids.ts";
import type { EvidenceStore } from "../../platform/storage/evidence-store.ts";
import { createFileKeeper, fileRow } from "../../platform/storage/file-keeper.ts";
import type { StagedUpload } from "../../platform/storage/form-intake.ts";
import type { Actor } from "../accounts/actor.ts";
import { validateHolder, validateRight } from "./rights.intake.ts";
import { toHolder, toRightView, toSummary } from "./rights.mappers.ts";
import { isoDay, isUsable, validityOn } from "./rights.policy.ts";
import { createRightsRepository, type RightsRepository, type StoredRight } from "./rights.repository.ts";

export interface RightsDeps {
  db: Db;
  transact: Transact;
  clock: Clock;
  evidence: EvidenceStore;
  rights: RightsRepository;
}

export interface FormCommand {
  body: unknown;
  files: StagedUpload[];
}

const alreadyRegistered = () =>
  new AppError(409, "already_registered", "You are already registered as a rights holder.");

/** A member's own side of the vault: registering as a holder, adding rights, following their review. */
export function createRightsService(deps: RightsDeps) {
  const { db, clock, rights } = deps;
  const keepWith = createFileKeeper(deps);
  const today = () => isoDay(clock.now());

  function signedIn(actor: Actor | null): Actor {
    if (!actor) throw unauthenticated();
    return actor;
  }

  async function views(rows: StoredRight[]): Promise<RightView[]> {
    const ids = rows.map((r) => r.id);
    const [files, events] = await Promise.all([rights.filesOf(db, ids), rights.eventsOf(db, ids)]);
    return rows.map((row) => toRightView(row, files, events, today()));
  }

  return {
    async registerHolder(actor: Actor | null, command: FormCommand): Promise<Holder> {
      const user = signedIn(actor);
      const input = validateHolder(command.body, command.files);
      if (await rights.findHolderOfUser(db, user.userId)) throw alreadyRegistered();
      const at = clock.now().toISOString();
      const holder = {
        id: newId(),
        user_id: user.userId,
        kind: input.kind,
        legal_name: input.legalName,
        country: input.country,
        address: input.address,
        contact_email: input.contactEmail.toLowerCase(),
        // A person has no company number, whatever the form sent.
        company_number: input.kind === "company" ? (input.companyNumber ?? null) : null,
        created_at: at,
        updated_at: at,
      };
      const documents = command.files.map((f) => ({ ...fileRow(f, at), holder_id: holder.id }));
      try {
        await keepWith(command.files, async (tx) => {
          await rights.insertHolder(tx, holder);
          await rights.insertHolderDocuments(tx, documents);
        });
      } catch (error) {
        // Two registrations sent at once: the second meets the unique account.
        if (isUniqueViolation(error)) throw alreadyRegistered();
        throw error;
      }
      return toHolder(holder, documents);
    },

    async myHolder(actor: Actor | null): Promise<Holder> {
      const user = signedIn(actor);
      const holder = await rights.findHolderOfUser(db, user.userId);
      if (!holder) throw notFound("Your rights-holder registration");
      return toHolder(holder, await rights.holderDocuments(db, holder.id));
    },

    async addRight(actor: Actor | null, command: FormCommand): Promise<RightView> {
      const user = signedIn(actor);
      const holder = await rights.findHolderOfUser(db, user.userId);
      if (!holder)
        throw new AppError(409, "not_registered", "Register as a rights holder before adding IP rights.");
      const input = validateRight(command.body, command.files, today());
      const at = clock.now().toISOString();
      const right: StoredRight = {
        id: newId(),
        holder_id: holder.id,
        type: input.type,
        registration_number: input.registrationNumber,
        office: input.office,
        classes: [...input.classes].sort((a, b) => a - b),
        owner_name: input.ownerName,
        valid_from: input.validFrom,
        valid_to: input.validTo ?? null,
        acts_as_agent: input.actsAsAgent ? 1 : 0,
        status: "pending",
        rejection_reason: null,
        reviewed_by: null,
        reviewed_at: null,
        expiry_warned_at: null,
        created_at: at,
        updated_at: at,
      };
      const files = command.files.map((f) => ({ ...fileRow(f, at), right_id: right.id, kind: f.field }));
      await keepWith(command.files, async (tx) => {
        await rights.insertRight(tx, right);
        await rights.insertEvent(tx, {
          rightId: right.id,
          type: "right.submitted",
          actorUserId: user.userId,
          data: {},
          at,
        });
        await rights.insertRightFiles(tx, files);
      });
      return (await views([right]))[0]!;
    },

    async listMine(actor: Actor | null): Promise<{ items: RightView[] }> {
      const holder = await rights.findHolderOfUser(db, signedIn(actor).userId);
      if (!holder) return { items: [] };
      return { items: await views(await rights.rightsOfHolder(db, holder.id)) };
    },

    /** One right of the asker's own; anyone else's is "not found", so that ids reveal nothing. */
    async getMine(actor: Actor | null, id: string): Promise<RightView> {
      const holder = await rights.findHolderOfUser(db, signedIn(actor).userId);
      const row = await rights.findRight(db, id);
      if (!holder || !row || row.holder_id !== holder.id) throw notFound("This right");
      return (await views([row]))[0]!;
    },
  };
}

export type RightsService = ReturnType<typeof createRightsService>;

/**
 * For the IP complaint intake: the right `rightId` if it is approved, in force on `today` (YYYY-MM-DD,
 * UTC: `isoDay(clock.now())`) and owned by the rights holder of account `userId`; otherwise null (not the
 * asker's, unknown, pending, rejected, expired or not yet valid — the caller says "choose a verified right").
 * Takes a transaction too, so that the complaint can check its right in the same transaction it is filed in.
 */
export async function findUsableRight(
  db: DbOrTx,
  userId: string,
  rightId: string,
  today: string,
): Promise<RightSummary | null> {
  const row = await createRightsRepository().approvedRightOfUser(db, userId, rightId);
  if (!row || !isUsable(row.status, validityOn(row.valid_from, row.valid_to, today))) return null;
  return toSummary(row);
}

/** Every right that account `userId` may use on `today`, newest first: what the complaint form offers. */
export async function listUsableRights(db: DbOrTx, userId: string, today: string): Promise<RightSummary[]> {
  const rows = await createRightsRepository().approvedRightsOfUser(db, userId);
  return rows.filter((r) => isUsable(r.status, validityOn(r.valid_from, r.valid_to, today))).map(toSummary);
}

export { isoDay };
