import { z } from "zod";
import {
  DISPUTE_STATUS_LABELS,
  type DisputeSummary,
  type OpenDispute,
  type Order,
  type Proposal,
  type Side,
} from "../../../contracts/disputes.ts";
import type { Clock } from "../../platform/clock.ts";
import { type Db, isUniqueViolation, type Tx } from "../../platform/db/database.ts";
import { createIdempotencyRecords } from "../../platform/db/idempotency.ts";
import { keysetCursor } from "../../platform/db/pagination.ts";
import type { Transact } from "../../platform/db/transactions.ts";
import { AppError, notFound, unauthenticated } from "../../platform/http/errors.ts";
import { newId, sha256Hex } from "../../platform/ids.ts";
import type { EvidenceStore } from "../../platform/storage/evidence-store.ts";
import { createFileKeeper } from "../../platform/storage/file-keeper.ts";
import type { StagedUpload } from "../../platform/storage/form-intake.ts";
import type { Actor } from "../accounts/actor.ts";
import type { CatalogPorts } from "../catalog/catalog.module.ts";
import type { OrderRecord } from "../catalog/orders.repository.ts";
import { disputeFileRow, storedFileOf } from "./dispute-files.ts";
import { escalationOpensAt, turnOf } from "./dispute-machine.ts";
import { momentText } from "./dispute-texts.ts";
import { type AnyMove, moveDispute, stateConflict } from "./disputes.moves.ts";
import { checkProposal, openDispute } from "./disputes.open.ts";
import type { DisputeRow, DisputesRepository } from "./disputes.repository.ts";
import { disputeView, latestProposals, mayAppeal, refundOf } from "./disputes.views.ts";
import { disputabilityOf } from "./protection-window.ts";

interface Deps {
  db: Db;
  transact: Transact;
  clock: Clock;
  disputes: DisputesRepository;
  orders: CatalogPorts["orders"];
  evidence: EvidenceStore;
  publicUrl: string;
}

const idempotency = createIdempotencyRecords(z.object({ disputeId: z.string() }));

const orderCursor = keysetCursor(z.tuple([z.string(), z.string()]));
const disputeCursor = keysetCursor(z.tuple([z.string()]));

/** The asker's side in a dispute, or null when it is neither the buyer nor the seller. */
const sideOf = (d: DisputeRow, actor: Actor): Side | null =>
  d.buyer_user_id === actor.userId ? "buyer" : d.seller_user_id === actor.userId ? "seller" : null;

