import { slugify } from "#app/domain/normalize";

/*
 * How questions and answers are named in URLs: the slug, the question's path
 * and the id a URL carries. Browser-safe.
 */

export function questionSlug(title: string) {
  return slugify(title).slice(0, 80).replace(/-+$/, "") || "question";
}

export function questionPath(question: { id: number; slug: string }) {
  return `/q/${question.id}/${question.slug}`;
}

/** The id in a URL ("/q/12/…", "/reponses/40"), or NaN for anything that is not a plain number. */
export function parsePostId(param: string | undefined) {
  return /^\d{1,12}$/.test(param ?? "") ? Number(param) : NaN;
}
