/**
 * Text folding shared by every search in Coup de main (place names now,
 * questions and answers later), so that what is indexed and what is typed are
 * folded the same way: case, accents, ligatures, apostrophes and hyphens.
 */
const LIGATURES: Record<string, string> = { œ: "oe", Œ: "oe", æ: "ae", Æ: "ae", ß: "ss" };

export function foldText(text: string): string {
  return text
    .replace(/[œŒæÆß]/g, (letter) => LIGATURES[letter] ?? letter)
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** A URL-safe, readable slug: "Saint-Étienne-de-Montluc" → "saint-etienne-de-montluc". */
export function slugify(text: string): string {
  return foldText(text)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}
