import { describe, expect, it } from "vitest";
import { foldText, slugify } from "./normalize";

describe("foldText", () => {
  it("folds case, accents, hyphens and apostrophes", () => {
    expect(foldText("Saint-Étienne")).toBe("saint etienne");
    expect(foldText("L'Haÿ-les-Roses")).toBe("l hay les roses");
    expect(foldText("L’Île-d’Yeu")).toBe("l ile d yeu");
    expect(foldText("  ÉVREUX  ")).toBe("evreux");
  });

  it("expands ligatures", () => {
    expect(foldText("Cœuvres-et-Valsery")).toBe("coeuvres et valsery");
    expect(foldText("Lætitia")).toBe("laetitia");
    expect(foldText("Straße")).toBe("strasse");
  });
});

describe("slugify", () => {
  it("makes readable ASCII slugs", () => {
    expect(slugify("Saint-Nazaire")).toBe("saint-nazaire");
    expect(slugify("Paris 1er Arrondissement")).toBe("paris-1er-arrondissement");
    expect(slugify("L'Haÿ-les-Roses")).toBe("l-hay-les-roses");
  });
});
