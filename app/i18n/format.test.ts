import { describe, expect, it, vi } from "vitest";
import {
  formatDay,
  formatDayAndTime,
  formatMonth,
  formatNumber,
  formatTime,
  parisDay,
  parisHour,
  parisMonthStart,
  pluralCategory,
} from "./format";

const at = (iso: string) => new Date(iso);

describe("numbers and plurals", () => {
  it("formats numbers with the locale's separators, one decimal at most", () => {
    expect(formatNumber("fr", 8219)).toBe("8\u202f219");
    expect(formatNumber("en", 8219)).toBe("8,219");
    expect(formatNumber("fr", 5.26)).toBe("5,3");
    expect(formatNumber("en", 5.26)).toBe("5.3");
  });

  it("counts 0 and 1 as singular in French, only 1 in English", () => {
    expect([0, 1, 2].map((n) => pluralCategory("fr", n))).toEqual(["one", "one", "other"]);
    expect([0, 1, 2].map((n) => pluralCategory("en", n))).toEqual(["other", "one", "other"]);
  });
});

describe("formatters", () => {
  it("are built once per locale, then reused", () => {
    const formatAll = () => {
      for (const locale of ["fr", "en"] as const) {
        formatNumber(locale, 1.5);
        pluralCategory(locale, 2);
        formatDay(locale, at("2026-03-11T08:05:00Z"));
        formatMonth(locale, at("2026-03-11T08:05:00Z"));
        formatTime(locale, at("2026-03-11T08:05:00Z"));
        formatDayAndTime(locale, at("2026-03-11T08:05:00Z"));
      }
      parisHour(at("2026-03-11T08:05:00Z"));
      parisMonthStart(at("2026-03-11T08:05:00Z"));
    };
    formatAll();
    const built = [
      vi.spyOn(Intl, "DateTimeFormat"),
      vi.spyOn(Intl, "NumberFormat"),
      vi.spyOn(Intl, "PluralRules"),
    ];
    for (let round = 0; round < 20; round++) formatAll();
    for (const constructor of built) expect(constructor).not.toHaveBeenCalled();
    for (const constructor of built) constructor.mockRestore();
  });
});

describe("dates and times, in Paris", () => {
  it("formats a day, a month, a time and both", () => {
    const morning = at("2026-03-11T08:05:00Z");
    expect(formatDay("fr", morning)).toBe("11 mars 2026");
    expect(formatDay("en", morning)).toBe("11 March 2026");
    expect(formatMonth("fr", morning)).toBe("mars 2026");
    expect(formatMonth("en", morning)).toBe("March 2026");
    expect(formatTime("fr", morning)).toBe("9 h 05");
    expect(formatTime("en", morning)).toBe("9:05");
    expect(formatDayAndTime("fr", morning)).toBe("11 mars 2026 à 9 h 05");
    expect(formatDayAndTime("en", morning)).toBe("11 March 2026 at 9:05");
  });

  it("reads a calendar day as that day, and an ISO time as that instant", () => {
    expect(formatDay("fr", "2026-03-04")).toBe("4 mars 2026");
    expect(formatDay("en", "2026-03-04T23:30:00Z")).toBe("5 March 2026");
  });

  it("follows the clocks across the spring change (29 March 2026, 2 h → 3 h)", () => {
    expect(formatTime("fr", at("2026-03-29T00:59:00Z"))).toBe("1 h 59");
    expect(formatTime("fr", at("2026-03-29T01:00:00Z"))).toBe("3 h 00");
    expect(parisHour(at("2026-03-29T00:59:00Z"))).toBe(1);
    expect(parisHour(at("2026-03-29T01:00:00Z"))).toBe(3);
    // 23:30 UTC on the 28th is already the 29th in Paris (UTC+1).
    expect(parisDay(at("2026-03-28T23:30:00Z"))).toBe("2026-03-29");
    expect(formatDay("fr", at("2026-03-28T23:30:00Z"))).toBe("29 mars 2026");
    // A day later, summer time: 22:30 UTC is still the 29th, 22:30 UTC on the 29th the 30th.
    expect(parisDay(at("2026-03-29T21:59:00Z"))).toBe("2026-03-29");
    expect(parisDay(at("2026-03-29T22:00:00Z"))).toBe("2026-03-30");
  });

  it("follows the clocks across the autumn change (25 October 2026, 3 h → 2 h)", () => {
    expect(formatDayAndTime("en", at("2026-10-25T00:59:00Z"))).toBe("25 October 2026 at 2:59");
    expect(formatDayAndTime("en", at("2026-10-25T01:00:00Z"))).toBe("25 October 2026 at 2:00");
    expect(parisHour(at("2026-10-25T00:30:00Z"))).toBe(2);
    expect(parisHour(at("2026-10-25T01:30:00Z"))).toBe(2);
    // 22:30 UTC on the 24th is the 25th in Paris (UTC+2); on the 25th, 22:30 UTC is the 25th (UTC+1).
    expect(parisDay(at("2026-10-24T22:30:00Z"))).toBe("2026-10-25");
    expect(parisDay(at("2026-10-25T22:30:00Z"))).toBe("2026-10-25");
    expect(parisDay(at("2026-10-25T23:00:00Z"))).toBe("2026-10-26");
  });
});

describe("parisMonthStart", () => {
  it("is midnight in Paris on the 1st, in winter and summer time", () => {
    expect(parisMonthStart(new Date("2026-01-15T12:00:00Z")).toISOString()).toBe(
      "2025-12-31T23:00:00.000Z",
    );
    expect(parisMonthStart(new Date("2026-07-04T08:00:00Z")).toISOString()).toBe(
      "2026-06-30T22:00:00.000Z",
    );
    // 23:30 UTC on 31 May is already June in Paris.
    expect(parisMonthStart(new Date("2026-05-31T23:30:00Z")).toISOString()).toBe(
      "2026-05-31T22:00:00.000Z",
    );
  });

  it("starts the month of a clock change in the zone of its 1st", () => {
    // March starts in winter time, even asked after the spring change.
    expect(parisMonthStart(at("2026-03-29T12:00:00Z")).toISOString()).toBe(
      "2026-02-28T23:00:00.000Z",
    );
    // October starts in summer time, even asked after the autumn change.
    expect(parisMonthStart(at("2026-10-25T12:00:00Z")).toISOString()).toBe(
      "2026-09-30T22:00:00.000Z",
    );
    expect(parisMonthStart(at("2026-10-31T23:30:00Z")).toISOString()).toBe(
      "2026-10-31T23:00:00.000Z",
    );
  });
});
