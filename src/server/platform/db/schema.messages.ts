/** Buyer–seller messages: threads, their messages and attachments; the block list of link domains. */

export type MessageSide = "buyer" | "store";

export interface MessageThreadTable {
  id: string;
  store_id: string;
  buyer_user_id: string;
  /** The order it is about; null for the buyer's general thread with the store. */
  order_id: string | null;
  /** "order:<order id>" or "general:<store id>:<buyer id>": one thread of each. Unique. */
  subject_key: string;
  /** The buyer's first message: threads are opened by buyers. */
  created_at: string;
  last_message_id: string;
  last_message_at: string;
  last_sender_side: MessageSide;
  /** The start of the latest message, for the lists. */
  last_preview: string;
  /** Messages the buyer has not read (sent by the store since the buyer last read the thread). */
  buyer_unread: number;
  store_unread: number;
  buyer_read_at: string | null;
  store_read_at: string | null;
  /** The store's first reply, and how long after the buyer's first message it came. */
  first_replied_at: string | null;
  first_reply_seconds: number | null;
}

export interface MessageTable {
  id: string;
  thread_id: string;
  sender_side: MessageSide;
  sender_user_id: string;
  body: string;
  /** JSON array of the risk rules' codes, as the message was sent. */
  risks_json: string;
  created_at: string;
  /** Set when a moderation decision hid it: its text and files no longer reach the conversation. */
  hidden_at: string | null;
}

export interface MessageAttachmentTable {
  id: string;
  message_id: string;
  thread_id: string;
  sha256: string;
  size_bytes: number;
  mime_type: string;
  file_name: string;
  created_at: string;
}

/** A domain whose links are shown disabled in messages, with its subdomains. */
export interface BlockedDomainTable {
  domain: string;
  reason: string;
  added_by: string;
  added_at: string;
}

/** Every change of the block list: "added" or "removed", by whom and why. */
export interface BlockedDomainEventTable {
  id: string;
  domain: string;
  type: "added" | "removed";
  reason: string;
  actor_user_id: string;
  created_at: string;
}
