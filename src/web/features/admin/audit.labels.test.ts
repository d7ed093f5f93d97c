import i18next from "i18next";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AUDIT_ACTIONS, AUDIT_PROBLEMS } from "../../../contracts/audit.ts";
import { startTextForTests } from "../../i18n/testing.ts";
import { adminText } from "./admin.text.ts";
import {
  auditActionKey,
  auditActionLabel,
  problemKindLabel,
  shortHash,
  subjectKindLabel,
  summarizeAuditData,
} from "./audit.labels.ts";

describe("the audit log's words", () => {
  beforeAll(() => startTextForTests("en"));
  afterAll(() => i18next.changeLanguage("en"));

  for (const action of AUDIT_ACTIONS) {
    it(`${action}: worded in English and in German, each its own`, () => {
      const en = adminText.en.audit.actions[auditActionKey(action)];
      const de = adminText.de.audit.actions[auditActionKey(action)];
      expect(en?.trim(), "English").toBeTruthy();
      expect(de?.trim(), "German").toBeTruthy();
      expect(de, "German differs from the English").not.toBe(en);
    });
  }

  it("shows each action in the interface language", async () => {
    expect(auditActionLabel("case.decided")).toBe("Decided a case");
    await i18next.changeLanguage("de");
    expect(auditActionLabel("case.decided")).toBe("Einen Fall entschieden");
    await i18next.changeLanguage("en");
  });

  it("words every kind of chain problem in both languages", () => {
    for (const kind of AUDIT_PROBLEMS) {
      expect(adminText.en.audit.problems[kind]?.trim(), kind).toBeTruthy();
      expect(adminText.de.audit.problems[kind]?.trim(), kind).toBeTruthy();
    }
    expect(problemKindLabel("missing")).toBe("Missing");
  });

  it("names known subjects and keeps the server's name for others", () => {
    expect(subjectKindLabel("case")).toBe("Case");
    expect(subjectKindLabel("webhook")).toBe("webhook");
  });
});

describe("summarizeAuditData", () => {
  it("shows the first fields as name and value, lists joined and nothing as a dash", () => {
    expect(
      summarizeAuditData({
        outcome: "action_taken",
        actions: ["remove_listing", "warn"],
        statementPuid: null,
      }),
    ).toEqual([
      { name: "outcome", value: "action_taken" },
      { name: "actions", value: "remove_listing, warn" },
      { name: "statementPuid", value: "—" },
    ]);
  });

  it("keeps to four fields and clips long text and objects", () => {
    const summary = summarizeAuditData({
      text: `${"word ".repeat(40)}\n end`,
      claim: { claimedBy: "u1", until: "2026-12-04T10:00:00.000Z" },
      c: 1,
      d: true,
      e: "left out",
    });
    expect(summary.map((field) => field.name)).toEqual(["text", "claim", "c", "d"]);
    expect(summary[0]?.value).toHaveLength(80);
    expect(summary[0]?.value.endsWith("…")).toBe(true);
    expect(summary[1]?.value).toBe("claimedBy: u1, until: 2026-12-04T10:00:00.000Z");
    expect(summary[3]?.value).toBe("true");
  });

  it("reads actions by their type, with their own fields after it", () => {
    const actions = [{ type: "remove_listing" }, { type: "demote_listing", days: 30 }];
    expect(summarizeAuditData({ actions, none: [] })).toEqual([
      { name: "actions", value: "remove_listing, demote_listing (days: 30)" },
      { name: "none", value: "—" },
    ]);
  });

  it("says nothing for empty data", () => {
    expect(summarizeAuditData({})).toEqual([]);
  });
});

describe("shortHash", () => {
  it("keeps the start and the end of a SHA-256", () => {
    const hash = `${"a".repeat(12)}${"0".repeat(48)}beef`;
    expect(shortHash(hash)).toBe("aaaaaaaaaaaa…beef");
  });
});
