import { PartnerBadge } from "#app/components/partner-badge";
import { Link } from "@remix-run/react";
import { OpeningStatusLine } from "#app/components/opening-hours";
import { relativeTime, useLocale, useTranslate } from "#app/i18n/i18n";
import { formatNumber } from "#app/i18n/format";
import type { MessageKey } from "#app/i18n/messages";
import type { SearchHitView } from "#app/models/search-page/search-page.server";

type QuestionHitView = Extract<SearchHitView, { type: "question" }>;
type OrganisationHitView = Extract<SearchHitView, { type: "organisation" }>;

/** The questions and listings found, best first, with the words found highlighted. */
export function SearchHits({ hits }: { hits: SearchHitView[] }) {
  return (
    <ol className="question-items search-hits">
      {hits.map((hit) =>
        hit.type === "organisation" ? (
          <OrganisationHit key={`o${hit.id}`} hit={hit} />
        ) : (
          <QuestionHit key={`q${hit.id}`} hit={hit} />
        ),
      )}
    </ol>
  );
}

/** A listing as a card: its kind and category, its commune, and whether it is open now. */
function OrganisationHit({ hit }: { hit: OrganisationHitView }) {
  const t = useTranslate();
  const locale = useLocale();
  return (
    <li className="question-item search-hit search-hit--organisation">
      <p className="question-item__badges">
        <span className="kind-badge kind-badge--organisation">
          {t(`directory.kind.${hit.kind}`)}
        </span>
        <span className="muted">{t(`directory.category.${hit.category}`)}</span>
        {hit.partner ? <PartnerBadge /> : null}
      </p>
      <HitHeading hit={hit} />
      {hit.openingStatus ? <OpeningStatusLine status={hit.openingStatus} /> : null}
      <p className="question-item__meta">
        <span>
          {/* From a commune's centre, a distance under 1 km says nothing. */}
          {hit.distanceKm != null && (!hit.approximate || hit.distanceKm >= 1)
            ? `${hit.place.name} · ${t(hit.approximate ? "directory.distanceApprox" : "directory.distance", { distance: formatNumber(locale, hit.distanceKm) })}`
            : hit.place.name}
        </span>
        <span>{t("search.listing")}</span>
      </p>
    </li>
  );
}

/** A hit's linked title and snippet, as the engine highlighted them. */
function HitHeading({ hit }: { hit: SearchHitView }) {
  return (
    <>
      <h3 className="question-item__title">
        <Link to={hit.path}>
          {/* The engine escapes the title (a listing's name) and adds only <mark> (search/engine.ts). */}
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
    </>
  );
}

/** A question: its kind, whether it is solved, its answers. */
function QuestionHit({ hit }: { hit: QuestionHitView }) {
  const t = useTranslate();
  const locale = useLocale();
  return (
    <li className="question-item search-hit">
      <p className="question-item__badges">
        <span className={`kind-badge kind-badge--${hit.kind}`}>{t(`kind.${hit.kind}`)}</span>
        {hit.solved ? (
          <span className="status-badge status-badge--resolved">{t("question.solved")}</span>
        ) : null}
        <span className="muted">{t(`category.${hit.category}` as MessageKey)}</span>
      </p>
      <HitHeading hit={hit} />
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
