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

describe("boundingBox at the edges of the map", () => {
  /** Walks the circle's edge (longitudes brought back into [-180, 180]) and checks the box holds it. */
  function expectCircleInside(centre: { lat: number; lng: number }, radiusKm: number) {
    const box = boundingBox(centre, radiusKm);
    expect(box.minLat).toBeGreaterThanOrEqual(-90);
    expect(box.maxLat).toBeLessThanOrEqual(90);
    expect(box.minLng).toBeGreaterThanOrEqual(-180);
    expect(box.maxLng).toBeLessThanOrEqual(180);
    for (let bearing = 0; bearing < 360; bearing += 1) {
      for (const fraction of [0.5, 0.999]) {
        const point = destination(centre, radiusKm * fraction, bearing);
        const lng = ((((point.lng + 180) % 360) + 360) % 360) - 180;
        expect(point.lat).toBeGreaterThanOrEqual(box.minLat);
        expect(point.lat).toBeLessThanOrEqual(box.maxLat);
        expect(lng).toBeGreaterThanOrEqual(box.minLng);
        expect(lng).toBeLessThanOrEqual(box.maxLng);
      }
    }
    return box;
  }

  it("gives every longitude to a circle that contains the North Pole", () => {
    const box = expectCircleInside({ lat: 85, lng: 10 }, 1000);
    expect(box).toEqual({ minLat: expect.closeTo(76.0, 1), maxLat: 90, minLng: -180, maxLng: 180 });
  });

  it("gives every longitude to a circle that contains the South Pole", () => {
    const box = expectCircleInside({ lat: -88, lng: -60 }, 500);
    expect(box.minLat).toBe(-90);
    expect([box.minLng, box.maxLng]).toEqual([-180, 180]);
  });

  it("covers the whole world for a radius of half the Earth's circumference", () => {
    // The "whole of France" search from Paris reaches Wallis-et-Futuna and beyond.
    const box = expectCircleInside({ lat: 48.85, lng: 2.35 }, 20_100);
    expect(box).toEqual({ minLat: -90, maxLat: 90, minLng: -180, maxLng: 180 });
  });

  it("widens to every longitude a circle that crosses the antimeridian", () => {
    // Near Wallis-et-Futuna (-176.2°), 300 km reaches past -180°.
    const box = expectCircleInside({ lat: -13.3, lng: -178.5 }, 300);
    expect([box.minLng, box.maxLng]).toEqual([-180, 180]);
    expect(box.minLat).toBeCloseTo(-13.3 - 2.698, 2);
    expect(box.maxLat).toBeCloseTo(-13.3 + 2.698, 2);
  });

  it("keeps a tight box away from the edges", () => {
    const box = expectCircleInside({ lat: 47.3, lng: -2.07 }, 10);
    expect(box.maxLng - box.minLng).toBeLessThan(0.3);
    expect(box.maxLat - box.minLat).toBeLessThan(0.2);
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
