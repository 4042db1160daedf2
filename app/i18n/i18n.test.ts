import { describe, expect, it, vi } from "vitest";
import { formatMessage, relativeTime, translate } from "./i18n";
import { en } from "./catalogue.en";
import { fr } from "./catalogue.fr";
import { emailCatalogues, translateEmail } from "./emails.server";
import type { Message } from "./messages";

describe("translate", () => {
  it("fills placeholders and formats numbers for the locale", () => {
    expect(translate("fr", "place.population", { population: 8219 })).toBe("8\u202f219 habitants");
    expect(translate("en", "place.population", { population: 8219 })).toBe("8,219 inhabitants");
    expect(translate("fr", "place.distance", { distance: 5.26 })).toBe("5,3 km");
  });

  it("has every message in both languages, with the same placeholders", () => {
    const placeholders = (message: Message) =>
      [...new Set(forms(message).flatMap((text) => [...text.matchAll(/\{(\w+)\}/g)]))]
        .map((m) => m[1])
        .sort();
    for (const key of Object.keys(fr) as (keyof typeof fr)[]) {
      expect(en[key], key).toBeTruthy();
      expect(placeholders(en[key]), key).toEqual(placeholders(fr[key]));
    }
  });
});

/** The sentences of a message: itself, or each of its plural forms. */
function forms(message: Message): string[] {
  if (typeof message === "string") return [message];
  return Object.entries(message)
    .filter(([name]) => name !== "by")
    .map(([, text]) => text as string);
}

describe("catalogues", () => {
  it("gives English the plural forms French has, counting the same parameter", () => {
    for (const key of Object.keys(fr) as (keyof typeof fr)[]) {
      const french: Message = fr[key];
      const english = en[key];
      expect(typeof english, key).toBe(typeof french);
      if (typeof french !== "string" && typeof english !== "string") {
        expect(english.by, key).toBe(french.by);
        expect(forms(french).join(" ")).toContain(`{${french.by ?? "count"}}`);
      }
    }
  });

  it("has every email message in both languages, with the same placeholders", () => {
    const placeholders = (message: Message) =>
      forms(message)
        .flatMap((text) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))
        .sort();
    const { fr: frEmails, en: enEmails } = emailCatalogues;
    expect(Object.keys(enEmails).sort()).toEqual(Object.keys(frEmails).sort());
    for (const key of Object.keys(frEmails) as (keyof typeof frEmails)[]) {
      expect(placeholders(enEmails[key]), key).toEqual(placeholders(frEmails[key]));
    }
  });

  it("keeps the emails' text out of the site's catalogues", () => {
    const siteKeys = new Set(Object.keys(fr));
    for (const key of Object.keys(emailCatalogues.fr)) expect(siteKeys.has(key), key).toBe(false);
  });
});

describe("plurals", () => {
  it("says 1 utile, 2 utiles, 1 234 utiles in French; 1 helpful vote, 2 helpful votes in English", () => {
    const helpful = (locale: "fr" | "en", count: number) =>
      translate(locale, "vote.helpful", { count });
    expect([0, 1, 2, 1234].map((count) => helpful("fr", count))).toEqual([
      "0 utile",
      "1 utile",
      "2 utiles",
      "1\u202f234 utiles",
    ]);
    expect([0, 1, 2, 1234].map((count) => helpful("en", count))).toEqual([
      "0 helpful votes",
      "1 helpful vote",
      "2 helpful votes",
      "1,234 helpful votes",
    ]);
  });

  it("counts thanks: 1 merci, 2 mercis; 1 thank-you, 2 thanks", () => {
    const thanks = (locale: "fr" | "en", count: number) =>
      translate(locale, "post.thanksCount", { count });
    expect([1, 2].map((count) => thanks("fr", count))).toEqual(["1 merci", "2 mercis"]);
    expect([1, 2].map((count) => thanks("en", count))).toEqual(["1 thank-you", "2 thanks"]);
  });

  it("agrees the other words of the sentence too", () => {
    expect(translate("fr", "bell.labelUnread", { count: 1 })).toBe("Notifications, 1 non lue");
    expect(translate("fr", "bell.labelUnread", { count: 3 })).toBe("Notifications, 3 non lues");
    expect(translate("fr", "place.moreNeighbours", { count: 1 })).toBe("… et 1 autre commune.");
    expect(translate("en", "place.moreNeighbours", { count: 12 })).toBe("… and 12 more towns.");
    expect(translate("fr", "log.suspension", { days: 1 })).toBe("pour 1 jour");
    expect(translate("en", "log.suspension", { days: 30 })).toBe("for 30 days");
    expect(translateEmail("fr", "emails.digest.subject", { count: 1 })).toBe(
      "Votre résumé Coup de main : 1 nouveauté près de chez vous",
    );
    expect(translateEmail("en", "emails.digest.subject", { count: 4 })).toBe(
      "Your Coup de main digest: 4 new things near you",
    );
  });

  it("formats the number it counts, and falls back to `other` for a form the message lacks", () => {
    // French says "many" from a million: the message has no such form.
    expect(translate("fr", "search.summary", { count: 1_000_000 })).toBe(
      "1\u202f000\u202f000 résultats",
    );
    expect(translate("en", "search.summary", { count: 1234 })).toBe("1,234 results");
    expect(formatMessage("fr", { one: "{count} vote", other: "{count} votes" })).toBe(
      "{count} votes",
    );
  });
});

describe("relativeTime", () => {
  const now = new Date("2026-03-11T12:00:00Z");
  const ago = (minutes: number) => new Date(now.getTime() - minutes * 60_000);

  it("says how long ago in minutes, hours and days, then the date", () => {
    expect(relativeTime("fr", ago(0.5), now)).toBe("à l’instant");
    expect(relativeTime("fr", ago(5), now)).toBe("il y a 5 min");
    expect(relativeTime("en", ago(3 * 60), now)).toBe("3 h ago");
    expect(relativeTime("fr", ago(2 * 24 * 60), now)).toBe("il y a 2 j");
    expect(relativeTime("fr", ago(8 * 24 * 60), now)).toBe("le 3 mars 2026");
    expect(relativeTime("en", ago(8 * 24 * 60).toISOString(), now)).toBe("on 3 March 2026");
  });
});

describe("a browser's catalogue", () => {
  it("is the only one it holds: other locales read from it, and none at all is an error", async () => {
    vi.resetModules();
    const browser = await import("./i18n");
    expect(() => browser.translate("fr", "nav.signIn")).toThrow(/No message catalogue/);
    browser.installCatalogue("en", en);
    expect(browser.hasCatalogue("fr")).toBe(false);
    expect(browser.translate("en", "nav.signIn")).toBe("Sign in");
    // Root data without a locale (a crash page) asks for French: the page stays English.
    expect(browser.translate("fr", "nav.signIn")).toBe("Sign in");
  });
});
