import type { OrganisationCategory } from "#app/domain/directory";
import { foldText } from "#app/domain/normalize";

/**
 * Registers shout: "ASSOCIATION SPORTIVE DE DONGES", "BOULANGERIE DU PORT".
 * Names written in capitals become "Association Sportive de Donges": every
 * word capitalised but the small French words, and acronyms kept ("AMAP",
 * "A.S.D.", "MJC"). Names already in mixed case are kept as written.
 */
const SMALL_WORDS = new Set([
  "de",
  "du",
  "des",
  "la",
  "le",
  "les",
  "et",
  "à",
  "a",
  "au",
  "aux",
  "en",
  "sur",
  "sous",
  "pour",
  "par",
  "dans",
  "avec",
  "ou",
  "un",
  "une",
  "d",
  "l",
]);
const KNOWN_ACRONYMS = new Set([
  "AMAP",
  "APE",
  "APEL",
  "ADMR",
  "CCAS",
  "MJC",
  "ASC",
  "FC",
  "US",
  "AS",
  "ACCA",
  "UNC",
  "FNACA",
  "CSF",
  "OGEC",
  "AAPPMA",
  "ESL",
  "SNSM",
  "CAF",
  "EHPAD",
  "FCPE",
  "UFC",
  "SPA",
  "ACPG",
  "CATM",
  "ASPTT",
  "CLCV",
  "CGT",
  "CFDT",
  "SOS",
  "USEP",
  "UFOLEP",
  "RC",
  "SC",
  "AC",
  "JA",
  "ASSO",
  "SARL",
  "SAS",
  "EURL",
  "SA",
  "II",
  "III",
  "IV",
]);

function capitalise(word: string) {
  return word.charAt(0).toLocaleUpperCase("fr") + word.slice(1);
}

function titleCaseWord(word: string, isFirst: boolean) {
  if (!/\p{L}/u.test(word)) return word;
  const letters = word.replace(/[^\p{L}.]/gu, "");
  if (
    word.includes(".") ||
    KNOWN_ACRONYMS.has(letters) ||
    !/[AEIOUYÀÂÄÉÈÊËÎÏÔÖÙÛÜ]/u.test(letters)
  ) {
    return word;
  }
  const lower = word.toLocaleLowerCase("fr");
  // Elisions: "D'ART" → "d'Art", "L'ÉCOLE" → "l'École".
  const elision = /^([dlnjcs])['’](.+)$/u.exec(lower);
  if (elision) {
    const head = isFirst ? capitalise(elision[1]!) : elision[1]!;
    return `${head}'${capitalise(elision[2]!)}`;
  }
  if (!isFirst && SMALL_WORDS.has(lower)) return lower;
  // "SAINT-NAZAIRE" → "Saint-Nazaire", "LAVAU-SUR-LOIRE" → "Lavau-sur-Loire".
  return lower
    .split("-")
    .map((part, index) => (index > 0 && SMALL_WORDS.has(part) ? part : capitalise(part)))
    .join("-");
}

export function sensibleName(raw: string) {
  const name = raw.replace(/\s+/g, " ").trim();
  if (name !== name.toLocaleUpperCase("fr")) return name;
  // A lone short word in capitals is an acronym: "ASD", "OGEC".
  if (/^\p{L}{2,5}$/u.test(name)) return name;
  return name
    .split(" ")
    .map((word, index) => titleCaseWord(word, index === 0))
    .join(" ");
}

/**
 * An association's category, from words of its name and purpose: the
 * register's own theme codes (`objet_social1`) are not read, as their
 * nomenclature is not published with the files. First match wins, so the
 * more telling themes come first.
 */
const ASSOCIATION_THEMES: Array<[OrganisationCategory, RegExp]> = [
  [
    "alimentation-durable",
    /\b(amap|jardins? (partage|familiaux|ouvriers)|circuit court|epicerie solidaire)\b/,
  ],
  [
    "education",
    /\b(parents d eleves|ape|apel|fcpe|soutien scolaire|ecole|college|lycee|alphabetisation)\b/,
  ],
  [
    "sport",
    /\b(sport\w*|football|foot|basket\w*|hand\w*|tennis|judo|karate|gym\w*|cyclo\w*|velo|rugby|natation|athletisme|randonnee|petanque|yoga|danse|badminton|volley\w*|boxe|escalade|voile|aviron|canoe|kayak|club nautique|running|course a pied)\b/,
  ],
  [
    "culture",
    /\b(cultur\w*|musique|musical\w*|theatre|chorale|choeur|cinema|art|arts|artistique|bibliotheque|lecture|patrimoine|histoire|photo\w*|peinture|harmonie|fanfare|festival)\b/,
  ],
  ["seniors", /\b(aines|ainees|retraites|seniors|troisieme age|club de l amitie)\b/],
  [
    "jeunesse",
    /\b(mjc|maison des jeunes|jeunes|jeunesse|enfance|enfants|scouts?|centre de loisirs|foyer des jeunes)\b/,
  ],
  [
    "solidarite",
    /\b(solidari\w*|entraide|secours|restos? du coeur|caritati\w*|humanitaire|insertion|precarite|migrants|banque alimentaire)\b/,
  ],
  [
    "sante-handicap",
    /\b(sante|handicap\w*|malades?|don du sang|donneurs de sang|alzheimer|cancer|autisme)\b/,
  ],
  [
    "environnement",
    /\b(environnement\w*|nature|ecolog\w*|biodiversite|protection des oiseaux|zero dechet|climat|marais|estuaire)\b/,
  ],
  [
    "vie-locale",
    /\b(comite des fetes|quartier|animation|commercants|jumelage|anciens combattants|amicale|habitants)\b/,
  ],
  ["loisirs", /\b(loisirs?|jeux|chasse|peche|club|bridge|echecs|modelisme|scrabble|belote)\b/],
];

export function associationCategory(name: string, purpose: string): OrganisationCategory {
  // The name tells more than the purpose ("Association sportive …: école de sport").
  for (const text of [foldText(name), foldText(`${name} ${purpose}`)]) {
    const theme = ASSOCIATION_THEMES.find(([, pattern]) => pattern.test(text));
    if (theme) return theme[0];
  }
  return "autre-association";
}
