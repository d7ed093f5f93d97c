/** Order disputes: the dispute with its clock, its items, proposals and timeline. */

export interface DisputeTable {
  id: string;
  reference: string;
  order_id: string;
  buyer_user_id: string;
  store_id: string;
  seller_user_id: string | null;
  reason: string;
  description: string;
  description_language: string | null;
  status: string;
  /** Bumped by every change of the row: a change names the version it read, so racing changes 409. */
  version: number;
  currency: string;
  /** What was paid for the disputed items: no refund may exceed it. */
  disputed_minor: number;
  outcome: string | null;
  refund_minor: number | null;
  /** The refunds announced to the marketplace so far; an appeal's ruling announces the difference. */
  refund_announced_minor: number;
  negotiation_from: string;
  status_from: string;
  deadline_at: string | null;
  deadline_action: string | null;
  deadline_who: string | null;
  reminder_at: string | null;
  evidence_due_at: string | null;
  evidence_from: string | null;
  ruled_at: string | null;
  ruled_by: string | null;
  appealed_at: string | null;
  /** Until when the ruling may be appealed; null once the dispute moved on from where it left it. */
  appealable_until: string | null;
  reopened_at: string | null;
  protection_ends_at: string | null;
  opened_at: string;
  updated_at: string;
}

export interface DisputeItemTable {
  dispute_id: string;
  order_item_id: string;
  title: string;
  quantity: number;
  price_minor: number;
}

export interface DisputeItemLockTable {
  order_item_id: string;
  dispute_id: string;
}

export interface DisputeProposalTable {
  id: string;
  dispute_id: string;
  side: string;
  kind: string;
  amount_minor: number | null;
  note: string | null;
  created_at: string;
}

export interface DisputeEventTable {
  id: string;
  dispute_id: string;
  type: string;
  status: string;
  /** "buyer", "seller", "platform" or "system" (a timer). */
  actor: string;
  actor_user_id: string | null;
  data_json: string;
  created_at: string;
}

export interface DisputeFileTable {
  id: string;
  dispute_id: string;
  /** The timeline event the file was sent with. */
  event_id: string;
  side: string;
  sha256: string;
  size_bytes: number;
  mime_type: string;
  file_name: string;
  created_at: string;
}
