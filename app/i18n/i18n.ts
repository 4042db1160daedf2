import { useRouteLoaderData } from "@remix-run/react";
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

export function formatNumber(locale: Locale, value: number, maximumFractionDigits = 1) {
  return new Intl.NumberFormat(locale === "fr" ? "fr-FR" : "en-GB", {
    maximumFractionDigits,
  }).format(value);
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
