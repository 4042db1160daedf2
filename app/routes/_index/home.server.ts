import { DEFAULT_LIST_RADIUS_KM, LIST_RADII } from "#app/domain/questions";
import type { Locale } from "#app/i18n/messages";
import { openHelpRequests, recentAnswersForMember } from "#app/models/home/feed.server";
import { getHome } from "#app/models/members/home.server";
import { getPlace } from "#app/models/places/places.server";
import { listParams, questionListPage } from "#app/models/questions/list-page.server";
import type { SessionUser as User } from "#app/server/auth.server";
import { getDb } from "#app/server/db.server";
import { latestNewsAround } from "#app/models/news/read.server";
import { visitorPlaceCode } from "#app/server/visitor-place.server";
import { requestNow } from "#app/server/clock.server";
import { dealsNear } from "#app/models/deals/deals.server";

/** A coordinate from the URL, or null when it is missing or out of range. */
function coordinate(value: string | null, limit: number) {
  if (value == null || !/^-?\d{1,3}(\.\d{1,6})?$/.test(value)) return null;
  const number = Number(value);
  return Math.abs(number) <= limit ? number : null;
}

type Centre = {
  lat: number;
  lng: number;
  /** The commune, or null around the reader's position ("Près de moi"). */
  place: { name: string; slug: string } | null;
  radiusKm: number;
  /** Query parameters every link of the page keeps (the position). */
  baseQuery?: Record<string, string>;
  /** The visitor's remembered commune, which they may forget. */
  fromCookie: boolean;
};

/**
 * Where "Autour de moi" is centred, first found wins: a position from the
 * URL ("Près de moi"), the member's home, the visitor's chosen commune.
 * Null: nothing known, the page offers the commune chooser.
 */
async function homeCentre(request: Request, user: User | null): Promise<Centre | null> {
  const url = new URL(request.url);
  const asked = Number(url.searchParams.get("rayon"));
  const radius = (fallback: number) =>
    (LIST_RADII as readonly number[]).includes(asked) ? asked : fallback;
  const lat = coordinate(url.searchParams.get("lat"), 90);
  const lng = coordinate(url.searchParams.get("lng"), 180);
  if (lat != null && lng != null) {
    const baseQuery = { lat: lat.toFixed(2), lng: lng.toFixed(2) };
    return {
      lat,
      lng,
      place: null,
      radiusKm: radius(DEFAULT_LIST_RADIUS_KM),
      baseQuery,
      fromCookie: false,
    };
  }
  const db = getDb();
  const home = user ? getHome(db, user.id) : null;
  if (home) return { ...home, place: home, radiusKm: radius(home.radiusKm), fromCookie: false };
  const code = user ? null : await visitorPlaceCode(request);
  const chosen = code ? getPlace(db, code) : undefined;
  if (!chosen) return null;
  return { ...chosen, place: chosen, radiusKm: radius(DEFAULT_LIST_RADIUS_KM), fromCookie: true };
}

/** What the home page shows: the chooser, or what is new around the reader. */
export async function homePage(request: Request, user: User | null, locale: Locale) {
  const centre = await homeCentre(request, user);
  if (!centre) return null;
  const db = getDb();
  const viewer = { signedIn: Boolean(user), locale };
  const list = { ...listParams(new URL(request.url)), radiusKm: centre.radiusKm };
  const cursor = new URL(request.url).searchParams.get("apres");
  return {
    centre: {
      place: centre.place ? { name: centre.place.name, slug: centre.place.slug } : null,
      radiusKm: centre.radiusKm,
      baseQuery: centre.baseQuery,
      fromCookie: centre.fromCookie,
    },
    // Help first: someone is waiting. Only on the first page of the list below.
    helpRequests: cursor ? [] : openHelpRequests(db, centre, centre.radiusKm, viewer),
    // The partners' bons plans around (ADR 024), after the help requests.
    deals: cursor ? [] : dealsNear(db, centre, centre.radiusKm, requestNow(request), 3),
    list: { tab: list.tab, radiusKm: list.radiusKm, cursor },
    questions: questionListPage(db, centre, list, viewer),
    recentAnswers: user && !cursor ? recentAnswersForMember(db, user.id) : [],
    // The latest news within the reader's radius (ADR 027).
    news: cursor ? [] : latestNewsAround(db, { ...centre, placeId: null }, centre.radiusKm),
  };
}
