import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expandOccurrences, isOccurrenceOf, parseRrule } from "./event-recurrence.server";
import { isoWithOffset, localAt, toInstant } from "./event-time";

const market = {
  startLocal: "2026-10-03T10:00",
  endLocal: "2026-10-03T12:30",
  rrule: "FREQ=WEEKLY;BYDAY=SA",
  status: "scheduled" as const,
};

describe("local date-times in Europe/Paris", () => {
  it("places a wall-clock time on either side of the end of summer time", () => {
    expect(toInstant("2026-10-24T10:00").toISOString()).toBe("2026-10-24T08:00:00.000Z");
    expect(toInstant("2026-10-31T10:00").toISOString()).toBe("2026-10-31T09:00:00.000Z");
    expect(isoWithOffset("2026-10-31T10:00")).toBe("2026-10-31T10:00:00+01:00");
    expect(isoWithOffset("2026-07-14T22:00")).toBe("2026-07-14T22:00:00+02:00");
  });

  it("moves a time in the skipped hour past the gap, and takes the first of a repeated one", () => {
    expect(localAt(toInstant("2026-03-29T02:30"))).toBe("2026-03-29T03:30");
    expect(toInstant("2026-10-25T02:30").toISOString()).toBe("2026-10-25T00:30:00.000Z");
  });
});

describe("expandOccurrences", () => {
  it("keeps a weekly 10:00 market at 10:00 local across the end of summer time", () => {
    const occurrences = expandOccurrences(
      market,
      new Date("2026-10-10T00:00:00Z"),
      new Date("2026-11-08T00:00:00Z"),
    );
    expect(occurrences.map((o) => isoWithOffset(o.startLocal))).toEqual([
      "2026-10-10T10:00:00+02:00",
      "2026-10-17T10:00:00+02:00",
      "2026-10-24T10:00:00+02:00",
      "2026-10-31T10:00:00+01:00",
      "2026-11-07T10:00:00+01:00",
    ]);
    expect(occurrences.map((o) => localAt(o.end).slice(11))).toEqual(Array(5).fill("12:30"));
  });

  it("leaves out the EXDATEs and applies an edited or cancelled occurrence alone", () => {
    const occurrences = expandOccurrences(
      { ...market, exdates: ["2026-10-17T10:00"] },
      new Date("2026-10-10T00:00:00Z"),
      new Date("2026-11-01T00:00:00Z"),
      [
        { occurrence: "2026-10-24T10:00", startLocal: "2026-10-24T14:00" },
        { occurrence: "2026-10-31T10:00", status: "cancelled" },
      ],
    );
    expect(occurrences.map((o) => [o.key, o.startLocal, o.endLocal, o.status])).toEqual([
      ["2026-10-10T10:00", "2026-10-10T10:00", "2026-10-10T12:30", "scheduled"],
      ["2026-10-24T10:00", "2026-10-24T14:00", "2026-10-24T16:30", "scheduled"],
      ["2026-10-31T10:00", "2026-10-31T10:00", "2026-10-31T12:30", "cancelled"],
    ]);
    expect(isOccurrenceOf({ ...market, exdates: ["2026-10-17T10:00"] }, "2026-10-17T10:00")).toBe(
      false,
    );
    expect(isOccurrenceOf(market, "2026-10-24T10:00")).toBe(true);
    expect(isOccurrenceOf(market, "2026-10-24T11:00")).toBe(false);
  });

  it("expands a monthly third-Saturday repair café and a one-off multi-day fair", () => {
    const repair = expandOccurrences(
      { ...market, rrule: "FREQ=MONTHLY;BYDAY=+3SA" },
      new Date("2026-10-01T00:00:00Z"),
      new Date("2027-01-01T00:00:00Z"),
    );
    expect(repair.map((o) => o.key)).toEqual([
      "2026-10-17T10:00",
      "2026-11-21T10:00",
      "2026-12-19T10:00",
    ]);
    const fair = {
      startLocal: "2026-11-14T00:00",
      endLocal: "2026-11-16T00:00",
      status: "scheduled" as const,
    };
    // Still on while it lasts.
    expect(
      expandOccurrences(fair, new Date("2026-11-15T12:00:00Z"), new Date("2026-11-20T00:00:00Z")),
    ).toHaveLength(1);
  });

  it("refuses rules it cannot read, and a rule that brings its own DTSTART", () => {
    expect(parseRrule("FREQ=WEEKLY;COUNT=3")).not.toBeNull();
    expect(parseRrule("nonsense")).toBeNull();
    expect(parseRrule("DTSTART:20260101T000000Z\nRRULE:FREQ=DAILY")).toBeNull();
  });

  it("property: a weekly series starts at the same wall-clock time in every week, DST or not", () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date("2020-01-01T00:00:00Z"),
          max: new Date("2035-01-01T00:00:00Z"),
          noInvalidDate: true,
        }),
        fc.integer({ min: 0, max: 23 }),
        fc.constantFrom(0, 15, 30, 45),
        fc.integer({ min: 2, max: 60 }),
        fc.uniqueArray(fc.integer({ min: 1, max: 59 }), { maxLength: 5 }),
        (day, hour, minute, count, skipped) => {
          const date = day.toISOString().slice(0, 10);
          // The hour skipped in spring does not exist: keep the property to real times.
          fc.pre(hour !== 2);
          const time = `${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}`;
          const startLocal = `${date}T${time}`;
          const series = {
            startLocal,
            endLocal: `${date}T${time}`,
            rrule: `FREQ=WEEKLY;COUNT=${count}`,
            status: "scheduled" as const,
          };
          const all = expandOccurrences(
            series,
            new Date(day.getTime() - 2 * 86_400_000),
            new Date(day.getTime() + 62 * 7 * 86_400_000),
          );
          expect(all).toHaveLength(count);
          for (const occurrence of all) expect(localAt(occurrence.start).slice(11)).toBe(time);
          const exdates = skipped.filter((n) => n < count).map((n) => all[n]!.key);
          const kept = expandOccurrences(
            { ...series, exdates },
            new Date(day.getTime() - 2 * 86_400_000),
            new Date(day.getTime() + 62 * 7 * 86_400_000),
          );
          expect(kept.map((o) => o.key)).toEqual(
            all.map((o) => o.key).filter((key) => !exdates.includes(key)),
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});
