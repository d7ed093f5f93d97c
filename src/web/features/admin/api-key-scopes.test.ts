import i18next from "i18next";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { API_KEY_SCOPES } from "../../../contracts/integration.ts";
import { startTextForTests } from "../../i18n/testing.ts";
import { scopeHelp, scopeLabel } from "./api-key-scopes.ts";

describe("the words for an API key's scopes", () => {
  beforeAll(() => startTextForTests("en"));
  afterAll(() => i18next.changeLanguage("en"));

  it("words every scope, with its help, in English and in German, each its own", async () => {
    const english = API_KEY_SCOPES.map((scope) => [scopeLabel(scope), scopeHelp(scope)]);
    await i18next.changeLanguage("de");
    const german = API_KEY_SCOPES.map((scope) => [scopeLabel(scope), scopeHelp(scope)]);
    await i18next.changeLanguage("en");
    API_KEY_SCOPES.forEach((scope, i) => {
      for (const words of [english[i], german[i]]) {
        for (const text of words ?? []) expect(text, scope).not.toMatch(/^admin:|apiKeys\./);
      }
      expect(german[i], scope).not.toEqual(english[i]);
    });
    expect(scopeLabel("decisions:read")).toBe("Read statements of reasons");
  });
});
