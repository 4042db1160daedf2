import { Link } from "@remix-run/react";
import { relativeTime, useLocale, useTranslate } from "#app/i18n/i18n";
import { formatNumber } from "#app/i18n/format";
import type { MessageKey } from "#app/i18n/messages";
import type { SearchHitView } from "#app/models/search-page/search-page.server";

/** The questions found, best first, with the words found highlighted. */
export function SearchHits({ hits }: { hits: SearchHitView[] }) {
  const t = useTranslate();
  const locale = useLocale();
  return (
    <ol className="question-items search-hits">
      {hits.map((hit) => (
        <li key={hit.id} className="question-item search-hit">
          <p className="question-item__badges">
            <span className={`kind-badge kind-badge--${hit.kind}`}>{t(`kind.${hit.kind}`)}</span>
            {hit.solved ? (
              <span className="status-badge status-badge--resolved">{t("question.solved")}</span>
            ) : null}
            <span className="muted">{t(`category.${hit.category}` as MessageKey)}</span>
          </p>
          <h3 className="question-item__title">
            <Link to={hit.path}>
              {/* The engine escapes the title and adds only <mark> (search/engine.ts). */}
              <span dangerouslySetInnerHTML={{ __html: hit.titleHtml }} />
            </Link>
          </h3>
          {hit.snippetHtml ? (
            <p
              className="search-hit__snippet"
              // Escaped by the engine too, with <mark> around the words found.
              dangerouslySetInnerHTML={{ __html: hit.snippetHtml }}
            />
          ) : null}
          <p className="question-item__meta">
            <span>
              {hit.distanceKm != null
                ? `${hit.place.name} · ${t("list.distance", { distance: formatNumber(locale, hit.distanceKm) })}`
                : hit.place.name}
            </span>
            <span>
              {hit.answerCount === 0
                ? t("search.answers.none")
                : t("search.answers", { count: hit.answerCount })}
            </span>
            {hit.helpful > 0 ? <span>{t("vote.helpful", { count: hit.helpful })}</span> : null}
            <span suppressHydrationWarning>{relativeTime(locale, hit.createdAt)}</span>
          </p>
        </li>
      ))}
    </ol>
  );
}

/** Nothing found: the way to ask it instead, prefilled with the words and the place. */
export function NoHits({
  askHref,
  whoHref,
  withQuery,
}: {
  askHref: string;
  whoHref: string;
  withQuery: boolean;
}) {
  const t = useTranslate();
  return (
    <div className="empty-state">
      <p className="search-empty__title">{t("search.empty")}</p>
      <p>{t("search.emptyHint")}</p>
      <p>
        <Link to={askHref} className="button">
          {withQuery ? t("search.emptyCta") : t("search.emptyCtaNoQuery")}
        </Link>
      </p>
      <p>
        <Link to={whoHref}>{t("whoCanHelp.emptySearchLink")}</Link>
      </p>
    </div>
  );
}
