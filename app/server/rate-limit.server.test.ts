import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openEmptyDatabase } from "#test/databases";
import {
  ACTION_LIMITS,
  hitRateLimit,
  isRateLimited,
  resetRateLimit,
  type ActionLimit,
  type RateLimitRule,
} from "./rate-limit.server";

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

describe("docs/rate-limits.md", () => {
  /** "3 / 1 h", "60 / 15 min", "—" when there is no such limit: as the table writes them. */
  const written = (rule: RateLimitRule | undefined) => {
    if (!rule) return "—";
    const { windowSeconds: s } = rule;
    return `${rule.limit} / ${s % 3600 === 0 ? `${s / 3600} h` : `${s / 60} min`}`;
  };

  it("gives every action limit, as the code sets it", () => {
    const table = fs.readFileSync(
      path.join(import.meta.dirname, "../../docs/rate-limits.md"),
      "utf8",
    );
    const rows = new Map<string, [string, string]>();
    for (const line of table.split("\n")) {
      const cells = line.split("|").map((cell) => cell.trim());
      const name = /^`(\w+)`$/.exec(cells[1] ?? "")?.[1];
      if (name) rows.set(name, [cells[3]!, cells[4]!]);
    }
    const limits: Record<string, ActionLimit> = ACTION_LIMITS;
    expect([...rows.keys()].sort()).toEqual(Object.keys(limits).sort());
    for (const [name, limit] of Object.entries(limits)) {
      expect(rows.get(name), name).toEqual([written(limit.perMember), written(limit.perIp)]);
    }
  });
});
