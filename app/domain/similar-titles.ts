import { foldText } from "./normalize";

/**
 * Whether a question already asked is really like the title being written:
 * the search engine ranks by any shared word, typos and all, so « Qui peut
 * m'aider à monter une armoire ? » brought back the CAF form, a drill, the
 * fibre, a ladder and a GP. Only the meaningful words count here: French
 * stop words (and the words every request uses: aider, besoin, quelqu'un…)
 * are left out, and a title must share enough of the others.
 */

/** Folded (no accents, lower case), as foldText gives them. */
const STOP_WORDS = new Set(
  `a ai aie aient aies ait as au aucun aupres aussi autre autres aux avais avait avant avec avez aviez
  avoir avons bien bon bonjour bonsoir c ca car ce ceci cela celle celles celui ces cet cette chez ci
  comme comment d dans de des deja demain depuis dois doit donc dont du elle elles en encore entre es
  est et etait ete etre eu eux fait faire faut il ils j je jusqu l la le les leur leurs lui m ma mais me
  meme merci mes moi moins mon n ne ni nos notre nous on ont ou par pas peu peut peux plus pour pourquoi
  pourrait pouvez pres qu quand que quel quelle quelles quels qui quoi s sa sans se ses si sil soit son
  sont sous suis sur t ta te tes toi ton tous tout toute toutes tres tu un une unes uns va vais vers
  veux voila vos votre vous vu y
  aide aider aidera besoin bonjour chercher cherche connait connaissez conseil conseils coup dispo
  disponible idee jour main quelqu quelquun recherche samedi dimanche semaine svp urgent voisin voisins`
    .split(/\s+/)
    .filter(Boolean),
);

/** Word forms differ (armoire, armoires; monter, montage): compare the first letters of long words. */
const STEM_LENGTH = 5;

const stem = (word: string) => (word.length > STEM_LENGTH ? word.slice(0, STEM_LENGTH) : word);

/** The words of a title that say what it is about, folded and cut to their stem. */
export function meaningfulWords(title: string): Set<string> {
  return new Set(
    foldText(title)
      .split(" ")
      .filter((word) => word.length >= 3 && !STOP_WORDS.has(word) && !/^\d+$/.test(word))
      .map(stem),
  );
}

/**
 * True when `candidate` shares enough meaningful words with `title`: all of
 * them for a title of one or two such words, two of them beyond.
 */
export function isSimilarTitle(title: string, candidate: string): boolean {
  const wanted = meaningfulWords(title);
  if (wanted.size === 0) return false;
  const found = meaningfulWords(candidate);
  let shared = 0;
  for (const word of wanted) if (found.has(word)) shared += 1;
  return shared >= Math.min(2, wanted.size);
}
