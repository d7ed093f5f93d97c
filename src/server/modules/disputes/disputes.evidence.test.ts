import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp, type TestUser } from "../../../../test/app.ts";
import { availableDialects } from "../../../../test/databases.ts";
import { createOrder, disputeBody } from "../../../../test/disputes.fixtures.ts";
import { multipart, samples } from "../../../../test/multipart.ts";

const dialects = await availableDialects();

describe.each(dialects)("dispute evidence and retries (%s)", (dialect) => {
  let t: TestApp;
  let buyer: TestUser;
  let seller: TestUser;
  beforeAll(async () => {
    t = await buildTestApp(dialect);
    t.clock.set(new Date("2026-12-01T10:00:00Z"));
    buyer = await t.signUp("member", "Dana Buyer");
    seller = await t.signUp("member", "Sol Seller");
  });
  afterAll(() => t.close());

  const openWith = async (files: Parameters<typeof multipart>[1], headers: Record<string, string> = {}) => {
    const order = await createOrder(t, buyer, seller);
    const form = multipart(disputeBody(order.id, order.itemIds[0]!), files, "dispute");
    const res = await t.app.inject({
      method: "POST",
      url: "/api/v1/disputes",
      headers: { ...buyer.headers, ...form.headers, ...headers },
      payload: form.payload,
    });
    return { order, res };
  };
  const disputeCount = async () =>
    Number(
      (
        await t.db
          .selectFrom("disputes")
          .select((eb) => eb.fn.countAll<number>().as("n"))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it("opens a dispute with photos and a video, checked by content, and serves them only as downloads to its sides", async () => {
    const { res } = await openWith([
      { fileName: "earbuds.png", contentType: "image/png", content: samples.png() },
      { fileName: "unboxing.mp4", contentType: "video/mp4", content: samples.mp4(6 * 1024 * 1024) },
    ]);
    expect(res.statusCode, res.body).toBe(201);
    const files = res.json().timeline[0].files;
    expect(files.map((f: { fileName: string; mimeType: string }) => [f.fileName, f.mimeType])).toEqual([
      ["earbuds.png", "image/png"],
      ["unboxing.mp4", "video/mp4"],
    ]);
    const download = await t.app.inject({ method: "GET", url: files[0].url, headers: { ...seller.headers } });
    expect(download.statusCode).toBe(200);
    expect(download.headers["content-disposition"]).toMatch(/^attachment/);
    expect(download.headers["x-content-type-options"]).toBe("nosniff");
    const stranger = await t.signUp("member", "Curious");
    expect(
      (await t.app.inject({ method: "GET", url: files[0].url, headers: { ...stranger.headers } })).statusCode,
    ).toBe(404);
    expect((await t.app.inject({ method: "GET", url: files[0].url })).statusCode).toBe(401);
  });

  it("refuses a file that is not what it claims (415) and a video over 50 MB (413), keeping nothing", async () => {
    const before = await disputeCount();
    const fake = await openWith([
      { fileName: "photo.png", contentType: "image/png", content: samples.html() },
    ]);
    expect(fake.res.statusCode).toBe(415);
    expect(fake.res.json().error.fields.evidence).toContain("not a photo");
    const bigPhoto = await openWith([
      { fileName: "huge.pdf", contentType: "application/pdf", content: samples.pdf(6 * 1024 * 1024) },
    ]);
    expect(bigPhoto.res.statusCode).toBe(413);
    const bigVideo = await openWith([
      { fileName: "long.mp4", contentType: "video/mp4", content: samples.mp4(51 * 1024 * 1024) },
    ]);
    expect(bigVideo.res.statusCode).toBe(413);
    expect(bigVideo.res.json().error.message).toBe(
      "A video can be at most 50 MB, and a photo or document at most 5 MB.",
    );
    expect(await disputeCount()).toBe(before);
  });

  it("answers a retry with the same Idempotency-Key with the same dispute, and a reused key for another with 422", async () => {
    const order = await createOrder(t, buyer, seller);
    const send = (body: object) =>
      t.app.inject({
        method: "POST",
        url: "/api/v1/disputes",
        headers: { ...buyer.headers, "idempotency-key": `key-${order.id}` },
        payload: body,
      });
    const first = await send(disputeBody(order.id, order.itemIds[0]!));
    const again = await send(disputeBody(order.id, order.itemIds[0]!));
    expect(first.statusCode).toBe(201);
    expect(again.statusCode).toBe(201);
    expect(again.json().id).toBe(first.json().id);
    const other = await send({
      ...disputeBody(order.id, order.itemIds[1]!),
      items: [{ orderItemId: order.itemIds[1], quantity: 1 }],
    });
    expect(other.statusCode).toBe(422);
  });

  it("adds evidence with files to the timeline, and answers the platform's request with it", async () => {
    const { res } = await openWith([]);
    const id = res.json().id;
    const form = multipart(
      { message: "The label shows model X2, not X3." },
      [{ fileName: "label.png", contentType: "image/png", content: samples.png() }],
      "message",
    );
    const added = await t.app.inject({
      method: "POST",
      url: `/api/v1/disputes/${id}/evidence`,
      headers: { ...buyer.headers, ...form.headers },
      payload: form.payload,
    });
    expect(added.statusCode, added.body).toBe(200);
    expect(added.json().timeline.at(-1)).toMatchObject({
      type: "evidence.added",
      by: "buyer",
      text: "The label shows model X2, not X3.",
      files: [expect.objectContaining({ fileName: "label.png" })],
    });
    expect(added.json().status).toBe("awaiting_seller");
  });
});
