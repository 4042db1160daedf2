import type { AppDatabase } from "#db/client";
import { NEWS_READER_RADII_KM } from "#app/domain/news";
import { getPlace } from "#app/models/places/places.server";
import { newsNear } from "./read.server";

/** The radius a reader asked for (`?rayon=` / `?radius=`), among those offered; 10 km by default. */
export function readerRadius(value: string | null) {
  const radius = Number(value ?? "10");
  return (NEWS_READER_RADII_KM as readonly number[]).includes(radius) && value !== "" ? radius : 10;
}

/** A place (by code or slug) and its news within a radius, or undefined when the place is unknown. */
export function placeNews(db: AppDatabase, codeOrSlug: string, radiusKm: number, limit = 30) {
  const place = getPlace(db, codeOrSlug);
  if (!place) return undefined;
  return { place, posts: newsNear(db, place, radiusKm, limit) };
}
