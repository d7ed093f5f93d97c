import { describe, expect, it } from "vitest";
import { CASE_EVENT_TYPES, caseStatusAfter, statusesBefore, statusMovedTo } from "./case-status.ts";

describe("the case state machine", () => {
  it("opens a case only from nothing", () => {
    expect(caseStatusAfter(null, "case.opened")).toBe("open");
    expect(caseStatusAfter("open", "case.opened")).toBeNull();
    expect(caseStatusAfter(null, "case.decided")).toBeNull();
  });

  it("asks for information only on an open case, and the answer reopens it", () => {
    expect(caseStatusAfter("open", "case.info_requested")).toBe("needs_info");
    expect(caseStatusAfter("needs_info", "case.info_requested")).toBeNull();
    expect(caseStatusAfter("needs_info", "case.info_provided")).toBe("open");
    expect(caseStatusAfter("open", "case.info_provided")).toBeNull();
  });

  it("decides a case once: a decided, closed or merged case cannot be decided again", () => {
    expect(caseStatusAfter("open", "case.decided")).toBe("decided");
    expect(caseStatusAfter("needs_info", "case.decided")).toBe("decided");
    expect(caseStatusAfter("decided", "case.decided")).toBeNull();
    expect(caseStatusAfter("closed", "case.decided")).toBeNull();
  });

  it("claims, assigns, releases and re-routes only cases still being worked, without moving them", () => {
    for (const event of ["case.claimed", "case.assigned", "case.released", "case.rerouted"] as const) {
      expect(caseStatusAfter("open", event)).toBe("open");
      expect(caseStatusAfter("needs_info", event)).toBe("needs_info");
      expect(caseStatusAfter("decided", event)).toBeNull();
      expect(caseStatusAfter("closed", event)).toBeNull();
    }
  });

  it("takes appeals and counter-notices on decided cases only, and reopens only those", () => {
    for (const event of ["appeal.filed", "counter_notice.filed", "counter_notice.decided"] as const) {
      expect(caseStatusAfter("decided", event)).toBe("decided");
      expect(caseStatusAfter("open", event)).toBeNull();
    }
    expect(caseStatusAfter("decided", "case.reopened")).toBe("open");
    expect(caseStatusAfter("open", "case.reopened")).toBeNull();
  });

  it("answers an appeal on a case an earlier appeal reopened, without moving it", () => {
    expect(caseStatusAfter("decided", "appeal.decided")).toBe("decided");
    expect(caseStatusAfter("open", "appeal.decided")).toBe("open");
    expect(caseStatusAfter("closed", "appeal.decided")).toBeNull();
  });

  it("names where each event moves a case, or that it stays", () => {
    expect(statusMovedTo("case.decided")).toBe("decided");
    expect(statusMovedTo("case.merged")).toBe("closed");
    expect(statusMovedTo("case.claimed")).toBeNull();
    for (const event of CASE_EVENT_TYPES) {
      const to = statusMovedTo(event);
      for (const status of statusesBefore(event)) expect(caseStatusAfter(status, event)).toBe(to ?? status);
    }
  });

  it("closes a merged case for good", () => {
    expect(caseStatusAfter("open", "case.merged")).toBe("closed");
    for (const event of CASE_EVENT_TYPES) expect(caseStatusAfter("closed", event)).toBeNull();
  });

  it("names, for every event, the statuses it may happen in", () => {
    for (const event of CASE_EVENT_TYPES) {
      for (const status of statusesBefore(event)) expect(caseStatusAfter(status, event)).not.toBeNull();
    }
  });
});
