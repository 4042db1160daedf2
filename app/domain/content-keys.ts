/**
 * The keys of content versions (ADR 022): what a cached page depends on.
 * The triggers of migration 0013_content_versions raise them; these build
 * the same strings, so both sides must change together.
 */

/** A question's page: the question, its answers, comments, tags and close votes. */
export const questionKey = (id: number) => `question:${id}`;

/** Anything any question list shows (search results, sitemaps): any question or answer written. */
export const ANY_QUESTION_KEY = "questions";

/** A member as pages show them: name, reputation, deletion. */
export const memberKey = (id: string) => `member:${id}`;

/** Members' names in lists ("Camille D."): a name changed or an account deleted. */
export const NAMES_KEY = "names";

/** Anything a list of listings shows (directory pages, search results): any listing written. */
export const ANY_LISTING_KEY = "directory";

/** A directory listing's page. */
export const listingKey = (id: number) => `listing:${id}`;

/** Cells of a quarter degree: about 28 km north–south and 18–20 km east–west in France. */
const CELLS_A_DEGREE = 4;
const KM_A_DEGREE_OF_LATITUDE = 111;

/** The cell of a point, as the triggers compute it (SQLite's CAST truncates toward zero). */
export function areaKey(lat: number, lng: number) {
  return `area:${Math.trunc(lat * CELLS_A_DEGREE)}:${Math.trunc(lng * CELLS_A_DEGREE)}`;
}

/**
 * Every cell a circle touches: a list of the questions within `radiusKm`
 * changes only when a question in one of them does. The box around the
 * circle is taken a little larger than needed, never smaller.
 */
export function areaKeys(centre: { lat: number; lng: number }, radiusKm: number) {
  const margin = 1.05;
  const dLat = (radiusKm * margin) / KM_A_DEGREE_OF_LATITUDE;
  const cos = Math.max(Math.cos((Math.min(Math.abs(centre.lat) + dLat, 89) * Math.PI) / 180), 0.01);
  const dLng = (radiusKm * margin) / (KM_A_DEGREE_OF_LATITUDE * cos);
  const keys: string[] = [];
  const latFrom = Math.trunc((centre.lat - dLat) * CELLS_A_DEGREE);
  const latTo = Math.trunc((centre.lat + dLat) * CELLS_A_DEGREE);
  const lngFrom = Math.trunc((centre.lng - dLng) * CELLS_A_DEGREE);
  const lngTo = Math.trunc((centre.lng + dLng) * CELLS_A_DEGREE);
  for (let lat = latFrom; lat <= latTo; lat++) {
    for (let lng = lngFrom; lng <= lngTo; lng++) keys.push(`area:${lat}:${lng}`);
  }
  return keys;
}
