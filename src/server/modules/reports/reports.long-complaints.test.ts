import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../../../test/app.ts";
import { availableDialects } from "../../../../test/databases.ts";
import { approvedRightsHolder, fileIpComplaint, replicaListings } from "../../../../test/ip.fixtures.ts";
import { listingReport } from "../../../../test/reports.fixtures.ts";

const dialects = await availableDialects();

describe.each(dialects)("a complaint with 300 links beside small reports (%s)", (dialect) => {
  let t: TestApp;
  let urls: string[];
  beforeAll(async () => {
    t = await buildTestApp(dialect);
    urls = await replicaListings(t, 300, "long");
    await approvedRightsHolder(t);
  });
  afterAll(() => t.close());

  let attempt = 0;
  const fileSmall = async (i: number) => {
    const listing = await t.createListing();
    return () =>
      t.app.inject({
        method: "POST",
        url: "/api/v1/reports",
        payload: listingReport(listing.url, { contactEmail: `beside-${attempt}-${i}@example.test` }),
      });
  };
  const countTargets = async () =>
    Number(
      (
        await t.db
          .selectFrom("report_targets")
          .select((eb) => eb.fn.countAll().as("n"))
          .executeTakeFirstOrThrow()
      ).n,
    );

  // It compares times, and other test files share the machine's two cores: a run that another file slowed
  // down is tried again (the small reports held behind the long one fail every try).
  it("does not hold the small reports sent with it until it commits", { retry: 2 }, async () => {
    // Each try files a complaint of its own, on listings of its own.
    attempt++;
    const links = attempt === 1 ? urls : await replicaListings(t, 300, `long-try-${attempt}`);
    const before = await countTargets();
    const smalls = await Promise.all([0, 1, 2, 3, 4, 5].map(fileSmall));
    expect((await smalls[0]!()).statusCode).toBe(201);
    // The database is busy while they are sent, as under load, so that they queue up: the long one first.
    let release = () => {};
    const busy = t.db.transaction().execute(() => new Promise<void>((resolve) => (release = resolve)));
    // Long enough for every request to reach the queue on a loaded machine; the times count from release.
    const pause = () => new Promise((resolve) => setTimeout(resolve, 150));
    let start = 0;
    const answered: { name: string; status: number; at: number }[] = [];
    const timed = (name: string, sent: Promise<{ statusCode: number }>) =>
      sent.then((res) => answered.push({ name, status: res.statusCode, at: performance.now() }));
    const sent = [
      timed(
        "long",
        fileIpComplaint(t, links).then(({ res }) => res),
      ),
    ];
    await pause();
    sent.push(...smalls.slice(1).map((send, i) => timed(`small-${i}`, send())));
    await pause();
    start = performance.now();
    release();
    await busy;
    await Promise.all(sent);
    // From the release of the database (negative: answered before it, as PostgreSQL may).
    const finished = answered.map(({ at, ...f }) => ({ ...f, ms: at - start }));

    expect(finished.map((f) => f.status)).toEqual([201, 201, 201, 201, 201, 201]);
    expect(finished.at(-1)?.name).toBe("long");
    const long = finished.at(-1)!.ms;
    const slowestSmall = Math.max(...finished.slice(0, -1).map((f) => f.ms));
    expect(slowestSmall).toBeLessThan(long / 2);
    expect((await countTargets()) - before).toBe(300 + 6);
  });
});
