import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../../../test/app.ts";
import { availableDialects } from "../../../../test/databases.ts";
import { multipart, samples } from "../../../../test/multipart.ts";
import { listingReport } from "../../../../test/reports.fixtures.ts";

const dialects = await availableDialects();

function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => d.name);
}

describe.each(dialects)("bad input changes nothing (%s)", (dialect) => {
  let t: TestApp;
  let listingUrl: string;
  let storeUrl: string;

  beforeAll(async () => {
    t = await buildTestApp(dialect);
    const store = await t.createStore();
    storeUrl = store.url;
    listingUrl = (await t.createListing(store.id)).url;
  });
  afterAll(() => t.close());

  async function snapshot() {
    const count = async (table: "reports" | "cases" | "evidence_files" | "outbox") =>
      Number(
        (
          await t.db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll().as("n"))
            .executeTakeFirstOrThrow()
        ).n,
      );
    return {
      reports: await count("reports"),
      cases: await count("cases"),
      evidence: await count("evidence_files"),
      outbox: await count("outbox"),
      blobs: filesUnder(path.join(t.config.dataDir, "evidence")).length,
      staged: filesUnder(path.join(t.config.dataDir, "staging")).length,
    };
  }

  const jsonCases: [string, () => Record<string, unknown>, number, string, string | null][] = [
    ["no type", () => listingReport(listingUrl, { type: undefined }), 400, "invalid_input", "type"],
    ["an unknown type", () => listingReport(listingUrl, { type: "gossip" }), 400, "invalid_input", "type"],
    ["no link", () => listingReport(listingUrl, { targetUrls: [] }), 400, "invalid_input", "targetUrls"],
    ["a malformed link", () => listingReport("not a link"), 400, "invalid_input", "targetUrls.0"],
    [
      "a link to no listing",
      () => listingReport("http://localhost:3000/shop/item/nope"),
      422,
      "target_not_found",
      "targetUrls.0",
    ],
    [
      "a link to a page that is no listing",
      () => listingReport("http://localhost:3000/help"),
      422,
      "target_not_found",
      "targetUrls.0",
    ],
    [
      "a link to another site",
      () => listingReport("https://other.example/item/1"),
      422,
      "target_foreign_site",
      "targetUrls.0",
    ],
    [
      "two links where one is allowed",
      () => listingReport(listingUrl, { targetUrls: [listingUrl, storeUrl] }),
      400,
      "invalid_input",
      "targetUrls",
    ],
    [
      "a short description",
      () => listingReport(listingUrl, { description: "too short" }),
      400,
      "invalid_input",
      "description",
    ],
    [
      "a huge description",
      () => listingReport(listingUrl, { description: "x".repeat(5001) }),
      400,
      "invalid_input",
      "description",
    ],
    [
      "no agreement",
      () => listingReport(listingUrl, { agreement: false }),
      400,
      "invalid_input",
      "agreement",
    ],
    [
      "a guest without email",
      () => listingReport(listingUrl, { contactEmail: undefined }),
      400,
      "invalid_input",
      "contactEmail",
    ],
    [
      "a bad email",
      () => listingReport(listingUrl, { contactEmail: "nobody" }),
      400,
      "invalid_input",
      "contactEmail",
    ],
    [
      "a missing type field",
      () => listingReport(listingUrl, { details: { violation: "prohibited_goods" } }),
      400,
      "invalid_input",
      "details.prohibitedCategory",
    ],
    [
      "an unknown option",
      () => listingReport(listingUrl, { details: { violation: "ugly" } }),
      400,
      "invalid_input",
      "details.violation",
    ],
    [
      "an unknown detail",
      () => listingReport(listingUrl, { details: { violation: "misleading_price", extra: 1 } }),
      400,
      "invalid_input",
      "details",
    ],
  ];

  it.each(jsonCases)("refuses %s", async (_name, body, status, code, field) => {
    const before = await snapshot();
    const res = await t.app.inject({ method: "POST", url: "/api/v1/reports", payload: body() });
    expect(res.statusCode).toBe(status);
    expect(res.json().error.code).toBe(code);
    if (field) expect(Object.keys(res.json().error.fields ?? {})).toContain(field);
    expect(await snapshot()).toEqual(before);
  });

  const fileCases: [string, () => ReturnType<typeof multipart>, number, string][] = [
    [
      "a file over 5 MB",
      () =>
        multipart(listingReport(listingUrl), [
          { fileName: "big.pdf", content: samples.pdf(5 * 1024 * 1024) },
        ]),
      413,
      "file_too_large",
    ],
    [
      "an executable renamed .pdf",
      () =>
        multipart(listingReport(listingUrl), [
          { fileName: "invoice.pdf", contentType: "application/pdf", content: samples.exe() },
        ]),
      415,
      "unsupported_file_type",
    ],
    [
      "an SVG",
      () =>
        multipart(listingReport(listingUrl), [
          { fileName: "logo.svg", contentType: "image/svg+xml", content: samples.svg() },
        ]),
      415,
      "unsupported_file_type",
    ],
    [
      "HTML",
      () =>
        multipart(listingReport(listingUrl), [
          { fileName: "page.png", contentType: "image/png", content: samples.html() },
        ]),
      415,
      "unsupported_file_type",
    ],
    [
      "eleven files",
      () =>
        multipart(
          listingReport(listingUrl),
          Array.from({ length: 11 }, (_, i) => ({ fileName: `p${i}.png`, content: samples.png() })),
        ),
      400,
      "too_many_files",
    ],
    [
      "a form without the report part",
      () => multipart(undefined, [{ fileName: "a.pdf", content: samples.pdf() }]),
      400,
      "invalid_input",
    ],
    ["a report part that is not JSON", () => multipart("{not json", []), 400, "invalid_input"],
    [
      "a valid file with invalid fields",
      () =>
        multipart(listingReport(listingUrl, { agreement: false }), [
          { fileName: "a.pdf", content: samples.pdf() },
        ]),
      400,
      "invalid_input",
    ],
    [
      "an oversized report part",
      () => multipart(listingReport(listingUrl, { description: "x".repeat(1024 * 1024 + 10) }), []),
      413,
      "payload_too_large",
    ],
  ];

  it.each(fileCases)("refuses %s and keeps no file", async (_name, form, status, code) => {
    const before = await snapshot();
    const { headers, payload } = form();
    const res = await t.app.inject({ method: "POST", url: "/api/v1/reports", headers, payload });
    expect(res.statusCode).toBe(status);
    expect(res.json().error.code).toBe(code);
    expect(await snapshot()).toEqual(before);
  });

  it("refuses malformed multipart and oversized JSON", async () => {
    const before = await snapshot();
    const broken = await t.app.inject({
      method: "POST",
      url: "/api/v1/reports",
      headers: { "content-type": "multipart/form-data; boundary=xyz" },
      payload: '--xyz\r\nContent-Disposition: form-data; name="report"\r\n\r\n{}',
    });
    expect(broken.statusCode).toBe(400);
    const huge = await t.app.inject({
      method: "POST",
      url: "/api/v1/reports",
      headers: { "content-type": "application/json" },
      payload: JSON.stringify(listingReport(listingUrl, { description: "x".repeat(1_100_000) })),
    });
    expect(huge.statusCode).toBe(413);
    expect(huge.json().error.code).toBe("payload_too_large");
    const notJson = await t.app.inject({
      method: "POST",
      url: "/api/v1/reports",
      headers: { "content-type": "application/json" },
      payload: "{oops",
    });
    expect(notJson.statusCode).toBe(400);
    expect(await snapshot()).toEqual(before);
  });

  it("refuses a member's second open report of the same target, naming the first", async () => {
    const member = await t.signUp();
    const listing = await t.createListing();
    const first = await t.app.inject({
      method: "POST",
      url: "/api/v1/reports",
      headers: { ...member.headers },
      payload: listingReport(listing.url, { contactEmail: undefined }),
    });
    const before = await snapshot();
    const again = await t.app.inject({
      method: "POST",
      url: "/api/v1/reports",
      headers: { ...member.headers },
      payload: listingReport(listing.url, {
        contactEmail: undefined,
        description: "Reporting the same thing once more, in other words.",
      }),
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe("duplicate_report");
    expect(again.json().error.existing.reference).toBe(first.json().reference);
    expect(again.json().error.message).toContain(first.json().reference);
    expect(await snapshot()).toEqual(before);
  });
});

describe.each(dialects)("flood limits (%s)", (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(dialect, { reportsPerHour: 2 });
  });
  afterAll(() => t.close());

  it("refuses more reports per hour than allowed from one reporter, and allows them again an hour later", async () => {
    const send = async () => {
      const listing = await t.createListing();
      return t.app.inject({ method: "POST", url: "/api/v1/reports", payload: listingReport(listing.url) });
    };
    expect((await send()).statusCode).toBe(201);
    expect((await send()).statusCode).toBe(201);
    const third = await send();
    expect(third.statusCode).toBe(429);
    expect(third.json().error.code).toBe("rate_limited");
    t.clock.advanceHours(1.1);
    expect((await send()).statusCode).toBe(201);
  });
});
