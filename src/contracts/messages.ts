import { z } from "zod";
import { PageQuery } from "./common.ts";

export const MESSAGE_MAX = 4000;
export const MAX_MESSAGE_FILES = 5;
/** A message waits this long unread before its recipient gets an email (one per waiting period). */
export const UNREAD_MAIL_AFTER_MINUTES = 60;
/** Seller responsiveness is measured over the threads buyers opened in this many days. */
export const RESPONSIVENESS_DAYS = 30;

/** The side a user reads a thread from: the buyer, or the seller of the store. */
export const ThreadRole = z.enum(["buyer", "seller"]);
export type ThreadRole = z.infer<typeof ThreadRole>;

/** What the risky-message rules find in a message; the buyer is warned of each on the store's messages. */
export const RISK_CODES = [
  "pay_off_platform",
  "contact_off_platform",
  "cancel_dispute",
  "confirm_receipt_early",
] as const;
export const RiskCode = z.enum(RISK_CODES);
export type RiskCode = z.infer<typeof RiskCode>;

/** A piece of a message's text: plain text, or a link, marked when it leaves the marketplace. */
export const MessagePart = z.discriminatedUnion("type", [
  z.object({ type: z.literal("text"), text: z.string() }),
  z.object({
    type: z.literal("link"),
    /** The link as written. */
    text: z.string(),
    /** Where it leads (http or https); a link written without a scheme gets https. */
    url: z.string(),
    domain: z.string(),
    /** It leads off the marketplace: shown with its domain, opened after a warning. */
    external: z.boolean(),
    /** Its domain, or a domain above it, is on the block list: shown disabled, never as a link. */
    blocked: z.boolean(),
  }),
]);
export type MessagePart = z.infer<typeof MessagePart>;

export const MessageAttachment = z.object({
  id: z.string(),
  fileName: z.string(),
  mimeType: z.string(),
  sizeBytes: z.number().int(),
  /** Always a download (never shown inline), for the two parties, or staff through a case. */
  url: z.string(),
});
export type MessageAttachment = z.infer<typeof MessageAttachment>;

export const Message = z.object({
  id: z.string(),
  threadId: z.string(),
  from: z.enum(["buyer", "store"]),
  /** Sent by the one reading. */
  mine: z.boolean(),
  /** The store's name, or the buyer's short name ("Bea B."). */
  senderName: z.string(),
  sentAt: z.string(),
  text: z.string(),
  parts: z.array(MessagePart),
  attachments: z.array(MessageAttachment),
  /** Only the buyer sees these, on the store's messages: what the message asks that is risky. */
  warnings: z.array(RiskCode),
  /** The reader may report it as phishing (a message the store sent to the buyer reading). */
  mayReport: z.boolean(),
  /** When a decision hid it after a report: its text and files are gone from the conversation. */
  hiddenAt: z.string().nullable(),
});
export type Message = z.infer<typeof Message>;

export const ThreadSummary = z.object({
  id: z.string(),
  role: ThreadRole,
  store: z.object({ id: z.string(), name: z.string() }),
  /** The buyer's short name, as the seller sees it. */
  buyerName: z.string(),
  /** The order the thread is about; null for the general thread with the store. */
  orderId: z.string().nullable(),
  lastMessageAt: z.string(),
  lastPreview: z.string(),
  lastFromMe: z.boolean(),
  unread: z.number().int(),
});
export type ThreadSummary = z.infer<typeof ThreadSummary>;

export const ThreadsQuery = PageQuery.extend({ role: ThreadRole.default("buyer") });
export type ThreadsQuery = z.input<typeof ThreadsQuery>;

export const MessagesQuery = PageQuery.extend({
  limit: z.coerce.number().int().min(1).max(100).default(30),
});

/** A message's text; what a multipart form carries in its `message` part, with files under `evidence`. */
export const SendMessage = z.object({
  text: z
    .string({ error: "Write a message." })
    .trim()
    .min(1, "Write a message.")
    .max(MESSAGE_MAX, `A message can be at most ${MESSAGE_MAX} characters.`),
});
export type SendMessage = z.input<typeof SendMessage>;

