import { sitePage, type SitePageName } from "#app/i18n/site-pages.server";
import { getEnv, legalSettings } from "./env.server";
import { getLocale } from "./locale.server";

/** The data of a footer page: its text in the reader's language, with the publisher's settings. */
export async function sitePageLoader(request: Request, name: SitePageName) {
  const locale = await getLocale(request);
  return { page: sitePage(locale, name, legalSettings(getEnv())) };
}
