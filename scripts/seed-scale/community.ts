import { TITLE_MAX } from "#app/domain/questions";
import {
  createCorpus,
  createRandom,
  type CorpusPlace,
  type Random,
} from "#scripts/bench/search-corpus";

/**
 * A large synthetic community for `npm run seed:scale`, as JSON Lines in the
 * import's own format (docs/import.md), so it is stored by the import's code
 * and its rules (reputation, notifications, accepted answers). The questions'
 * words come from the search benchmark's corpus; members, answers, comments
 * and votes are drawn here. Member `i` and question `i` depend only on the
 * seed and `i`: the same options always give the same community.
 */

export type CommunityOptions = { questions: number; members: number; seed: number };

const FIRST_NAMES = [
  "Camille",
  "Léa",
  "Manon",
  "Chloé",
  "Emma",
  "Inès",
  "Sarah",
  "Jade",
  "Louise",
  "Alice",
  "Lucie",
  "Zoé",
  "Anaïs",
  "Julie",
  "Clara",
  "Nadia",
  "Fatou",
  "Amina",
  "Yasmine",
  "Sophie",
  "Nathalie",
  "Isabelle",
  "Martine",
  "Sylvie",
  "Christine",
  "Monique",
  "Hélène",
  "Aurélie",
  "Elodie",
  "Margaux",
  "Lucas",
  "Hugo",
  "Louis",
  "Nathan",
  "Jules",
  "Gabriel",
  "Arthur",
  "Tom",
  "Théo",
  "Paul",
  "Mathieu",
  "Nicolas",
  "Julien",
  "Thomas",
  "Antoine",
  "Pierre",
  "Karim",
  "Mehdi",
  "Youssef",
  "Moussa",
  "Jean",
  "Philippe",
  "Alain",
  "Patrick",
  "Michel",
  "Bernard",
  "Éric",
  "Olivier",
  "Franck",
  "Marc",
];
const LAST_NAMES = [
  "Martin",
  "Bernard",
  "Thomas",
  "Petit",
  "Robert",
  "Richard",
  "Durand",
  "Dubois",
  "Moreau",
  "Laurent",
  "Simon",
  "Michel",
  "Lefebvre",
  "Leroy",
  "Roux",
  "David",
  "Bertrand",
  "Morel",
  "Fournier",
  "Girard",
  "Bonnet",
  "Dupont",
  "Lambert",
  "Fontaine",
  "Rousseau",
  "Vincent",
  "Muller",
  "Lefèvre",
  "Faure",
  "André",
  "Mercier",
  "Blanc",
  "Guérin",
  "Boyer",
  "Garnier",
  "Chevalier",
  "François",
  "Legrand",
  "Gauthier",
  "Garcia",
  "Perrin",
  "Robin",
  "Clément",
  "Morin",
  "Nicolas",
  "Henry",
  "Roussel",
  "Mathieu",
  "Gautier",
  "Masson",
  "Diallo",
  "Traoré",
  "Benali",
  "Haddad",
  "Nguyen",
  "Le Gall",
  "Le Goff",
  "Kerbrat",
  "Da Silva",
  "Ferreira",
];
const COMMENTS = [
  "Merci, je regarde ça ce soir.",
  "Je me posais la même question, merci !",
  "Vous pouvez préciser le quartier ?",
  "C'est toujours d'actualité ?",
  "Super, merci pour le retour.",
  "Je confirme, c'est ce que j'ai fait aussi.",
  "Attention, les horaires ont changé depuis septembre.",
  "Je vous envoie un message.",
];

const HOUR = 3_600_000;
/** Members joined before the corpus's first question (it spans the two years before 2026). */
const MEMBERS_JOINED_BY = Date.UTC(2024, 0, 1);

/** A stable 32-bit seed for one item of one kind. */
function itemSeed(seed: number, kind: number, index: number) {
  let h = Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(kind + 1, 0xc2b2ae35);
  h = Math.imul(h ^ (index >>> 0), 0x27d4eb2f);
  return (h ^ (h >>> 15)) >>> 0;
}

