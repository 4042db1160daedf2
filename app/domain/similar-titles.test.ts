import { describe, expect, it } from "vitest";
import { isSimilarTitle, meaningfulWords } from "./similar-titles";

describe("similar titles", () => {
  const armoire = "Qui peut m'aider à monter une armoire ce samedi ?";

  it("keeps the words that say what a title is about", () => {
    expect([...meaningfulWords(armoire)]).toEqual(["monte", "armoi"]);
    expect(meaningfulWords("Quelqu'un pour m'aider ?").size).toBe(0);
  });

  it("does not match on common words (the armoire and the CAF form, a drill, the fibre)", () => {
    for (const unrelated of [
      "Quelqu'un pour m'aider à remplir ma demande d'APL sur le site de la CAF ?",
      "Besoin d'un perfo pour percer du béton, quelqu'un peut dépanner ?",
      "Fibre dans le lotissement derrière le stade : quelqu'un est raccordé ?",
      "Quelqu'un aurait une échelle de 3 m à prêter samedi ?",
      "Un médecin traitant qui accepte encore de nouveaux patients dans le secteur ?",
    ]) {
      expect(isSimilarTitle(armoire, unrelated), unrelated).toBe(false);
    }
  });

  it("matches a real overlap, plurals and accents aside", () => {
    expect(isSimilarTitle(armoire, "Monter des armoires IKEA : qui a les outils ?")).toBe(true);
    expect(isSimilarTitle("Plombier à Donges", "Plombier sérieux sur Donges pour une fuite")).toBe(
      true,
    );
    // One meaningful word in the title: that one word must be there.
    expect(isSimilarTitle("Un plombier ?", "Plombier sérieux pour une fuite")).toBe(true);
    expect(isSimilarTitle("Une armoire ?", "Une échelle ?")).toBe(false);
  });
});
