import { beforeAll, describe, expect, it } from "vitest";
import { startTextForTests } from "../../i18n/testing.ts";
import { fractionDigitsOf, minorToInput, parseAmount } from "./money.ts";

beforeAll(() => startTextForTests());

describe("parseAmount", () => {
  it("reads what people type as minor units of the currency", () => {
    expect(parseAmount("12.50", "EUR")).toEqual({ ok: true, minor: 1250 });
    expect(parseAmount("12,5", "EUR")).toEqual({ ok: true, minor: 1250 });
    expect(parseAmount(" 40 ", "USD")).toEqual({ ok: true, minor: 4000 });
    expect(parseAmount("0.07", "EUR")).toEqual({ ok: true, minor: 7 });
    expect(parseAmount("1500", "JPY")).toEqual({ ok: true, minor: 1500 });
  });

  it("refuses what is not an amount, with a message that says how to write one", () => {
    expect(parseAmount("", "EUR")).toMatchObject({ ok: false, message: "Enter the amount." });
    expect(parseAmount("12.505", "EUR")).toMatchObject({ ok: false });
    expect(parseAmount("1,000.00", "EUR")).toMatchObject({ ok: false });
    expect(parseAmount("-3", "EUR")).toMatchObject({ ok: false });
    expect(parseAmount("0", "EUR")).toMatchObject({
      ok: false,
      message: "The amount must be more than zero.",
    });
    expect(parseAmount("12.5", "JPY")).toMatchObject({
      ok: false,
      message: "Enter a whole amount, without decimals.",
    });
  });
});

describe("the currency's digits", () => {
  it("follow the currency", () => {
    expect(fractionDigitsOf("EUR")).toBe(2);
    expect(fractionDigitsOf("JPY")).toBe(0);
    expect(minorToInput(8999, "EUR")).toBe("89.99");
    expect(minorToInput(1500, "JPY")).toBe("1500");
  });
});
