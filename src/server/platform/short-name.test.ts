import { describe, expect, it } from "vitest";
import { shortName } from "./short-name.ts";

describe("shortName", () => {
  it("keeps the first name and the initial of the last", () => {
    expect(shortName("Dana Buyer")).toBe("Dana B.");
    expect(shortName("  María  José  García ")).toBe("María G.");
    expect(shortName("Cher")).toBe("Cher");
  });
});
