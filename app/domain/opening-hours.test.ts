import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  DAYS_OF_WEEK,
  isOpenAt,
  openingHoursSchema,
  openingStatus,
  parisWallClock,
  toOpeningHoursSpecification,
  type OpeningHours,
} from "./opening-hours";

const at = (iso: string) => new Date(iso);

/** A bakery: Tuesday to Saturday with a lunch break, Sunday morning, closed on Mondays. */
const bakery: OpeningHours = {
  weekly: [
    {
      days: ["tuesday", "wednesday", "thursday", "friday", "saturday"],
      opens: "07:00",
      closes: "13:00",
    },
    {
      days: ["tuesday", "wednesday", "thursday", "friday", "saturday"],
      opens: "15:00",
      closes: "19:00",
    },
    { days: ["sunday"], opens: "07:30", closes: "12:30" },
  ],
  special: [{ from: "2026-12-25", through: "2026-12-25", reason: "holiday", ranges: [] }],
};

/** A bar open late on Fridays and Saturdays. */
const bar: OpeningHours = {
  weekly: [{ days: ["friday", "saturday"], opens: "22:00", closes: "02:00" }],
  special: [],
};

describe("opening status, named cases (Paris time)", () => {
  it("is open on a Sunday morning and says when it closes", () => {
    // Sunday 7 June 2026, 10:00 in Paris (UTC+2).
    expect(openingStatus(bakery, at("2026-06-07T08:00:00Z"))).toEqual({
      open: true,
      closesAt: { inDays: 0, day: "2026-06-07", dayOfWeek: "sunday", time: "12:30" },
    });
  });

  it("is closed on Sunday afternoon and opens on Tuesday, past the closed Monday", () => {
    expect(openingStatus(bakery, at("2026-06-07T14:00:00Z"))).toEqual({
      open: false,
      today: null,
      opensAt: { inDays: 2, day: "2026-06-09", dayOfWeek: "tuesday", time: "07:00" },
    });
  });

  it("is closed over lunch and reopens the same afternoon", () => {
    // Tuesday 9 June 2026, 13:30 in Paris.
    const status = openingStatus(bakery, at("2026-06-09T11:30:00Z"));
    expect(status).toMatchObject({ open: false, opensAt: { inDays: 0, time: "15:00" } });
  });

  it("is closed all day on a holiday, and says so", () => {
    // Friday 25 December 2026, 10:00 in Paris (UTC+1): a Friday, normally open.
    expect(openingStatus(bakery, at("2026-12-25T09:00:00Z"))).toEqual({
      open: false,
      today: "holiday",
      opensAt: { inDays: 1, day: "2026-12-26", dayOfWeek: "saturday", time: "07:00" },
    });
    expect(isOpenAt(bakery, at("2026-12-24T09:00:00Z"))).toBe(true);
  });

  it("stays open past midnight: 22:00–02:00", () => {
    // Friday 12 June 2026, 23:00 in Paris: closes tomorrow at 2.
    expect(openingStatus(bar, at("2026-06-12T21:00:00Z"))).toEqual({
      open: true,
      closesAt: { inDays: 1, day: "2026-06-13", dayOfWeek: "saturday", time: "02:00" },
    });
    // Saturday 01:30: Friday's range, closes today at 2.
    expect(openingStatus(bar, at("2026-06-12T23:30:00Z"))).toMatchObject({
      open: true,
      closesAt: { inDays: 0, time: "02:00" },
    });
    // Sunday 01:30: Saturday's range; Monday 01:30: closed until Friday.
    expect(isOpenAt(bar, at("2026-06-13T23:30:00Z"))).toBe(true);
    expect(openingStatus(bar, at("2026-06-14T23:30:00Z"))).toMatchObject({
      open: false,
      opensAt: { inDays: 4, dayOfWeek: "friday", time: "22:00" },
    });
  });

  it("keeps a past-midnight range running into a closed holiday", () => {
    const hours: OpeningHours = {
      ...bar,
      special: [{ from: "2026-06-13", through: "2026-06-13", reason: "closure", ranges: [] }],
    };
    expect(isOpenAt(hours, at("2026-06-12T23:30:00Z"))).toBe(true); // Saturday 01:30
    expect(isOpenAt(hours, at("2026-06-13T20:30:00Z"))).toBe(false); // Saturday 22:30
  });

  it("goes through the spring-forward night (29 March 2026)", () => {
    const saturdayLate: OpeningHours = {
      weekly: [{ days: ["saturday"], opens: "22:00", closes: "02:30" }],
      special: [],
    };
    // 01:59 CET: still open; one minute later the clock reads 03:00 CEST: closed.
    expect(isOpenAt(saturdayLate, at("2026-03-29T00:59:00Z"))).toBe(true);
    expect(parisWallClock(at("2026-03-29T01:00:00Z"))).toEqual({ day: "2026-03-29", minutes: 180 });
    expect(isOpenAt(saturdayLate, at("2026-03-29T01:00:00Z"))).toBe(false);
    // The morning bakery opens at 7:30 CEST, which is 05:30 UTC.
    expect(isOpenAt(bakery, at("2026-03-29T05:29:00Z"))).toBe(false);
    expect(isOpenAt(bakery, at("2026-03-29T05:30:00Z"))).toBe(true);
  });

  it("goes through the fall-back night (25 October 2026), the repeated hour included", () => {
    const saturdayLate: OpeningHours = {
      weekly: [{ days: ["saturday"], opens: "22:00", closes: "02:30" }],
      special: [],
    };
    expect(isOpenAt(saturdayLate, at("2026-10-25T00:15:00Z"))).toBe(true); // 02:15 CEST
    expect(isOpenAt(saturdayLate, at("2026-10-25T00:45:00Z"))).toBe(false); // 02:45 CEST
    // 02:15 CET, the second pass: the range already ended at 02:30 CEST.
    expect(isOpenAt(saturdayLate, at("2026-10-25T01:15:00Z"))).toBe(false);

    const nightShift: OpeningHours = {
      weekly: [{ days: ["sunday"], opens: "02:30", closes: "05:00" }],
      special: [],
    };
    // Opened at 02:30 CEST; at 02:10 CET (second pass) it is still open, until 5.
    expect(isOpenAt(nightShift, at("2026-10-25T00:15:00Z"))).toBe(false);
    expect(openingStatus(nightShift, at("2026-10-25T01:10:00Z"))).toMatchObject({
      open: true,
      closesAt: { inDays: 0, time: "05:00" },
    });
    // The bakery opens at 7:30 CET, which is 06:30 UTC.
    expect(isOpenAt(bakery, at("2026-10-25T06:29:00Z"))).toBe(false);
    expect(isOpenAt(bakery, at("2026-10-25T06:30:00Z"))).toBe(true);
  });

  it("says a 24/7 place never closes", () => {
    const always: OpeningHours = {
      weekly: [{ days: [...DAYS_OF_WEEK], opens: "00:00", closes: "00:00" }],
      special: [],
    };
    expect(openingStatus(always, at("2026-10-25T01:15:00Z"))).toEqual({
      open: true,
      closesAt: null,
    });
  });

  it("writes schema.org OpeningHoursSpecification, closed days as 00:00–00:00", () => {
    const specification = toOpeningHoursSpecification(bakery);
    expect(specification[2]).toEqual({
      "@type": "OpeningHoursSpecification",
      dayOfWeek: ["https://schema.org/Sunday"],
      opens: "07:30",
      closes: "12:30",
    });
    expect(specification[3]).toMatchObject({
      validFrom: "2026-12-25",
      opens: "00:00",
      closes: "00:00",
    });
  });

  it("refuses malformed hours", () => {
    expect(
      openingHoursSchema.safeParse({
        weekly: [{ days: [], opens: "9:00", closes: "25:00" }],
        special: [],
      }).success,
    ).toBe(false);
    expect(openingHoursSchema.safeParse(bakery).success).toBe(true);
  });
});

