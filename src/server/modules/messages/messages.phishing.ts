import type { ReportPhishing } from "../../../contracts/messages.ts";
import type { ReportCreated } from "../../../contracts/reports.ts";
import type { Clock } from "../../platform/clock.ts";
import type { Db, DbOrTx } from "../../platform/db/database.ts";
import { forbidden, notFound, unauthenticated } from "../../platform/http/errors.ts";
import type { Actor } from "../accounts/actor.ts";
import type { ResolvedTarget } from "../catalog/catalog.service.ts";
import type { ReportsPorts } from "../reports/reports.module.ts";
import { idInAppLink, type ReportTargetProvider } from "../reports/reports.targets.ts";
import { findLinks } from "./messages.links.ts";
import { mayReportAsPhishing, sideOf } from "./messages.policy.ts";
import type { MessageRow, MessagesRepository, ThreadRow } from "./messages.repository.ts";
import { previewOf } from "./messages.views.ts";

interface Deps {
  db: Db;
  clock: Clock;
  messages: MessagesRepository;
  publicUrl: string;
  /** PostgreSQL: the reported message's row is locked for the intake, so one person's two reports queue. */
  lockRows: boolean;
  fileReport: ReportsPorts["fileReport"];
}

/** The link a report keeps for a message: its thread's page, scrolled to it. */
export const messageLink = (publicUrl: string, threadId: string, messageId: string) =>
  `${publicUrl}/messages/${threadId}?message=${messageId}`;

/** The message as it was sent: what a report keeps, so that nobody needs to copy anything. */
async function messageRecord(
  db: DbOrTx,
  messages: MessagesRepository,
  thread: ThreadRow,
  message: MessageRow,
) {
  const files = await messages.attachmentsOf(db, [message.id]);
  return {
    messageId: message.id,
    threadId: thread.id,
    orderId: thread.order_id,
    storeId: thread.store_id,
    storeName: thread.store_name,
    from: message.sender_side,
    sentAt: message.created_at,
    // When the content appeared, as the statement of reasons dates it.
    createdAt: message.created_at,
    text: message.body,
    links: findLinks(message.body).map((l) => ({ url: l.url, domain: l.domain })),
    attachments: files.map((f) => ({
      fileName: f.file_name,
      mimeType: f.mime_type,
      sizeBytes: Number(f.size_bytes),
    })),
    risks: message.risks,
  };
}

/** What a thread's list shows for its last message once a decision hid it. */
const HIDDEN_PREVIEW = "This message was removed after a report.";

const titleOf = (thread: ThreadRow, message: MessageRow) =>
  `Message from ${thread.store_name} on ${message.created_at.slice(0, 10)}`;

/**
 * Messages as report targets (phishing, or suspicious behaviour): a buyer reports a message its store
 * sent it, the message as it was kept as the case's snapshot.
 */
export function createMessageTargets(deps: Deps) {
  const { messages, publicUrl } = deps;
  const origin = new URL(publicUrl).origin;

  const provider: ReportTargetProvider = {
    kind: "message",
    reportTypes: ["phishing", "suspicious_behavior"],
    notFound: "We could not find this message among the ones you received.",
    idFromLink: idInAppLink(publicUrl, /^\/messages\/[^/]+\/?$/, "message"),
    async resolve(tx, id, reporter): Promise<ResolvedTarget | null> {
      const message = await messages.lockMessage(tx, id, deps.lockRows);
      const thread = message && (await messages.findThread(tx, message.thread_id));
      if (!message || !thread || !reporter || message.hidden_at) return null;
      if (!mayReportAsPhishing(sideOf(thread, reporter.userId) ?? "staff", message.sender_side)) return null;
      return {
        url: messageLink(publicUrl, thread.id, message.id),
        kind: "message",
        id: message.id,
        title: titleOf(thread, message),
        storeId: thread.store_id,
        storeName: thread.store_name,
        sellerUserId: thread.seller_user_id,
        snapshot: {
          ...(await messageRecord(tx, messages, thread, message)),
          capturedAt: deps.clock.now().toISOString(),
        },
      };
    },
    async current(db, id) {
      const message = await messages.findMessage(db, id);
      const thread = message && (await messages.findThread(db, message.thread_id));
      return message && thread
        ? { ...(await messageRecord(db, messages, thread, message)), hiddenAt: message.hidden_at }
        : null;
    },
    hide: (tx, id, at) => messages.setHidden(tx, id, at, () => HIDDEN_PREVIEW),
    show: (tx, id) => messages.setHidden(tx, id, null, (row) => previewOf(row.body)),
  };

  /**
   * "Report as phishing", in one click: a phishing report whose target is the message, with its first
   * external link (or the message itself) as the suspicious link. A second report of it while the first
   * is open is refused (409, with the way to the first).
   */
  async function reportPhishing(
    actor: Actor | null,
    messageId: string,
    input: ReportPhishing,
  ): Promise<ReportCreated> {
    if (!actor) throw unauthenticated();
    const message = await messages.findMessage(deps.db, messageId);
    const thread = message && (await messages.findThread(deps.db, message.thread_id));
    if (!message || !thread) throw notFound("This message");
    const side = sideOf(thread, actor.userId);
    if (!side) throw forbidden("Only the buyer and the store's seller can read this conversation.");
    if (!mayReportAsPhishing(side, message.sender_side))
      throw forbidden("You can report the messages a store sent you.");
    const link = messageLink(publicUrl, thread.id, message.id);
    const external = findLinks(message.body).find((l) => new URL(l.url).origin !== origin);
    const note = input.note?.trim();
    return deps.fileReport(actor, {
      body: {
        type: "phishing",
        targetUrls: [link],
        description: `Reported as phishing from the marketplace's messages.${note ? ` ${note}` : ""}`,
        agreement: true,
        details: {
          suspiciousLink: external?.url ?? link,
          channel: "message",
          receivedOn: message.created_at.slice(0, 10),
        },
      },
      files: [],
    });
  }

  return { provider, reportPhishing };
}
