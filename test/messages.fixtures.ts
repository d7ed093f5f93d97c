import { expect } from "vitest";
import type { TestApp, TestUser } from "./app.ts";
import { multipart, samples } from "./multipart.ts";

/**
 * A buyer's general thread with a seller's store, in which the store answers with a PDF and asks to be
 * paid by bank transfer: the message a buyer may report as phishing.
 */
export async function threadWithScam(t: TestApp, buyer: TestUser, seller: TestUser) {
  const store = await t.createStore({ sellerUserId: seller.id, name: "Scam Test Store" });
  const started = await t.app.inject({
    method: "POST",
    url: "/api/v1/threads",
    headers: { ...buyer.headers },
    payload: { storeId: store.id, text: "Is it still available?" },
  });
  expect(started.statusCode, started.body).toBe(201);
  const threadId = started.json().thread.id as string;
  const form = multipart(
    { text: "Yes. Pay by bank transfer, see the invoice." },
    [{ name: "evidence", fileName: "invoice.pdf", contentType: "application/pdf", content: samples.pdf() }],
    "message",
  );
  const reply = await t.app.inject({
    method: "POST",
    url: `/api/v1/threads/${threadId}/messages`,
    headers: { ...seller.headers, ...form.headers },
    payload: form.payload,
  });
  expect(reply.statusCode, reply.body).toBe(201);
  const message = reply.json();
  return {
    storeId: store.id,
    threadId,
    messageId: message.id as string,
    fileUrl: message.attachments[0].url as string,
    fileId: message.attachments[0].id as string,
  };
}
