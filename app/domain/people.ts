/**
 * « Qui peut m'aider ? »: the radii, how far a helper is told to be, and
 * how many are shown. Browser-safe.
 */

/** The radii a reader can pick, in km, and the one given when none is. */
export const HELP_RADII = [2, 5, 10, 25, 50] as const;
export const DEFAULT_HELP_RADIUS_KM = 10;

/** The most helpers one page lists (the nearest and most helpful come first). */
export const WHO_CAN_HELP_LIMIT = 30;

/**
 * A distance as neighbours are told it: the smallest radius of the list it
 * is within, never metres (which, with the commune, would narrow down a
 * home). 0 means the same commune.
 */
export function distanceBand(distanceKm: number): number {
  if (distanceKm === 0) return 0;
  return HELP_RADII.find((radius) => distanceKm <= radius) ?? 50;
}

/** The first few words of a bio, cut at a word, for a result card. */
export function bioExcerpt(bio: string, max = 140): string {
  const text = bio.replace(/\s+/g, " ").trim();
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const lastSpace = cut.lastIndexOf(" ");
  return `${(lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut).replace(/[,;:.\s]+$/, "")}…`;
}
