import { describe, expect, it } from "vitest";
import { dryDb } from "../../../../test/dry-db.ts";
import { statusAfter } from "./report-status.ts";
import { REPORT_EVENTS, reportEvents } from "./reports.events.ts";
import { createReportsRepository } from "./reports.repository.ts";

const at = "2026-12-02T10:00:00.000Z";

describe("report events: typed payloads", () => {
  it("gives every event a status and every status-changing event a schema", () => {
    for (const type of reportEvents.types) expect(() => statusAfter(type), type).not.toThrow();
  });

  it("stores the writer's data as given, so that stored JSON reads as before", () => {
    const data = { caseId: "c1", outcome: "no_action" as const, text: "Nothing wrong.", message: null };
    expect(reportEvents.dataText("report.decided", data)).toBe(JSON.stringify(data));
    expect(reportEvents.dataText("report.submitted", {})).toBe("{}");
  });

  it("refuses data of another shape before anything is written", async () => {
    const { db, sent } = dryDb();
    const reports = createReportsRepository();
    const bad = [
      { type: "report.decided", data: { caseId: "c1", outcome: "maybe", text: "x", message: null } },
      { type: "report.info_requested", data: { message: "Send a photo", dueAt: "next week" } },
      { type: "report.closed_duplicate", data: { duplicateOf: "r1" } },
      { type: "report.submitted", data: { note: "not part of it" } },
    ] as const;
    for (const event of bad) {
      await expect(
        reports.appendEvent(db, { reportId: "r2", actorUserId: null, at, ...event } as never),
        event.type,
      ).rejects.toThrow();
    }
    expect(sent).toEqual([]);
  });

  it("reads stored data back typed by its type, and refuses a row whose data lost its shape", () => {
    const read = reportEvents.read("report.info_requested", JSON.stringify({ message: "m", dueAt: at }));
    expect(read).toEqual({ type: "report.info_requested", data: { message: "m", dueAt: at } });
    expect(() => reportEvents.read("report.rerouted", JSON.stringify({ department: "nowhere" }))).toThrow();
    expect(() => reportEvents.read("report.vanished", "{}")).toThrow();
    expect(Object.keys(REPORT_EVENTS)).toContain("report.closed_duplicate");
  });
});