/** The first message to a store: its general thread, or the thread about one of my orders from it. */
export const StartThread = SendMessage.extend({
  storeId: z.string({ error: "Choose the store to write to." }).trim().min(1).max(100),
  orderId: z.string().trim().min(1).max(100).optional(),
});
export type StartThread = z.input<typeof StartThread>;

export const FindThreadQuery = z.object({
  storeId: z.string().trim().min(1).max(100),
  orderId: z.string().trim().min(1).max(100).optional(),
});

/** Before writing to a store: whom I write to, and my thread with it if there is one already. */
export const ThreadLookup = z.object({
  store: z.object({ id: z.string(), name: z.string() }),
  orderId: z.string().nullable(),
  thread: ThreadSummary.nullable(),
});
export type ThreadLookup = z.infer<typeof ThreadLookup>;

export const UnreadCounts = z.object({
  /** Unread in my threads as a buyer. */
  buyer: z.number().int(),
  /** Unread in my stores' threads. */
  seller: z.number().int(),
  total: z.number().int(),
  /** I sell: the Messages page shows my stores' threads too. */
  hasStores: z.boolean(),
});
export type UnreadCounts = z.infer<typeof UnreadCounts>;

export const ReportPhishing = z.object({
  /** Anything the reporter adds; the message itself is kept with the report, so nothing needs copying. */
  note: z.string().trim().max(2000, "At most 2000 characters.").optional(),
});
export type ReportPhishing = z.input<typeof ReportPhishing>;

export const Responsiveness = z.object({
  storeId: z.string(),
  /** The median time from a buyer's first message in a thread to the store's first reply; null: none yet. */
  medianReplyMinutes: z.number().nullable(),
  /** Threads buyers opened in the window, and how many of them the store answered. */
  asked: z.number().int(),
  replied: z.number().int(),
  days: z.number().int(),
});
export type Responsiveness = z.infer<typeof Responsiveness>;

/** What staff read through a case about a message: that message's thread, the reported one marked. */
export const CaseThread = z.object({
  caseId: z.string(),
  reportedMessageId: z.string(),
  thread: ThreadSummary.omit({ role: true, unread: true, lastFromMe: true }),
  messages: z.object({ items: z.array(Message), nextCursor: z.string().nullable() }),
});
export type CaseThread = z.infer<typeof CaseThread>;

const DOMAIN = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

/** "https://www.Evil.example/login" → "evil.example": what the block list keeps. */
export function normaliseDomain(input: string): string {
  let text = input.trim().toLowerCase();
  if (text.includes("://")) {
    try {
      text = new URL(text).hostname;
    } catch {
      return text;
    }
  }
  return text
    .replace(/[/?#].*$/, "")
    .replace(/^\*\./, "")
    .replace(/^www\./, "")
    .replace(/\.$/, "");
}

export const BlockDomain = z.object({
  domain: z
    .string({ error: "Enter a domain, such as evil.example." })
    .transform(normaliseDomain)
    .pipe(z.string().regex(DOMAIN, "Enter a domain, such as evil.example (without a path).")),
  reason: z
    .string({ error: "Say why links to it are blocked." })
    .trim()
    .min(1, "Say why links to it are blocked.")
    .min(5, "Say why links to it are blocked, in at least 5 characters.")
    .max(500, "At most 500 characters."),
});
export type BlockDomain = z.input<typeof BlockDomain>;

export const UnblockDomain = z.object({
  reason: z
    .string({ error: "Say why the domain is no longer blocked." })
    .trim()
    .min(1, "Say why the domain is no longer blocked.")
    .min(5, "Say why the domain is no longer blocked, in at least 5 characters.")
    .max(500, "At most 500 characters."),
});
export type UnblockDomain = z.input<typeof UnblockDomain>;

export const BlockedDomain = z.object({
  domain: z.string(),
  reason: z.string(),
  addedBy: z.string(),
  addedAt: z.string(),
});
export type BlockedDomain = z.infer<typeof BlockedDomain>;

export const BlockedDomainsQuery = PageQuery.extend({
  limit: z.coerce.number().int().min(1).max(200).default(100),
});
