import { describe, expect, it } from "vitest";
import { boundingBox, haversineKm } from "./geo";

describe("haversineKm", () => {
  it("measures known distances", () => {
    const paris = { lat: 48.8566, lng: 2.3522 };
    const lyon = { lat: 45.764, lng: 4.8357 };
    // Paris–Lyon as the crow flies is about 392 km.
    expect(haversineKm(paris, lyon)).toBeGreaterThan(388);
    expect(haversineKm(paris, lyon)).toBeLessThan(396);
    expect(haversineKm(paris, paris)).toBe(0);
  });

  it("is symmetric", () => {
    const a = { lat: 47.318, lng: -2.075 };
    const b = { lat: 47.307, lng: -1.967 };
    expect(haversineKm(a, b)).toBeCloseTo(haversineKm(b, a), 10);
  });
});

describe("boundingBox", () => {
  it("contains every point of the circle, even at its widest latitude", () => {
    const centre = { lat: 60, lng: 10 };
    const radiusKm = 100;
    const box = boundingBox(centre, radiusKm);
    // Walk the circle's edge and check each point lies inside the box.
    for (let bearing = 0; bearing < 360; bearing += 1) {
      const point = destination(centre, radiusKm * 0.999, bearing);
      expect(haversineKm(centre, point)).toBeLessThanOrEqual(radiusKm);
      expect(point.lat).toBeGreaterThanOrEqual(box.minLat);
      expect(point.lat).toBeLessThanOrEqual(box.maxLat);
      expect(point.lng).toBeGreaterThanOrEqual(box.minLng);
      expect(point.lng).toBeLessThanOrEqual(box.maxLng);
    }
  });
});

/** The point reached going `distanceKm` from `start` on the given bearing (great circle). */
function destination(
  start: { lat: number; lng: number },
  distanceKm: number,
  bearingDegrees: number,
) {
  const R = 6371.0088;
  const toRad = (d: number) => (d * Math.PI) / 180;
  const toDeg = (r: number) => (r * 180) / Math.PI;
  const angular = distanceKm / R;
  const bearing = toRad(bearingDegrees);
  const lat1 = toRad(start.lat);
  const lng1 = toRad(start.lng);
  const lat2 = Math.asin(
    Math.sin(lat1) * Math.cos(angular) + Math.cos(lat1) * Math.sin(angular) * Math.cos(bearing),
  );
  const lng2 =
    lng1 +
    Math.atan2(
      Math.sin(bearing) * Math.sin(angular) * Math.cos(lat1),
      Math.cos(angular) - Math.sin(lat1) * Math.sin(lat2),
    );
  return { lat: toDeg(lat2), lng: toDeg(lng2) };
}