describe("opening status, properties", () => {
  const QUARTER = 15 * 60_000;
  const quarterTime = fc
    .integer({ min: 0, max: 95 })
    .map(
      (quarter) =>
        `${String(Math.floor(quarter / 4)).padStart(2, "0")}:${String((quarter % 4) * 15).padStart(2, "0")}`,
    );
  const hoursArbitrary: fc.Arbitrary<OpeningHours> = fc.record({
    weekly: fc.array(
      fc.record({
        days: fc.uniqueArray(fc.constantFrom(...DAYS_OF_WEEK), { minLength: 1, maxLength: 7 }),
        opens: quarterTime,
        closes: quarterTime,
      }),
      { maxLength: 4 },
    ),
    special: fc.array(
      fc
        .record({
          from: fc.integer({ min: 0, max: 30 }),
          length: fc.integer({ min: 0, max: 3 }),
          reason: fc.constantFrom("holiday" as const, "closure" as const, "special" as const),
          ranges: fc.array(fc.record({ opens: quarterTime, closes: quarterTime }), {
            maxLength: 2,
          }),
        })
        .map((special) => ({
          from: dayAfter("2026-10-10", special.from),
          through: dayAfter("2026-10-10", special.from + special.length),
          reason: special.reason,
          ranges: special.ranges,
        })),
      { maxLength: 2 },
    ),
  });
  // Quarter hours around both 2026 changes of time, and an ordinary week.
  const instant = fc
    .tuple(
      fc.constantFrom("2026-03-26T00:00:00Z", "2026-10-20T00:00:00Z", "2026-06-01T00:00:00Z"),
      fc.integer({ min: 0, max: 7 * 96 }),
    )
    .map(([start, quarters]) => new Date(Date.parse(start) + quarters * QUARTER));

  /** The first quarter hour after `from` at which the wall clock reads `moment` or later. */
  function firstReaching(from: Date, target: { day: string; time: string }) {
    for (let t = from.getTime() + QUARTER; t < from.getTime() + 20 * 86_400_000; t += QUARTER) {
      const clock = parisWallClock(new Date(t));
      const time = `${String(Math.floor(clock.minutes / 60)).padStart(2, "0")}:${String(clock.minutes % 60).padStart(2, "0")}`;
      if (clock.day > target.day || (clock.day === target.day && time >= target.time)) return t;
    }
    return null;
  }

  /**
   * The first quarter hour after `from` whose open-or-closed differs, scanning
   * real time beyond the status's look-ahead (up to 16 wall-clock days, one
   * of which may last 25 hours; fast-check found a 15-day scan one hour short).
   */
  function firstChange(hours: OpeningHours, from: Date, open: boolean) {
    for (let t = from.getTime() + QUARTER; t < from.getTime() + 17 * 86_400_000; t += QUARTER) {
      if (isOpenAt(hours, new Date(t)) !== open) return t;
    }
    return null;
  }

  it("agrees with isOpenAt, and the change it announces is the first one on the real clock", () => {
    fc.assert(
      fc.property(hoursArbitrary, instant, (hours, now) => {
        const status = openingStatus(hours, now);
        expect(status.open).toBe(isOpenAt(hours, now));
        const next = status.open ? status.closesAt : status.opensAt;
        const change = firstChange(hours, now, status.open);
        if (next === null) {
          // Open for the fortnight ahead, or closed for it.
          expect(change === null || change - now.getTime() >= 14 * 86_400_000).toBe(true);
          return;
        }
        expect(change).toBe(firstReaching(now, next));
      }),
      { numRuns: 150 },
    );
  });
});

function dayAfter(day: string, days: number) {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
