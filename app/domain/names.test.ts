import { describe, expect, it } from "vitest";
import { memberName } from "./names";

describe("memberName", () => {
  it("shows the full name to members and the initial to everyone else", () => {
    const camille = { firstName: "Camille", lastName: "Durand" };
    expect(memberName(camille, { full: true })).toBe("Camille Durand");
    expect(memberName(camille, { full: false })).toBe("Camille D.");
  });

  it("copes with accents, particles and lowercase", () => {
    expect(memberName({ firstName: "Élodie", lastName: "étienne" }, { full: false })).toBe(
      "Élodie É.",
    );
    expect(memberName({ firstName: "Jean", lastName: "de la Fontaine" }, { full: false })).toBe(
      "Jean D.",
    );
  });
});
