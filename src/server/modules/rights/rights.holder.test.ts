import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, PUBLIC_URL, type TestApp } from "../../../../test/app.ts";
import { availableDialects } from "../../../../test/databases.ts";
import { samples } from "../../../../test/multipart.ts";
import {
  company,
  filesUnder,
  form,
  gif,
  registerHolder,
  uniquePdf,
} from "../../../../test/rights.fixtures.ts";

const dialects = await availableDialects();

describe.each(dialects)("registering as a rights holder (%s)", (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(dialect);
  });
  afterAll(() => t.close());

  const register = (cookie: string | undefined, body: ReturnType<typeof form>) =>
    t.app.inject({
      method: "POST",
      url: "/api/v1/rights/holder",
      headers: { ...(cookie ? { cookie, origin: PUBLIC_URL } : {}), ...body.headers },
      payload: body.payload,
    });

  const holderRows = () => t.db.selectFrom("rights_holders").select("id").execute();

  it("registers a company with its identity documents, stored by SHA-256, and shows it to its owner only", async () => {
    const user = await t.signUp("member", "Olga Orbis");
    const pdf = uniquePdf();
    const res = await register(
      user.cookie,
      form("holder", company(), [
        { name: "document", fileName: "register extract.pdf", content: pdf },
        { name: "document", fileName: "passport.png", content: samples.png() },
      ]),
    );
    expect(res.statusCode).toBe(201);
    const holder = res.json();
    expect(holder).toMatchObject({
      kind: "company",
      legalName: "Orbis Watches Ltd",
      country: "GB",
      contactEmail: "legal@orbis.example",
      companyNumber: "01234567",
    });
    expect(
      holder.documents.map((d: { fileName: string; mimeType: string }) => [d.fileName, d.mimeType]),
    ).toEqual([
      ["register extract.pdf", "application/pdf"],
      ["passport.png", "image/png"],
    ]);
    const sha = crypto.createHash("sha256").update(pdf).digest("hex");
    expect(
      fs.existsSync(path.join(t.config.dataDir, "evidence", sha.slice(0, 2), sha.slice(2, 4), sha)),
    ).toBe(true);
    expect(filesUnder(t.config.dataDir, "staging")).toEqual([]);

    const mine = await t.app.inject({
      method: "GET",
      url: "/api/v1/rights/holder",
      headers: { ...user.headers },
    });
    expect(mine.json()).toEqual(holder);

    const other = await t.signUp("member", "Someone Else");
    const theirs = await t.app.inject({
      method: "GET",
      url: "/api/v1/rights/holder",
      headers: { ...other.headers },
    });
    expect(theirs.statusCode).toBe(404);
    expect(theirs.body).not.toContain("Orbis");
  });

  it("keeps one registration per account", async () => {
    const user = await t.signUp();
    await registerHolder(t, user);
    const again = await register(
      user.cookie,
      form("holder", company(), [{ name: "document", fileName: "id.pdf", content: uniquePdf() }]),
    );
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe("already_registered");
  });

  it("drops the company number of a person", async () => {
    const user = await t.signUp();
    const holder = await registerHolder(
      t,
      user,
      company({ kind: "person", legalName: "Ann Author", companyNumber: "999" }),
    );
    expect(holder).toMatchObject({ kind: "person", companyNumber: null });
  });

  it("asks guests to sign in", async () => {
    const res = await register(
      undefined,
      form("holder", company(), [{ name: "document", fileName: "a.pdf", content: uniquePdf() }]),
    );
    expect(res.statusCode).toBe(401);
    expect((await t.app.inject({ method: "GET", url: "/api/v1/rights/holder" })).statusCode).toBe(401);
  });

  it("names every bad field at once and keeps nothing: no row, no file", async () => {
    const user = await t.signUp();
    const before = (await holderRows()).length;
    const blobs = filesUnder(t.config.dataDir, "evidence").length;
    const res = await register(
      user.cookie,
      form("holder", { kind: "robot", legalName: "", country: "ZZ", address: "x", contactEmail: "nope" }, [
        { name: "document", fileName: "fine.pdf", content: uniquePdf() },
      ]),
    );
    expect(res.statusCode).toBe(400);
    expect(Object.keys(res.json().error.fields).sort()).toEqual(
      ["address", "contactEmail", "country", "kind", "legalName"].sort(),
    );
    const json = await t.app.inject({
      method: "POST",
      url: "/api/v1/rights/holder",
      headers: { ...user.headers },
      payload: company(),
    });
    expect(json.statusCode).toBe(400);
    expect(json.json().error.fields).toEqual({ document: expect.stringContaining("identity document") });
    const broken = await register(user.cookie, form("holder", "{not json", []));
    expect(broken.statusCode).toBe(400);
    expect(broken.json().error.fields).toHaveProperty("holder");

    expect((await holderRows()).length).toBe(before);
    expect(filesUnder(t.config.dataDir, "evidence").length).toBe(blobs);
    expect(filesUnder(t.config.dataDir, "staging")).toEqual([]);
  });

  it("refuses files that are not PDF or images by their content, with 415, keeping nothing", async () => {
    const user = await t.signUp();
    const blobs = filesUnder(t.config.dataDir, "evidence").length;
    for (const [fileName, content] of [
      ["animation.gif", gif()],
      ["id.pdf", samples.exe()],
      ["scan.png", samples.html()],
    ] as const) {
      const res = await register(
        user.cookie,
        form("holder", company(), [
          { name: "document", fileName: "good.pdf", content: uniquePdf() },
          { name: "document", fileName, content },
        ]),
      );
      expect(res.statusCode, fileName).toBe(415);
      expect(res.json().error.fields).toHaveProperty("document");
    }
    const wrongField = await register(
      user.cookie,
      form("holder", company(), [{ name: "evidence", fileName: "a.pdf", content: uniquePdf() }]),
    );
    expect(wrongField.statusCode).toBe(400);
    expect(
      await t.db.selectFrom("rights_holders").select("id").where("user_id", "=", user.id).execute(),
    ).toEqual([]);
    expect(filesUnder(t.config.dataDir, "evidence").length).toBe(blobs);
    expect(filesUnder(t.config.dataDir, "staging")).toEqual([]);
  });
});
