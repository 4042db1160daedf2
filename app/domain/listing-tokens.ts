import type { OrganisationCategory, OrganisationKind } from "./directory";
import type { OpeningStatus } from "./opening-hours";

/**
 * A listing recommended in an answer (ADR 025) is written in the answer's
 * Markdown as a line of its own, `[fiche:123]`: short, readable when the
 * Markdown is shown as text, and stable (the id, never the name, which may
 * change). The server renders it as a placeholder the page turns into the
 * listing's card, read from the directory at the moment of the request.
 */

/** The token of a listing, as the picker inserts it. */
export function listingToken(id: number) {
  return `[fiche:${id}]`;
}

/** The placeholder the Markdown renderer writes for a token (top level only), and its pattern. */
export function listingPlaceholder(id: number) {
  return `<p data-fiche="${id}"></p>`;
}
const PLACEHOLDER = /<p data-fiche="(\d{1,9})"><\/p>\n?/g;

/** Rendered HTML cut at its listing placeholders: HTML pieces and listing ids, in order. */
export type BodyPart = { html: string } | { listingId: number };

export function splitAtListings(html: string): BodyPart[] {
  const parts: BodyPart[] = [];
  let last = 0;
  for (const match of html.matchAll(PLACEHOLDER)) {
    const before = html.slice(last, match.index);
    if (before.trim()) parts.push({ html: before });
    parts.push({ listingId: Number(match[1]) });
    last = match.index + match[0].length;
  }
  const rest = html.slice(last);
  if (rest.trim() || parts.length === 0) parts.push({ html: rest });
  return parts;
}

/** The listing ids among a body's parts. */
export function listingIdsOf(parts: BodyPart[]): number[] {
  return parts.flatMap((part) => ("listingId" in part ? [part.listingId] : []));
}

/** The listing ids of rendered HTML's placeholders, each once. */
export function listingIdsInHtml(html: string): number[] {
  return [...new Set(Array.from(html.matchAll(PLACEHOLDER), (match) => Number(match[1])))];
}

/** A text appended with a listing's token on a line of its own (the no-JavaScript picker). */
export function withListingToken(text: string, id: number) {
  const trimmed = text.replace(/\s+$/, "");
  return `${trimmed}${trimmed ? "\n\n" : ""}${listingToken(id)}\n`;
}

/** A listing as an answer shows it: read from the directory, never written by the author. */
export type ListingCardData = {
  id: number;
  name: string;
  path: string;
  kind: OrganisationKind;
  category: OrganisationCategory;
  placeName: string;
  openingStatus: OpeningStatus | null;
};
