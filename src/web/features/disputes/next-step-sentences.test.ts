import i18next from "i18next";
import { beforeAll, describe, expect, it } from "vitest";
import {
  IfNobodyActsCode,
  type NextStep,
  NextStepCode,
  type NextStepParams,
} from "../../../contracts/disputes.ts";
import { nextStepSentences as serverSentences } from "../../../server/modules/disputes/next-step-texts.ts";
import { LANGUAGES } from "../../i18n/languages.ts";
import { startTextForTests } from "../../i18n/testing.ts";
import { nextStepSentences } from "./next-step-sentences.ts";

const SERVER_TEXT = "(the server's English)";
const PARAMS: NextStepParams = {
  deadline: "2026-12-06T10:00:00.000Z",
  proposal: { kind: "partial_refund", refund: { amountMinor: 3000, currency: "EUR" } },
  outcome: "partial_refund",
  refund: { amountMinor: 3000, currency: "EUR" },
  reopenUntil: "2026-12-14T10:00:00.000Z",
  appealUntil: "2026-12-11T10:00:00.000Z",
};

function step(code: string, who: NextStep["who"], ifNobodyActsCode: string | null = null): NextStep {
  return {
    who,
    by: PARAMS.deadline ?? null,
    code: code as NextStep["code"],
    ifNobodyActsCode: ifNobodyActsCode as NextStep["ifNobodyActsCode"],
    params: PARAMS,
    text: SERVER_TEXT,
    ifNobodyActs: SERVER_TEXT,
  };
}

/** A sentence the web wrote itself: not the server's, no key path or placeholder left in it. */
function expectWritten(sentence: string | null, what: string) {
  expect(sentence, what).not.toBe(SERVER_TEXT);
  expect(sentence, what).not.toMatch(/\{\{|nextStep\./);
  expect(sentence?.trim(), what).not.toBe("");
}

beforeAll(() => startTextForTests("en"));

describe("the next step in the reader's language", () => {
  // A code the server adds must be written here in every language before it can reach a reader.
  for (const { code: language } of LANGUAGES) {
    for (const who of ["buyer", "seller"] as const) {
      it(`has a ${language} text for every next-step code (${who} to act)`, async () => {
        await i18next.changeLanguage(language);
        for (const code of NextStepCode.options)
          expectWritten(nextStepSentences(step(code, who)).text, `${language} ${code}`);
        for (const code of IfNobodyActsCode.options)
          expectWritten(nextStepSentences(step("withdrawn", who, code)).ifNobodyActs, `${language} ${code}`);
      });
    }
  }

  it("writes German in German, with German dates and amounts", async () => {
    await i18next.changeLanguage("de");
    const { text, ifNobodyActs } = nextStepSentences(
      step("answer_proposal", "seller", "proposal_carried_out"),
    );
    expect(text).toMatch(/^Der Verkäufer muss bis 06\.12\.2026, \d\d:00 den Vorschlag des Käufers/);
    expect(text).toMatch(/\(die Teilerstattung von 30,00\s€\)/);
    expect(ifNobodyActs).toMatch(/wird die Teilerstattung von 30,00\s€ umgesetzt\.$/);
  });

  it("falls back to the server's English for a code this web does not know", async () => {
    await i18next.changeLanguage("de");
    expect(nextStepSentences(step("mediator_left", "platform", "sky_falls"))).toEqual({
      text: SERVER_TEXT,
      ifNobodyActs: SERVER_TEXT,
    });
  });

  it("reads in English as the server writes it on a page", async () => {
    await i18next.changeLanguage("en");
    // The sentences that name no moment are the server's, word for word (moments are the reader's time).
    for (const code of ["appeal_under_review", "withdrawn", "resolved", "resolved_appealable"] as const)
      expect(nextStepSentences(step(code, "nobody")).text).toBe(
        serverSentences(step(code, "nobody"), true).text,
      );
    for (const who of ["buyer", "seller"] as const) {
      const evidence = step("evidence_requested", who, "platform_decides");
      expect(nextStepSentences(evidence)).toEqual(serverSentences(evidence, true));
    }
    const answer = nextStepSentences(step("answer_proposal", "buyer", "proposal_carried_out"));
    expect(answer.text).toMatch(
      /^The buyer must accept the seller's proposal \(the partial refund of €30\.00\), make another, or escalate, by .+\.$/,
    );
    expect(answer.ifNobodyActs).toMatch(
      /^If the buyer does not answer by .+, the partial refund of €30\.00 is carried out\.$/,
    );
  });
});
