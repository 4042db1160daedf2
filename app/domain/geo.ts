/** Mean Earth radius (IUGG), in kilometres. */
const EARTH_RADIUS_KM = 6371.0088;

const toRadians = (degrees: number) => (degrees * Math.PI) / 180;
const toDegrees = (radians: number) => (radians * 180) / Math.PI;

export type Point = { lat: number; lng: number };

/** Great-circle distance between two points, in kilometres. */
export function haversineKm(a: Point, b: Point): number {
  const dLat = toRadians(b.lat - a.lat);
  const dLng = toRadians(b.lng - a.lng);
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(toRadians(a.lat)) * Math.cos(toRadians(b.lat)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * A latitude/longitude box that contains every point within `radiusKm` of
 * `centre`: the cheap first filter (R*Tree) before the exact distance.
 *
 * Always a plain box within [-90, 90] × [-180, 180], so callers can use it
 * as `BETWEEN min AND max`: a circle that contains a pole has every
 * longitude, and one that crosses the antimeridian (±180°) also gets every
 * longitude rather than two ranges (a wider first filter, still exact after
 * the distance check; such places are few and far from metropolitan France).
 */
export function boundingBox(centre: Point, radiusKm: number) {
  const angularRadius = Math.max(0, radiusKm) / EARTH_RADIUS_KM;
  const latDelta = toDegrees(angularRadius);
  const minLat = centre.lat - latDelta;
  const maxLat = centre.lat + latDelta;
  if (minLat <= -90 || maxLat >= 90) {
    return {
      minLat: Math.max(-90, minLat),
      maxLat: Math.min(90, maxLat),
      minLng: -180,
      maxLng: 180,
    };
  }
  // The widest point of a spherical cap is not at its centre's latitude:
  // asin(sin r / cos φ) is the exact half-width (r / cos φ falls short).
  const ratio = Math.sin(angularRadius) / Math.cos(toRadians(centre.lat));
  const lngDelta = ratio >= 1 ? 180 : toDegrees(Math.asin(ratio));
  const minLng = centre.lng - lngDelta;
  const maxLng = centre.lng + lngDelta;
  if (minLng < -180 || maxLng > 180) return { minLat, maxLat, minLng: -180, maxLng: 180 };
  return { minLat, maxLat, minLng, maxLng };
}
