import { installCatalogue, isLocale } from "./i18n";
import { DEFAULT_LOCALE, type Catalogue, type Locale } from "./messages";

/** One chunk per language: a French reader never downloads the English catalogue. */
const catalogueChunks: Record<Locale, () => Promise<Catalogue>> = {
  fr: async () => (await import("./catalogue.fr")).fr,
  en: async () => (await import("./catalogue.en")).en,
};

/** Downloads and installs the catalogue of a page's language (`<html lang>`), in the browser. */
export async function loadCatalogue(lang: string) {
  const locale = isLocale(lang) ? lang : DEFAULT_LOCALE;
  installCatalogue(locale, await catalogueChunks[locale]());
}
