import { Link, useRouteLoaderData } from "@remix-run/react";
import { useTranslate } from "#app/i18n/i18n";

const PAGES = [
  ["/a-propos", "footer.about"],
  ["/moderation/regles", "footer.rules"],
  ["/confidentialite", "footer.privacy"],
  ["/mentions-legales", "footer.legal"],
  ["/contact", "footer.contact"],
] as const;

/**
 * The footer of every page: the site's own pages, and the code it runs (the
 * AGPL asks a network service to offer it; SOURCE_CODE_URL, from the root).
 */
export function SiteFooter() {
  const t = useTranslate();
  const sourceCodeUrl = useRouteLoaderData<{ sourceCodeUrl?: string }>("root")?.sourceCodeUrl;
  return (
    <footer className="site-footer">
      <nav aria-label={t("footer.nav")}>
        <ul className="site-footer__links">
          {PAGES.map(([to, label]) => (
            <li key={to}>
              <Link to={to}>{t(label)}</Link>
            </li>
          ))}
          {sourceCodeUrl ? (
            <li>
              <a href={sourceCodeUrl}>{t("footer.sourceCode")}</a>
            </li>
          ) : null}
        </ul>
      </nav>
      <p>{t("app.tagline")}</p>
      <p className="site-footer__small">{t("footer.places")}</p>
    </footer>
  );
}
