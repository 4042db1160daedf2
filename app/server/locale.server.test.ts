import { describe, expect, it } from "vitest";
import { getLocale, localeCookie, localeFromAcceptLanguage } from "./locale.server";

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
