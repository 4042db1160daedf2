import { useRouteLoaderData } from "@remix-run/react";
import { formatDay, formatNumber } from "./format";
import { catalogues, DEFAULT_LOCALE, LOCALES, type Locale, type MessageKey } from "./messages";

export type TranslateParams = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: TranslateParams) => string;

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** Fills a message's `{placeholders}`; numbers are formatted for the locale (8 219 / 8,219). */
export function translate(locale: Locale, key: MessageKey, params: TranslateParams = {}): string {
  const message = catalogues[locale][key];
  return message.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = params[name];
    if (value === undefined) return placeholder;
    return typeof value === "number" ? formatNumber(locale, value) : value;
  });
}

/** "il y a 3 h", or a date once it is more than a week old. Paris time, so server and browser agree. */
export function relativeTime(locale: Locale, at: Date | string, now = new Date()) {
  const date = typeof at === "string" ? new Date(at) : at;
  const minutes = Math.floor((now.getTime() - date.getTime()) / 60_000);
  if (minutes < 1) return translate(locale, "time.justNow");
  if (minutes < 60) return translate(locale, "time.minutes", { count: minutes });
  if (minutes < 24 * 60)
    return translate(locale, "time.hours", { count: Math.floor(minutes / 60) });
  if (minutes < 7 * 24 * 60) {
    return translate(locale, "time.days", { count: Math.floor(minutes / (24 * 60)) });
  }
  return translate(locale, "time.on", { date: formatDay(locale, date) });
}

/** The locale chosen by the root loader (French when the root data is not there, as in a crash). */
export function useLocale(): Locale {
  const data = useRouteLoaderData<{ locale?: Locale }>("root");
  return isLocale(data?.locale) ? data.locale : DEFAULT_LOCALE;
}

export function useTranslate(): Translate {
  const locale = useLocale();
  return (key, params) => translate(locale, key, params);
}
