import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp, type TestUser } from "../../../../test/app.ts";
import { availableDialects } from "../../../../test/databases.ts";
import { BUILT_IN_ARTICLES } from "./help.articles.ts";

const dialects = await availableDialects();

const draft = (slug: string) => ({
  title: "Secret plans for the help center",
  slug,
  section: "evidence",
  summary: "Not yet for the public to read.",
  body: "This draft mentions the word zanzibarquill, which no published article has. ".repeat(2),
  status: "draft",
});

describe.each(dialects)("help center (%s)", (dialect) => {
  let t: TestApp;
  let admin: TestUser;
  beforeAll(async () => {
    t = await buildTestApp(dialect);
    admin = await t.signUp("admin", "Ada Admin");
  });
  afterAll(() => t.close());

  const get = (url: string, user?: TestUser) =>
    t.app.inject({ method: "GET", url, headers: user ? { ...user.headers } : {} });
  const send = (method: "POST" | "PUT", url: string, payload: object, user: TestUser | null = admin) =>
    t.app.inject({ method, url, headers: user ? { ...user.headers } : {}, payload });
  const search = async (q: string) =>
    (await get(`/api/v1/help/search?q=${encodeURIComponent(q)}`)).json().items as {
      slug: string;
      excerpt: string;
    }[];

  it("starts with the built-in articles, at least two in every section", async () => {
    const center = (await get("/api/v1/help")).json();
    expect(center.sections.map((s: { id: string }) => s.id)).toEqual([
      "disputes_fraud",
      "how_to_report",
      "evidence",
      "buyer_protection",
      "rights_holders",
    ]);
    for (const section of center.sections)
      expect(section.articles.length, section.id).toBeGreaterThanOrEqual(2);
    const total = center.sections.reduce((n: number, s: { articles: unknown[] }) => n + s.articles.length, 0);
    expect(total).toBe(BUILT_IN_ARTICLES.length);
  });

  it("shows an article by its address with related articles of its section", async () => {
    const res = await get("/api/v1/help/articles/how-to-report-a-counterfeit");
    expect(res.statusCode).toBe(200);
    const article = res.json();
    expect(article).toMatchObject({ title: "How to report a counterfeit", section: "how_to_report" });
    expect(article.body).toContain("## You bought a fake");
    expect(article.related.map((r: { section: string }) => r.section)).toEqual(
      article.related.map(() => "how_to_report"),
    );
    expect((await get("/api/v1/help/articles/no-such-article")).statusCode).toBe(404);
  });

  it("searches titles and text by the start of words, with accents and case folded", async () => {
    expect((await search("counterfeit"))[0]?.slug).toBe("how-to-report-a-counterfeit");
    // "phish" finds "phishing"; "PHISHING" and "phîshing" read the same.
    for (const q of ["phish", "PHISHING messages", "phîshing"])
      expect((await search(q))[0]?.slug, q).toBe("how-to-spot-phishing-messages");
    const evidence = await search("evidence dispute");
    expect(evidence[0]?.slug).toBe("evidence-that-works-for-a-dispute");
    expect(evidence[0]?.excerpt.toLowerCase()).toContain("evidence");
    expect(await search("xylophonequartz")).toEqual([]);
    // Only words too common to search by: nothing to look up.
    expect(await search("how to the")).toEqual([]);
  });

  it("refuses a search without enough characters, field by field", async () => {
    const res = await get("/api/v1/help/search?q=a");
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toHaveProperty("q");
  });

  it("lets an admin write a draft that the public neither lists, finds nor reads, then publish it", async () => {
    const created = await send("POST", "/api/v1/admin/help/articles", draft("secret-plans"));
    expect(created.statusCode, created.body).toBe(201);
    const article = created.json();
    expect(article).toMatchObject({ status: "draft", version: 1, updatedByName: "Ada Admin" });
    expect((await get("/api/v1/help/articles/secret-plans")).statusCode).toBe(404);
    expect(await search("zanzibarquill")).toEqual([]);
    expect(JSON.stringify((await get("/api/v1/help")).json())).not.toContain("secret-plans");

    const published = await send("PUT", `/api/v1/admin/help/articles/${article.id}`, {
      ...draft("secret-plans"),
      title: "Plans for the help center",
      status: "published",
      version: 1,
    });
    expect(published.statusCode, published.body).toBe(200);
    expect(published.json()).toMatchObject({ version: 2, status: "published" });
    expect((await get("/api/v1/help/articles/secret-plans")).json().title).toBe("Plans for the help center");
    expect((await search("zanzibarquill")).map((h) => h.slug)).toEqual(["secret-plans"]);
    // Back to a draft, it leaves the public help center again.
    await send("PUT", `/api/v1/admin/help/articles/${article.id}`, { ...draft("secret-plans"), version: 2 });
    expect(await search("zanzibarquill")).toEqual([]);
  });

  it("refuses a save over a version someone else saved, and changes nothing", async () => {
    const { id } = (await send("POST", "/api/v1/admin/help/articles", draft("two-editors"))).json();
    const first = await send("PUT", `/api/v1/admin/help/articles/${id}`, {
      ...draft("two-editors"),
      title: "First editor's title",
      version: 1,
    });
    expect(first.statusCode).toBe(200);
    const second = await send("PUT", `/api/v1/admin/help/articles/${id}`, {
      ...draft("two-editors"),
      title: "Second editor's title",
      version: 1,
    });
    expect(second.statusCode).toBe(409);
    expect(second.json().error.code).toBe("stale_version");
    expect((await get(`/api/v1/admin/help/articles/${id}`, admin)).json()).toMatchObject({
      title: "First editor's title",
      version: 2,
    });
    const missing = await send("PUT", "/api/v1/admin/help/articles/nope", { ...draft("nope-1"), version: 1 });
    expect(missing.statusCode).toBe(404);
  });

  it("answers bad articles with an error on each field, and a taken address on the address", async () => {
    const bad = await send("POST", "/api/v1/admin/help/articles", {
      title: "Hi",
      slug: "Not A Slug",
      section: "elsewhere",
      summary: "",
      body: "short",
      status: "maybe",
    });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields).sort()).toEqual([
      "body",
      "section",
      "slug",
      "status",
      "summary",
      "title",
    ]);
    const taken = await send("POST", "/api/v1/admin/help/articles", draft("how-to-report-a-counterfeit"));
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error.fields).toHaveProperty("slug");
    const count = await t.db
      .selectFrom("help_articles")
      .select((eb) => eb.fn.countAll().as("n"))
      .where("title", "=", "Hi")
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(0);
  });

  it("lists every article to admins, drafts too, a page at a time", async () => {
    const first = (await get("/api/v1/admin/help/articles?limit=5", admin)).json();
    expect(first.items).toHaveLength(5);
    const second = (
      await get(`/api/v1/admin/help/articles?limit=100&cursor=${first.nextCursor}`, admin)
    ).json();
    const all = [...first.items, ...second.items];
    expect(new Set(all.map((a: { id: string }) => a.id)).size).toBe(all.length);
    expect(all.some((a: { status: string }) => a.status === "draft")).toBe(true);
    expect(second.nextCursor).toBeNull();
  });

  it("routes free text to a dispute or a report type, with the reason, in several languages", async () => {
    const route = async (text: string, aboutOrder?: boolean) =>
      (await send("POST", "/api/v1/help/route", { text, aboutOrder }, null)).json();
    const parcel = await route("the parcel never arrived");
    expect(parcel).toMatchObject({
      sure: true,
      choices: [{ destination: { kind: "dispute", reason: "not_received" } }, {}],
    });
    expect(parcel.explanation).toBe(
      "You said “the parcel never arrived”: that is a problem with your order — open a dispute for not received.",
    );
    expect((await route("l'article est arrivé cassé")).choices[0].destination).toEqual({
      kind: "dispute",
      reason: "damaged",
    });
    expect(
      (await route("ich habe eine E-Mail bekommen, die nach meinem Passwort fragt")).choices[0].destination,
    ).toEqual({
      kind: "report",
      reportType: "phishing",
    });
    // Not about an order of one's own: never a dispute.
    const notOrder = await route("the item arrived broken", false);
    expect(
      notOrder.choices.every((c: { destination: { kind: string } }) => c.destination.kind === "report"),
    ).toBe(true);
    const unknown = await route("qwzx vbnm");
    expect(unknown).toMatchObject({ sure: false, choices: [] });
    const bad = await send("POST", "/api/v1/help/route", { text: "", aboutOrder: "yes" }, null);
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields).sort()).toEqual(["aboutOrder", "text"]);
  });

  it("describes every help route in the OpenAPI document", async () => {
    const doc = (await get("/api/openapi.json")).json();
    for (const path of [
      "/api/v1/help",
      "/api/v1/help/search",
      "/api/v1/help/articles/{slug}",
      "/api/v1/help/route",
      "/api/v1/admin/help/articles",
      "/api/v1/admin/help/articles/{id}",
    ])
      expect(doc.paths, path).toHaveProperty([path]);
  });
});
