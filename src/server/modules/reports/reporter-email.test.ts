import { describe, expect, it } from "vitest";
import { normaliseReporterEmail } from "./reporter-email.ts";

describe("the reporter key of an email address", () => {
  it("lower-cases and trims every address", () => {
    expect(normaliseReporterEmail("  Anna.Smith@Example.COM ")).toBe("anna.smith@example.com");
  });

  it("drops plus-tags where the provider delivers them to the same mailbox", () => {
    for (const domain of ["gmail.com", "outlook.com", "hotmail.com", "live.com", "icloud.com", "me.com"])
      expect(normaliseReporterEmail(`x+again@${domain}`)).toBe(normaliseReporterEmail(`x@${domain}`));
    for (const domain of ["fastmail.com", "proton.me", "protonmail.com"])
      expect(normaliseReporterEmail(`X+2@${domain}`)).toBe(`x@${domain}`);
  });

  it("keeps plus-tags on other domains, where x+y may be somebody else", () => {
    expect(normaliseReporterEmail("x+again@example.com")).toBe("x+again@example.com");
  });

  it("removes Gmail's ignored dots and treats googlemail.com as gmail.com", () => {
    expect(normaliseReporterEmail("J.O.H.N+spam@googlemail.com")).toBe("john@gmail.com");
    expect(normaliseReporterEmail("jo.hn@gmail.com")).toBe("john@gmail.com");
    expect(normaliseReporterEmail("jo.hn@outlook.com")).toBe("jo.hn@outlook.com");
  });

  it("drops Yahoo's disposable keyword after the hyphen, not a plus", () => {
    expect(normaliseReporterEmail("base-shop@yahoo.com")).toBe("base@yahoo.com");
    expect(normaliseReporterEmail("base+shop@yahoo.com")).toBe("base+shop@yahoo.com");
  });

  it("never yields an empty mailbox name", () => {
    expect(normaliseReporterEmail("+tag@gmail.com")).toBe("+tag@gmail.com");
    expect(normaliseReporterEmail("...@gmail.com")).toBe("...@gmail.com");
  });
});
