import type { Locale } from "#app/i18n/messages";
import { normalizeTags } from "./questions";

/**
 * What neighbours can help with: a short curated list that « Qui peut
 * m'aider ? » searches by, plus a few free tags of each member's own.
 * Browser-safe: the profile form, onboarding, the people search and the
 * server validation share one list. Labels live here, in both languages,
 * beside their slugs, so a slug never shows without its words.
 */
export const SKILLS = [
  { slug: "bricolage", fr: "Bricolage", en: "DIY and repairs" },
  { slug: "jardinage", fr: "Jardinage", en: "Gardening" },
  { slug: "informatique", fr: "Informatique", en: "Computers" },
  { slug: "garde-enfants", fr: "Garde d’enfants", en: "Childcare" },
  { slug: "demarches", fr: "Démarches administratives", en: "Paperwork" },
  { slug: "cuisine", fr: "Cuisine", en: "Cooking" },
  { slug: "couture", fr: "Couture", en: "Sewing" },
  { slug: "demenagement", fr: "Déménagement", en: "Moving house" },
  { slug: "langues", fr: "Langues", en: "Languages" },
  { slug: "aide-devoirs", fr: "Aide aux devoirs", en: "Homework help" },
  { slug: "animaux", fr: "Animaux", en: "Pets" },
  { slug: "covoiturage", fr: "Covoiturage", en: "Car sharing" },
  { slug: "velo", fr: "Vélo", en: "Bicycles" },
  { slug: "courses", fr: "Courses", en: "Shopping errands" },
  { slug: "plomberie", fr: "Plomberie", en: "Plumbing" },
  { slug: "electricite", fr: "Électricité", en: "Electrics" },
  { slug: "mecanique", fr: "Mécanique auto", en: "Car mechanics" },
  { slug: "compagnie", fr: "Visites et compagnie", en: "Company and visits" },
  { slug: "musique", fr: "Musique", en: "Music" },
  { slug: "photo", fr: "Photo", en: "Photography" },
] as const satisfies readonly { slug: string; fr: string; en: string }[];

export type SkillSlug = (typeof SKILLS)[number]["slug"];

export const SKILL_SLUGS = SKILLS.map((skill) => skill.slug) as [SkillSlug, ...SkillSlug[]];

/** At most this many skills from the list on a profile… */
export const SKILLS_MAX = 10;
/** …and this many free tags, each at most this long once normalized. */
export const FREE_TAGS_MAX = 5;
export const FREE_TAG_MAX_LENGTH = 30;
/** A profile's bio: plain text, a few lines. */
export const BIO_MAX = 300;

export function isSkillSlug(value: string): value is SkillSlug {
  return (SKILL_SLUGS as readonly string[]).includes(value);
}

/** A skill's words in `locale`, or a free tag as it is stored. */
export function skillLabel(slug: string, locale: Locale): string {
  const skill = SKILLS.find((entry) => entry.slug === slug);
  return skill ? skill[locale] : slug.replace(/-/g, " ");
}

/**
 * Free tags as typed ("Tricot, #vélo électrique") become slugs ("tricot",
 * "velo-electrique"), like question tags; a tag that is a listed skill
 * is left to the list (the form ticks it instead).
 */
export function normalizeFreeTags(typed: string): string[] {
  return normalizeTags(typed);
}

/**
 * What someone typed in the « Qui peut m'aider ? » search box, as a skill
 * slug when it names one of the list (by slug or by its French or English
 * words, accents and case aside), otherwise as a free-tag slug.
 */
export function skillFromQuery(typed: string): string | null {
  const [slug] = normalizeTags(typed.replace(/[,;\n]/g, " "));
  if (!slug) return null;
  const listed = SKILLS.find(
    (skill) =>
      skill.slug === slug ||
      normalizeTags(skill.fr)[0] === slug ||
      normalizeTags(skill.en)[0] === slug,
  );
  return listed ? listed.slug : slug;
}