export function createCommunity(places: CorpusPlace[], options: CommunityOptions) {
  const corpus = createCorpus(places, { seed: options.seed });
  const random = (kind: number, index: number) => createRandom(itemSeed(options.seed, kind, index));

  /** Few members write most: member ids drawn with a long tail towards the first ones. */
  const activeMember = (draw: Random) =>
    1 + Math.min(options.members - 1, Math.floor(options.members * draw.next() ** 2.2));
  /** Another member than those given (authors cannot vote for themselves). */
  const otherMember = (draw: Random, not: ReadonlySet<number>) => {
    for (;;) {
      const id = activeMember(draw);
      if (!not.has(id)) return id;
    }
  };

  function memberLine(index: number): string {
    const draw = random(1, index);
    const place = corpus.places.draw(draw);
    return JSON.stringify({
      type: "member",
      id: `m${index}`,
      firstName: draw.pick(FIRST_NAMES),
      lastName: draw.pick(LAST_NAMES),
      email: `membre${index}@exemple.test`,
      place: place.code,
      verified: draw.chance(0.6),
      createdAt: new Date(MEMBERS_JOINED_BY - draw.int(1, 900) * 24 * HOUR).toISOString(),
    });
  }

  /** Question `index` (from 1) and, after it, its answers, comments and votes. */
  function questionLines(index: number): string[] {
    const document = corpus.document(index - 1);
    const draw = random(2, index);
    const asker = activeMember(draw);
    const askedAt = document.createdAt * 1000;
    const questionId = `q${index}`;
    const lines = [
      JSON.stringify({
        type: "question",
        id: questionId,
        author: `m${asker}`,
        place: document.placeCode,
        kind: document.kind,
        category: document.category,
        title: fitTitle(document.title),
        body: document.body,
        tags: document.tags,
        createdAt: new Date(askedAt).toISOString(),
      }),
    ];
    // The corpus gives 0–4 answers; a lively thread sometimes gets up to two more.
    const bodies = [
      ...(document.acceptedAnswer ? [document.acceptedAnswer] : []),
      ...(document.answers ? document.answers.split("\n\n") : []),
    ];
    if (bodies.length > 0 && draw.chance(0.1)) {
      for (let extra = draw.int(1, 2); extra > 0; extra--) bodies.push(draw.pick(COMMENTS));
    }
    let at = askedAt;
    const later = () => (at += draw.int(10, 36 * 60) * 60_000);
    bodies.forEach((body, k) => {
      const answerId = `a${index}_${k}`;
      const author = otherMember(draw, new Set([asker]));
      lines.push(
        JSON.stringify({
          type: "answer",
          id: answerId,
          question: questionId,
          author: `m${author}`,
          body,
          accepted: k === 0 && Boolean(document.acceptedAnswer),
          createdAt: new Date(later()).toISOString(),
        }),
      );
      lines.push(...votes(draw, answerId, author, [0, 0, 1, 1, 1, 2, 3, 5], later));
      if (draw.chance(0.15))
        lines.push(comment(draw, `c${index}_${k}`, { answer: answerId }, later));
    });
    if (draw.chance(0.3)) lines.push(comment(draw, `c${index}_q`, { question: questionId }, later));
    lines.push(...votes(draw, questionId, asker, [0, 0, 0, 1, 1, 2], later));
    return lines;
  }

  function votes(
    draw: Random,
    post: string,
    author: number,
    counts: number[],
    later: () => number,
  ): string[] {
    const voters = new Set([author]);
    return Array.from({ length: draw.pick(counts) }, () => {
      const voter = otherMember(draw, voters);
      voters.add(voter);
      return JSON.stringify({
        type: "vote",
        post,
        voter: `m${voter}`,
        value: draw.chance(0.03) ? -1 : 1,
        createdAt: new Date(later()).toISOString(),
      });
    });
  }

  function comment(
    draw: Random,
    id: string,
    on: { question: string } | { answer: string },
    later: () => number,
  ) {
    return JSON.stringify({
      type: "comment",
      id,
      ...on,
      author: `m${activeMember(draw)}`,
      body: draw.pick(COMMENTS),
      createdAt: new Date(later()).toISOString(),
    });
  }

  return { memberLine, questionLines };
}

/** The corpus's longest titles can pass the limit: cut at a word. */
function fitTitle(title: string) {
  if (title.length <= TITLE_MAX) return title;
  return title.slice(0, TITLE_MAX).replace(/\s+\S*$/, "");
}