/** Buyers and sellers work their own disputes: the buyer's orders and the disputes on a seller's store. */
export function createDisputesService(deps: Deps) {
  const { db, transact, clock, disputes, orders } = deps;

  function orderView(
    order: OrderRecord,
    links: { id: string; reference: string; status: Order["disputes"][number]["status"] }[],
  ): Order {
    return {
      id: order.id,
      storeId: order.store_id,
      storeName: order.store_name,
      status: order.status,
      total: { amountMinor: order.total_minor, currency: order.currency },
      orderedAt: order.ordered_at,
      shippedAt: order.shipped_at,
      promisedBy: order.promised_by,
      deliveredAt: order.delivered_at,
      carrier: order.carrier,
      trackingNumber: order.tracking_number,
      lastTrackingAt: order.last_tracking_at,
      items: order.items.map((i) => ({
        id: i.id,
        listingId: i.listing_id,
        title: i.title,
        quantity: i.quantity,
        priceMinor: i.price_minor,
      })),
      disputability: disputabilityOf(order, clock.now()),
      disputes: links,
    };
  }

  const keepWith = createFileKeeper({ db, transact, evidence: deps.evidence });

  async function replay(scope: string, key: string | undefined, requestHash: string) {
    if (!key) return null;
    const previous = await idempotency.find(db, scope, key);
    if (!previous) return null;
    if (previous.requestHash !== requestHash)
      throw new AppError(
        422,
        "idempotency_key_reused",
        "This Idempotency-Key was already used for a different dispute. Use a new key for a new dispute.",
      );
    return previous.response.disputeId;
  }

  /** The dispute as the asker sees it; 404 for anyone but its buyer and seller. */
  async function load(actor: Actor | null, id: string) {
    if (!actor) throw unauthenticated();
    const row = await disputes.find(db, id);
    const side = row && sideOf(row, actor);
    if (!row || !side) throw notFound("This dispute");
    return { row, side };
  }

  async function view(actor: Actor | null, id: string) {
    const { row, side } = await load(actor, id);
    const [order, items, proposals, events, files] = await Promise.all([
      orders.find(db, row.order_id),
      disputes.itemsOf(db, id),
      disputes.proposalsOf(db, id),
      disputes.eventsOf(db, id),
      disputes.filesOf(db, id),
    ]);
    return disputeView({ row, order: order!, items, proposals, events, files }, side, clock.now());
  }

  /** Runs a side's step on a fresh read of the dispute, in one transaction, and answers with the page. */
  async function act(
    actor: Actor | null,
    id: string,
    step: (tx: Tx, d: DisputeRow, side: Side, userId: string) => Promise<unknown>,
  ) {
    const { side } = await load(actor, id);
    await transact(async (tx) => {
      const fresh = (await disputes.find(tx, id))!;
      await step(tx, fresh, side, actor!.userId);
    });
    return view(actor, id);
  }

  const move = (tx: Tx, d: DisputeRow, m: AnyMove) => moveDispute(tx, deps, d, m);

  return {
    async myOrders(actor: Actor | null, query: { cursor?: string; limit: number }) {
      if (!actor) throw unauthenticated();
      const after = orderCursor.decode(query.cursor);
      const rows = await orders.ofBuyer(
        db,
        actor.userId,
        after ? { orderedAt: after[0], id: after[1] } : null,
        query.limit + 1,
      );
      const links = await disputes.ofOrders(
        db,
        rows.map((o) => o.id),
      );
      return orderCursor.page(
        rows,
        query.limit,
        (o) => [o.ordered_at, o.id],
        (o) =>
          orderView(
            o,
            links.filter((l) => l.order_id === o.id),
          ),
      );
    },

    async order(actor: Actor | null, id: string): Promise<Order> {
      if (!actor) throw unauthenticated();
      const order = await orders.find(db, id);
      if (!order || order.buyer_user_id !== actor.userId) throw notFound("This order");
      return orderView(order, await disputes.ofOrders(db, [id]));
    },

    /**
     * Opens a dispute with its evidence, once per `Idempotency-Key`: a retry of the same request gets the
     * same dispute, the same key for another request a 422.
     */
    async open(actor: Actor | null, input: OpenDispute, files: StagedUpload[], idempotencyKey?: string) {
      if (!actor) throw unauthenticated();
      const scope = `dispute:${actor.userId}`;
      const requestHash = sha256Hex(JSON.stringify([input, files.map((f) => f.staged.sha256)]));
      const replayed = await replay(scope, idempotencyKey, requestHash);
      if (replayed) return view(actor, replayed);
      try {
        const id = await keepWith(files, async (tx) => {
          const opened = await openDispute(tx, { ...deps, orders }, actor, input, files);
          if (idempotencyKey) {
            const at = clock.now().toISOString();
            await idempotency.save(tx, {
              scope,
              key: idempotencyKey,
              requestHash,
              status: 201,
              response: { disputeId: opened },
              at,
            });
          }
          return opened;
        });
        return view(actor, id);
      } catch (error) {
        const raced =
          idempotencyKey && isUniqueViolation(error) && (await replay(scope, idempotencyKey, requestHash));
        if (raced) return view(actor, raced);
        throw error;
      }
    },

    get: view,

    async mine(actor: Actor | null, query: { role: Side; cursor?: string; limit: number }) {
      if (!actor) throw unauthenticated();
      const before = disputeCursor.decode(query.cursor);
      const rows = await disputes.ofParty(db, query.role, actor.userId, before?.[0] ?? null, query.limit + 1);
      return disputeCursor.page(
        rows,
        query.limit,
        (r) => [r.id],
        (r): DisputeSummary => ({
          id: r.id,
          reference: r.reference,
          role: query.role,
          status: r.status,
          statusLabel: DISPUTE_STATUS_LABELS[r.status],
          reason: r.reason,
          orderId: r.order_id,
          storeName: r.store_name,
          title: r.first_title ?? "",
          disputed: { amountMinor: r.disputed_minor, currency: r.currency },
          nextWho: r.deadline_who ?? "nobody",
          nextBy: r.deadline_at,
          openedAt: r.opened_at,
        }),
      );
    },

    /** A new proposal by the side whose turn it is: the other side's clock starts again. */
    propose: (actor: Actor | null, id: string, proposal: Proposal) =>
      act(actor, id, async (tx, d, side, userId) => {
        checkProposal(proposal, d.disputed_minor, d.currency);
        const proposalId = newId();
        if (turnOf(d.status) !== side) throw stateConflict(d, `It is not your turn to propose.`);
        await disputes.insertProposal(tx, {
          id: proposalId,
          dispute_id: d.id,
          side,
          kind: proposal.kind,
          amount_minor: proposal.kind === "partial_refund" ? (proposal.amountMinor ?? null) : null,
          note: proposal.note ?? null,
          created_at: clock.now().toISOString(),
        });
        await move(tx, d, {
          event: "proposal.made",
          by: side,
          actorUserId: userId,
          data: {
            proposalId,
            kind: proposal.kind,
            amountMinor: proposal.kind === "partial_refund" ? (proposal.amountMinor ?? null) : null,
          },
          restartsClock: true,
        });
      }),

    /** Accepts the other side's latest proposal: it is carried out (a return first, if it asks one). */
    accept: (actor: Actor | null, id: string) =>
      act(actor, id, async (tx, d, side, userId) => {
        const theirs = latestProposals(await disputes.proposalsOf(tx, d.id))[
          side === "buyer" ? "seller" : "buyer"
        ];
        if (!theirs) throw stateConflict(d, "The other side has made no proposal to accept.");
        const refundMinor = refundOf(theirs, d.disputed_minor);
        await move(tx, d, {
          event: "proposal.accepted",
          by: side,
          actorUserId: userId,
          data: { proposalId: theirs.id, outcome: theirs.kind, refundMinor },
          settled: { outcome: theirs.kind, refundMinor },
        });
      }),

    /** Either side may hand a negotiation to the platform after 3 days. */
    escalate: (actor: Actor | null, id: string) =>
      act(actor, id, async (tx, d, side, userId) => {
        const opensAt = escalationOpensAt(new Date(d.negotiation_from));
        if (clock.now() < opensAt)
          throw new AppError(
            409,
            "too_early",
            `You can escalate from ${momentText(opensAt)}, after 3 days of negotiation. Until then, make a proposal or write to the other side.`,
          );
        await move(tx, d, { event: "dispute.escalated", by: side, actorUserId: userId, data: {} });
      }),

    /** The buyer withdraws while protection lasts; it may reopen once. */
    withdraw: (actor: Actor | null, id: string) =>
      act(actor, id, async (tx, d, side, userId) => {
        refuseAfterProtection(d);
        await move(tx, d, { event: "dispute.withdrawn", by: side, actorUserId: userId, data: {} });
      }),

    reopen: (actor: Actor | null, id: string) =>
      act(actor, id, async (tx, d, side, userId) => {
        refuseAfterProtection(d);
        if (d.reopened_at) throw stateConflict(d, "A dispute can be reopened only once.");
        await move(tx, d, {
          event: "dispute.reopened",
          by: side,
          actorUserId: userId,
          data: {},
          set: { reopened_at: clock.now().toISOString(), outcome: null, refund_minor: null },
        });
      }),

    /** The buyer ships the return and names carrier and tracking number; the seller's clock starts. */
    shipReturn: (actor: Actor | null, id: string, shipment: { carrier: string; trackingNumber: string }) =>
      act(actor, id, (tx, d, side, userId) =>
        move(tx, d, { event: "return.shipped", by: side, actorUserId: userId, data: shipment }),
      ),

    /** The seller confirms that the return arrived: the refund is announced at once. */
    confirmReturn: (actor: Actor | null, id: string) =>
      act(actor, id, (tx, d, side, userId) =>
        move(tx, d, {
          event: "return.received",
          by: side,
          actorUserId: userId,
          data: { refundMinor: d.refund_minor ?? d.disputed_minor },
        }),
      ),

    /** The side the platform asked sends its evidence; the mediator takes the dispute up again. */
    /**
     * Evidence from a side, with files: the answer to the platform's request when it asked this side,
     * else added to the timeline. The files move into the store as the transaction's last step.
     */
    async addEvidence(actor: Actor | null, id: string, message: string, files: StagedUpload[]) {
      const { side } = await load(actor, id);
      await keepWith(files, async (tx) => {
        const d = (await disputes.find(tx, id))!;
        const data = { message, fileNames: files.map((f) => f.fileName) };
        const answersRequest = d.status === "awaiting_evidence" && d.evidence_from === side;
        const { eventId } = await move(tx, d, {
          event: answersRequest ? "evidence.provided" : "evidence.added",
          by: side,
          actorUserId: actor!.userId,
          data,
        });
        await disputes.insertFiles(
          tx,
          files.map((f) => disputeFileRow(f, d.id, eventId, side, clock)),
        );
      });
      return view(actor, id);
    },

    /** A file of the dispute, for its buyer and seller. */
    async file(actor: Actor | null, id: string, fileId: string) {
      await load(actor, id);
      return storedFileOf(deps, id, fileId);
    },

    /** Either side appeals a ruling once, within 7 days; a different mediator decides. */
    appeal: (actor: Actor | null, id: string, reason: string) =>
      act(actor, id, async (tx, d, side, userId) => {
        if (!mayAppeal(d, clock.now()))
          throw stateConflict(
            d,
            d.appealed_at
              ? "This ruling was already appealed: a ruling can be appealed once."
              : "Only a ruling of the platform can be appealed, within 7 days.",
          );
        await move(tx, d, {
          event: "dispute.appealed",
          by: side,
          actorUserId: userId,
          data: { by: side, reason },
          set: { appealed_at: clock.now().toISOString() },
        });
      }),

    /** A message between the two sides, on the dispute's timeline. */
    message: (actor: Actor | null, id: string, text: string) =>
      act(actor, id, (tx, d, side, userId) =>
        move(tx, d, { event: "message.posted", by: side, actorUserId: userId, data: { text } }),
      ),
  };

  function refuseAfterProtection(d: DisputeRow) {
    if (d.protection_ends_at && clock.now() >= new Date(d.protection_ends_at))
      throw stateConflict(
        d,
        `The buyer protection of this order ended on ${momentText(d.protection_ends_at)}.`,
      );
  }
}

export type DisputesService = ReturnType<typeof createDisputesService>;
