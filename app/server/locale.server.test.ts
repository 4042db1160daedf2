import { describe, expect, it } from "vitest";
import { translate } from "#app/i18n/i18n";
import { getLocale, localeCookie, localeFromAcceptLanguage } from "./locale.server";
import { en, fr } from "#app/i18n/messages";

describe("localeFromAcceptLanguage", () => {
  it("picks the best supported language by quality", () => {
    expect(localeFromAcceptLanguage("en-GB,en;q=0.9,fr;q=0.8")).toBe("en");
    expect(localeFromAcceptLanguage("de-DE,de;q=0.9,fr;q=0.5,en;q=0.4")).toBe("fr");
    expect(localeFromAcceptLanguage("de;q=1, en;q=0.2, fr;q=0.7")).toBe("fr");
    expect(localeFromAcceptLanguage("de, es")).toBeUndefined();
    expect(localeFromAcceptLanguage("en;q=0, fr;q=0.1")).toBe("fr");
    expect(localeFromAcceptLanguage(null)).toBeUndefined();
  });
});

describe("getLocale", () => {
  it("prefers the chosen language, then the browser's, then French", async () => {
    const chosenEnglish = await localeCookie.serialize("en");
    expect(
      await getLocale(
        new Request("http://x/", { headers: { Cookie: chosenEnglish, "Accept-Language": "fr" } }),
      ),
    ).toBe("en");
    expect(
      await getLocale(new Request("http://x/", { headers: { "Accept-Language": "en-US" } })),
    ).toBe("en");
    expect(await getLocale(new Request("http://x/"))).toBe("fr");
    const bogus = await localeCookie.serialize("xx");
    expect(await getLocale(new Request("http://x/", { headers: { Cookie: bogus } }))).toBe("fr");
  });
});

describe("translate", () => {
  it("fills placeholders and formats numbers for the locale", () => {
    expect(translate("fr", "place.population", { population: 8219 })).toBe("8\u202f219 habitants");
    expect(translate("en", "place.population", { population: 8219 })).toBe("8,219 inhabitants");
    expect(translate("fr", "place.distance", { distance: 5.26 })).toBe("5,3 km");
  });

  it("has every message in both languages, with the same placeholders", () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(fr) as (keyof typeof fr)[]) {
      expect(en[key], key).toBeTruthy();
      expect(placeholders(en[key]), key).toEqual(placeholders(fr[key]));
    }
  });
});
