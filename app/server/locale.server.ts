import { createCookie } from "@remix-run/node";
import { getEnv } from "./env.server";
import { DEFAULT_LOCALE, type Locale } from "#app/i18n/messages";
import { isLocale, translate, type Translate } from "#app/i18n/i18n";
// Pages are rendered in either language: the server holds both catalogues.
import "#app/i18n/catalogues.server";

/** Remembers the language a person picked with the switcher, for a year. */
export const localeCookie = createCookie("lang", {
  path: "/",
  sameSite: "lax",
  httpOnly: true,
  secure: getEnv().NODE_ENV === "production",
  maxAge: 60 * 60 * 24 * 365,
});

/** The first supported language of an Accept-Language header, by quality. */
export function localeFromAcceptLanguage(header: string | null): Locale | undefined {
  if (!header) return undefined;
  const ranked = header
    .split(",")
    .map((part) => {
      const [tag = "", ...params] = part.trim().split(";");
      const quality = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      return {
        language: tag.toLowerCase().split("-")[0],
        quality: quality ? Number(quality.slice(2)) : 1,
      };
    })
    .filter((entry) => entry.quality > 0)
    .sort((a, b) => b.quality - a.quality);
  return ranked.map((entry) => entry.language).find(isLocale);
}

/** The person's language: the one they chose, else their browser's, else French. */
export async function getLocale(request: Request): Promise<Locale> {
  const chosen: unknown = await localeCookie.parse(request.headers.get("Cookie"));
  if (isLocale(chosen)) return chosen;
  return localeFromAcceptLanguage(request.headers.get("Accept-Language")) ?? DEFAULT_LOCALE;
}

/** The request's language and a translator for it, for messages built on the server. */
export async function getTranslator(request: Request): Promise<{ locale: Locale; t: Translate }> {
  const locale = await getLocale(request);
  return { locale, t: (key, params) => translate(locale, key, params) };
}
