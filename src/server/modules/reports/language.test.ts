import { describe, expect, it } from "vitest";
import { detectLanguage } from "./language.ts";

describe("language of a description", () => {
  it("names common languages with their two-letter codes", () => {
    expect(detectLanguage("This listing sells counterfeit watches with our registered brand logo.")).toBe(
      "en",
    );
    expect(
      detectLanguage("Dieser Händler verkauft gefälschte Uhren mit unserem eingetragenen Markenzeichen."),
    ).toBe("de");
    expect(
      detectLanguage("Ce vendeur propose des montres contrefaites avec notre logo de marque déposée."),
    ).toBe("fr");
    expect(
      detectLanguage("Este vendedor ofrece relojes falsificados con nuestro logotipo de marca registrada."),
    ).toBe("es");
  });

  it("says nothing when the text is too short to tell", () => {
    expect(detectLanguage("fake!")).toBeNull();
  });
});

describe("language of short descriptions", () => {
  it("tells English from French in one short sentence", () => {
    expect(detectLanguage("The seller asks buyers to pay by bank transfer outside the marketplace.")).toBe(
      "en",
    );
    expect(detectLanguage("Ten sprzedawca sprzedaje podrobione zegarki z naszym znakiem towarowym.")).toBe(
      "pl",
    );
  });
});
