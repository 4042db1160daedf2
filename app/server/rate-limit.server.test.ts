import { afterAll, describe, expect, it } from "vitest";
import { openEmptyDatabase } from "#test/databases";
import { hitRateLimit, isRateLimited, resetRateLimit } from "./rate-limit.server";

const db = openEmptyDatabase();
afterAll(() => db.$client.close());
const rule = { limit: 3, windowSeconds: 60 };
const t0 = Date.UTC(2026, 10, 24, 12, 0, 0);

describe("hitRateLimit", () => {
  it("allows up to the limit in a window, then refuses with the time to wait", () => {
    expect(hitRateLimit(db, "a", rule, t0).allowed).toBe(true);
    expect(hitRateLimit(db, "a", rule, t0 + 1000).allowed).toBe(true);
    expect(hitRateLimit(db, "a", rule, t0 + 2000).allowed).toBe(true);
    const refused = hitRateLimit(db, "a", rule, t0 + 10_000);
    expect(refused).toEqual({ allowed: false, retryAfterSeconds: 50 });
  });

  it("starts a new window once the old one is over", () => {
    expect(hitRateLimit(db, "a", rule, t0 + 61_000)).toEqual({
      allowed: true,
      retryAfterSeconds: 60,
    });
  });

  it("keeps keys apart", () => {
    for (let i = 0; i < 5; i++) hitRateLimit(db, "b", rule, t0);
    expect(hitRateLimit(db, "c", rule, t0).allowed).toBe(true);
  });
});

describe("isRateLimited and resetRateLimit", () => {
  it("checks without counting, and forgets on reset", () => {
    expect(isRateLimited(db, "d", rule, t0).allowed).toBe(true);
    for (let i = 0; i < 3; i++) hitRateLimit(db, "d", rule, t0);
    expect(isRateLimited(db, "d", rule, t0 + 1000)).toEqual({
      allowed: false,
      retryAfterSeconds: 59,
    });
    expect(isRateLimited(db, "d", rule, t0 + 1000)).toEqual({
      allowed: false,
      retryAfterSeconds: 59,
    });
    resetRateLimit(db, "d");
    expect(isRateLimited(db, "d", rule, t0 + 1000).allowed).toBe(true);
  });
});
