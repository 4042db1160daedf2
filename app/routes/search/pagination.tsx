import { Link } from "@remix-run/react";
import { useTranslate } from "#app/i18n/i18n";

/** Page links: the first, the last, and two either side of the current one. */
export function Pagination({
  current,
  count,
  href,
}: {
  current: number;
  count: number;
  href: (page: number) => string;
}) {
  const t = useTranslate();
  const pages = Array.from({ length: count }, (_, index) => index + 1).filter(
    (page) => page === 1 || page === count || Math.abs(page - current) <= 2,
  );
  return (
    <nav aria-label={t("search.pages")}>
      <ul className="search-pages">
        {current > 1 ? (
          <li>
            <Link to={href(current - 1)} rel="prev" className="search-pages__link">
              {t("search.previous")}
            </Link>
          </li>
        ) : null}
        {pages.map((page, index) => (
          <li key={page}>
            {index > 0 && page - pages[index - 1]! > 1 ? (
              <span className="search-pages__gap" aria-hidden="true">
                …
              </span>
            ) : null}
            <Link
              to={href(page)}
              className="search-pages__link"
              aria-current={page === current ? "page" : undefined}
              aria-label={t("search.page", { page })}
            >
              {page}
            </Link>
          </li>
        ))}
        {current < count ? (
          <li>
            <Link to={href(current + 1)} rel="next" className="search-pages__link">
              {t("search.next")}
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
