// The security suite: what an attacker or a curious user tries from outside, over HTTP, on both databases.
// Every new route joins this file with its 401 / 403 / someone else's data / another department checks.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "./app.ts";
import { availableDialects } from "./databases.ts";

const dialects = await availableDialects();

describe.each(dialects)("security: the basics (%s)", (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(dialect);
  });
  afterAll(() => t.close());

  it("answers 401 to an anonymous visitor on a member's own pages", async () => {
    const res = await t.app.inject({ method: "GET", url: "/api/v1/me/reports" });
    expect(res.statusCode).toBe(401);
  });
});

// ── platform: sign-in, mail, origins, limits, headers ──

// ── reports and cases: who reads what, duplicates, downloads, assignment ──

// ── decisions and statements ──
