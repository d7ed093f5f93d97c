import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp, type TestUser } from "../../../../test/app.ts";
import { availableDialects } from "../../../../test/databases.ts";
import { samples } from "../../../../test/multipart.ts";
import {
  addRight,
  filesUnder,
  gif,
  postRight,
  registerHolder,
  trademark,
  uniquePdf,
} from "../../../../test/rights.fixtures.ts";

const dialects = await availableDialects();

describe.each(dialects)("IP rights in the vault (%s)", (dialect) => {
  let t: TestApp;
  let holder: TestUser;
  beforeAll(async () => {
    t = await buildTestApp(dialect);
    holder = await t.signUp("member", "Olga Orbis");
    await registerHolder(t, holder);
  });
  afterAll(() => t.close());

  const get = (url: string, user?: TestUser) =>
    t.app.inject({ method: "GET", url, headers: user ? { ...user.headers } : {} });
  const rightCount = () =>
    t.db
      .selectFrom("rights")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow()
      .then((r) => Number(r.n));

  it("adds a trademark as pending, with its certificate and a submitted event, for its holder's eyes only", async () => {
    const res = await postRight(t, holder, trademark());
    expect(res.statusCode).toBe(201);
    const right = res.json();
    expect(right).toMatchObject({
      type: "trademark",
      registrationNumber: "EU 018000001",
      classes: [9, 14],
      status: "pending",
      validity: "valid",
      usable: false,
      actsAsAgent: false,
      rejectionReason: null,
    });
    expect(right.files).toEqual([
      expect.objectContaining({ kind: "certificate", fileName: "certificate.pdf" }),
    ]);
    expect(right.timeline.map((e: { type: string }) => e.type)).toEqual(["right.submitted"]);
    const events = await t.db
      .selectFrom("right_events")
      .selectAll()
      .where("right_id", "=", right.id)
      .execute();
    expect(events.map((e) => [e.type, e.status])).toEqual([["right.submitted", "pending"]]);

    expect((await get("/api/v1/rights", holder)).json().items.map((r: { id: string }) => r.id)).toContain(
      right.id,
    );
    expect((await get(`/api/v1/rights/${right.id}`, holder)).json()).toEqual(right);

    const other = await t.signUp();
    await registerHolder(t, other);
    expect((await get(`/api/v1/rights/${right.id}`, other)).statusCode).toBe(404);
    expect((await get("/api/v1/rights", other)).json().items).toEqual([]);
    expect((await get(`/api/v1/rights/${right.id}`)).statusCode).toBe(401);
    expect((await get("/api/v1/rights")).statusCode).toBe(401);
    expect((await postRight(t, null, trademark())).statusCode).toBe(401);
  });

  it("asks a member to register before adding rights", async () => {
    const stranger = await t.signUp();
    const res = await postRight(t, stranger, trademark());
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe("not_registered");
    expect((await get("/api/v1/rights", stranger)).json().items).toEqual([]);
  });

  it("requires an agent's letter of authorisation, and keeps it with the certificates", async () => {
    const agent = trademark({ actsAsAgent: true, ownerName: "Another Owner SA" });
    const without = await postRight(t, holder, agent);
    expect(without.statusCode).toBe(400);
    expect(without.json().error.fields).toEqual({
      authorisation: expect.stringContaining("letter of authorisation"),
    });

    const withLetter = await postRight(t, holder, agent, [
      { name: "certificate", fileName: "cert.pdf", content: uniquePdf() },
      { name: "authorisation", fileName: "letter.pdf", content: uniquePdf() },
    ]);
    expect(withLetter.statusCode).toBe(201);
    expect(
      withLetter
        .json()
        .files.map((f: { kind: string }) => f.kind)
        .sort(),
    ).toEqual(["authorisation", "certificate"]);

    const notAgent = await postRight(t, holder, trademark(), [
      { name: "certificate", fileName: "cert.pdf", content: uniquePdf() },
      { name: "authorisation", fileName: "letter.pdf", content: uniquePdf() },
    ]);
    expect(notAgent.statusCode).toBe(400);
    expect(notAgent.json().error.fields).toHaveProperty("authorisation");
  });

  it("takes copyrights without classes or end date, and patents and designs without classes", async () => {
    const copyright = await addRight(
      t,
      holder,
      trademark({ type: "copyright", classes: [], validTo: undefined, registrationNumber: "TXu 2-000-001" }),
    );
    expect(copyright).toMatchObject({ type: "copyright", validTo: null, classes: [] });
    await addRight(t, holder, trademark({ type: "design", classes: [] }));
  });

  it("answers bad input with field errors and stores nothing: no row, no file", async () => {
    const before = await rightCount();
    const blobs = filesUnder(t.config.dataDir, "evidence").length;
    const cases: [unknown, string[]][] = [
      [trademark({ classes: [] }), ["classes"]],
      [trademark({ classes: [0, 46] }), ["classes.0", "classes.1"]],
      [trademark({ type: "patent" }), ["classes"]],
      [trademark({ validTo: "2019-01-01" }), ["validTo"]],
      [trademark({ validFrom: "2020-02-30" }), ["validFrom"]],
      [trademark({ validFrom: "2010-01-01", validTo: "2020-01-01" }), ["validTo"]],
      [
        trademark({ type: "domain", registrationNumber: "", office: "", ownerName: "" }),
        ["office", "ownerName", "registrationNumber", "type"],
      ],
    ];
    for (const [right, fields] of cases) {
      const res = await postRight(t, holder, right);
      expect(res.statusCode, JSON.stringify(right)).toBe(400);
      expect(Object.keys(res.json().error.fields).sort(), JSON.stringify(right)).toEqual(fields);
    }
    const noCertificate = await postRight(t, holder, trademark(), []);
    expect(noCertificate.json().error.fields).toEqual({ certificate: expect.any(String) });
    const tooMany = await postRight(
      t,
      holder,
      trademark(),
      Array.from({ length: 6 }, (_, i) => ({
        name: "certificate",
        fileName: `c${i}.pdf`,
        content: uniquePdf(),
      })),
    );
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json().error.fields).toHaveProperty("certificate");

    expect(await rightCount()).toBe(before);
    expect(filesUnder(t.config.dataDir, "evidence").length).toBe(blobs);
    expect(filesUnder(t.config.dataDir, "staging")).toEqual([]);
  });

  it("refuses a file over 5 MB with 413, leaving nothing behind", async () => {
    const before = await rightCount();
    const res = await postRight(t, holder, trademark(), [
      { name: "certificate", fileName: "huge.pdf", content: samples.pdf(5 * 1024 * 1024) },
    ]);
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe("file_too_large");
    expect(await rightCount()).toBe(before);
    expect(filesUnder(t.config.dataDir, "staging")).toEqual([]);
  });

  it("refuses certificates that are not PDF or images with 415", async () => {
    const before = await rightCount();
    for (const content of [gif(), samples.exe(), samples.svg()]) {
      const res = await postRight(t, holder, trademark(), [
        { name: "certificate", fileName: "cert.pdf", content },
      ]);
      expect(res.statusCode).toBe(415);
      expect(res.json().error.fields).toHaveProperty("certificate");
    }
    expect(await rightCount()).toBe(before);
    expect(filesUnder(t.config.dataDir, "staging")).toEqual([]);
  });
});
