import { useRouteLoaderData } from "@remix-run/react";
import { formatDay, formatNumber, pluralCategory } from "./format";
import {
  DEFAULT_LOCALE,
  LOCALES,
  type Catalogue,
  type Locale,
  type Message,
  type MessageKey,
} from "./messages";

export type TranslateParams = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: TranslateParams) => string;

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/**
 * The catalogues this program holds. The server installs both when it loads
 * (catalogues.server.ts: emails go out in each member's language); the browser
 * installs only its page's, before hydrating (entry.client.tsx).
 */
const installed = new Map<Locale, Catalogue>();

export function installCatalogue(locale: Locale, catalogue: Catalogue) {
  installed.set(locale, catalogue);
}

export function hasCatalogue(locale: Locale) {
  return installed.has(locale);
}

/**
 * The catalogue of `locale`, or else the one the browser holds: a page never
 * shows keys, even if a language changed without a reload (the root then reloads).
 */
function catalogueFor(locale: Locale): [Locale, Catalogue] {
  const catalogue = installed.get(locale);
  if (catalogue) return [locale, catalogue];
  const [other] = installed;
  if (other) return other;
  throw new Error(
    "No message catalogue is installed: server code imports #app/i18n/catalogues.server, the browser loads its page's in entry.client.tsx.",
  );
}

/** Fills a message's `{placeholders}` (numbers formatted for the locale: 8 219 / 8,219). */
export function translate(locale: Locale, key: MessageKey, params: TranslateParams = {}): string {
  const [shown, catalogue] = catalogueFor(locale);
  return formatMessage(shown, catalogue[key], params);
}

/** A message in words: its plural form for the number it counts, then its placeholders filled. */
export function formatMessage(locale: Locale, message: Message, params: TranslateParams = {}) {
  const text = typeof message === "string" ? message : pluralForm(locale, message, params);
  return text.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = params[name];
    if (value === undefined) return placeholder;
    return typeof value === "number" ? formatNumber(locale, value) : value;
  });
}

function pluralForm(locale: Locale, message: Exclude<Message, string>, params: TranslateParams) {
  const count = params[message.by ?? "count"];
  if (typeof count !== "number") return message.other;
  return message[pluralCategory(locale, count)] ?? message.other;
}

/**
 * "il y a 3 h", or a date once it is more than a week old. Paris time, so
 * server and browser agree on dates; but the words follow the clock, and the
 * browser hydrates a moment after the server rendered. The element showing
 * them carries `suppressHydrationWarning`: React then updates "à l’instant"
 * to "il y a 1 min" instead of discarding the server's page (and what the
 * reader had started typing in it).
 */
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
