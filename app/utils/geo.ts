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
 */
export function boundingBox(centre: Point, radiusKm: number) {
  const angularRadius = radiusKm / EARTH_RADIUS_KM;
  const latDelta = toDegrees(angularRadius);
  // The widest point of a spherical cap is not at its centre's latitude:
  // asin(sin r / cos φ) is the exact half-width (r / cos φ falls short).
  const ratio = Math.sin(angularRadius) / Math.cos(toRadians(centre.lat));
  const lngDelta = ratio >= 1 ? 180 : toDegrees(Math.asin(ratio));
  return {
    minLat: centre.lat - latDelta,
    maxLat: centre.lat + latDelta,
    minLng: centre.lng - lngDelta,
    maxLng: centre.lng + lngDelta,
  };
}
