import i18next from "i18next";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { reportTypeById } from "../../../contracts/report-types.ts";
import { startTextForTests } from "../../i18n/testing.ts";
import { importCsvLinks } from "./csv-links.ts";
import { initialValues, validateReport } from "./report-form.model.ts";

beforeAll(() => startTextForTests());
afterAll(() => i18next.changeLanguage("en"));

describe("a report form opened with a reason", () => {
  it("chooses the counterfeit rule at once on the listing-rules form", () => {
    const values = initialValues(
      reportTypeById("listing_violation"),
      "https://shop/item/1",
      "",
      "counterfeit",
    );
    expect(values.details.violation).toBe("counterfeit");
    expect(values.targets).toBe("https://shop/item/1");
  });

  it("ignores a reason the form does not offer", () => {
    const values = initialValues(reportTypeById("listing_violation"), undefined, "", "not-a-rule");
    expect(values.details.violation).toBeNull();
  });
});

describe("the form's own checks, in the interface language", () => {
  const ipType = reportTypeById("ip_rights_holder");
  const withLinks = (targets: string) => ({ ...initialValues(ipType, undefined, ""), targets });
  const targetError = (targets: string) => {
    const checked = validateReport(ipType, withLinks(targets), true);
    return checked.ok ? undefined : checked.errors.targets;
  };

  it("points at the wrong line of a many-link field, in English and in German", async () => {
    const links = "https://shop/item/1\nnot a link\nhttps://shop/item/1";
    expect(targetError(links)).toBe(
      "Line 2: Enter a full link starting with http:// or https://. Line 3: This link is listed twice (also line 1).",
    );
    await i18next.changeLanguage("de");
    expect(targetError(links)).toBe(
      "Zeile 2: Geben Sie einen vollständigen Link ein, der mit http:// oder https:// beginnt. Zeile 3: Dieser Link steht doppelt in der Liste (auch in Zeile 1).",
    );
    await i18next.changeLanguage("en");
  });

  it("says why a CSV file adds no links", async () => {
    const empty = importCsvLinks([], "name;price\nlamp;12", 300);
    expect(empty).toEqual({
      ok: false,
      error: "No links found in this file. Put one http:// or https:// link per cell.",
    });
    await i18next.changeLanguage("de");
    const tooMany = importCsvLinks(["https://shop/item/1"], "https://shop/item/2,https://shop/item/3", 2);
    expect(tooMany).toEqual({
      ok: false,
      error: "Mit den 1 bereits aufgeführten Links wären es 3; eine Beschwerde nimmt höchstens 2.",
    });
    await i18next.changeLanguage("en");
  });
});
