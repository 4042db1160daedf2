import { Form, Link } from "@remix-run/react";
import { relativeTime, useLocale, useTranslate } from "#app/i18n/i18n";
import { formatDay, formatNumber } from "#app/i18n/format";
import { useSubmitOnChange } from "#app/components/auto-submit";
import { LIST_RADII, LIST_TABS, type ListTab } from "#app/domain/questions";

export type QuestionListItemView = {
  id: number;
  path: string;
  title: string;
  kind: "question" | "help" | "offer";
  category: string;
  /** « 3 utiles »: the up-votes, as on the question page. */
  helpful: number;
  answerCount: number;
  solved: boolean;
  closedReason: "duplicate" | "resolved" | "off-topic" | null;
  neededBy: string | null;
  createdAt: string;
  distanceKm: number;
  place: { name: string; slug: string };
  authorName: string;
  tags: string[];
};

/**
 * The questions around a place or a point: tabs and radius as plain links
 * and a GET form (they work without JavaScript and can be bookmarked), then
 * the list and a "next" link carrying the cursor.
 */
export function QuestionList({
  items,
  tab,
  radiusKm,
  nextCursor,
  atStart,
  baseQuery,
  emptyAction,
}: {
  items: QuestionListItemView[];
  tab: ListTab;
  radiusKm: number;
  nextCursor: string | null;
  /** False on the second page and after, to offer the way back to the first. */
  atStart: boolean;
  /** Query parameters to keep in every link (the point, for "near me"). */
  baseQuery?: Record<string, string>;
  emptyAction?: React.ReactNode;
}) {
  const t = useTranslate();
  const radius = useSubmitOnChange();
  const href = (params: Record<string, string | null>) => {
    const query = new URLSearchParams(baseQuery);
    for (const [name, value] of Object.entries({ tri: tab, rayon: String(radiusKm), ...params })) {
      if (value != null) query.set(name, value);
    }
    return `?${query}`;
  };
  return (
    <div className="question-list">
      <nav aria-label={t("list.tabs")}>
        <ul className="tabs">
          {LIST_TABS.map((value) => (
            <li key={value}>
              <Link
                to={href({ tri: value, apres: null })}
                aria-current={value === tab ? "page" : undefined}
                className="tab"
                preventScrollReset
              >
                {t(`list.tab.${value}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <Form method="get" className="radius-form" preventScrollReset>
        {Object.entries(baseQuery ?? {}).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <input type="hidden" name="tri" value={tab} />
        <label htmlFor="list-radius">{t("list.radius")}</label>
        <select id="list-radius" name="rayon" defaultValue={radiusKm} onChange={radius.onChange}>
          {LIST_RADII.map((km) => (
            <option key={km} value={km}>
              {t("list.radiusOption", { radius: km })}
            </option>
          ))}
        </select>
        {radius.needsButton ? (
          <button type="submit" className="button button--secondary button--small">
            {t("list.apply")}
          </button>
        ) : null}
      </Form>

      {items.length === 0 ? (
        <div className="empty-state">
          <p>{t("list.empty", { radius: radiusKm })}</p>
          {emptyAction}
        </div>
      ) : (
        <QuestionItems items={items} />
      )}
      <p className="pagination">
        {!atStart ? (
          <Link to={href({ apres: null })} className="button button--secondary">
            {t("list.first")}
          </Link>
        ) : null}
        {nextCursor ? (
          <Link to={href({ apres: nextCursor })} rel="next" className="button button--secondary">
            {t("list.more")}
          </Link>
        ) : null}
      </p>
    </div>
  );
}

/** The items of a question list, without its tabs and pages (also "Autour de moi"'s short lists). */
export function QuestionItems({ items }: { items: QuestionListItemView[] }) {
  const t = useTranslate();
  const locale = useLocale();
  return (
    <ol className="question-items">
      {items.map((item) => (
        <li key={item.id} className="question-item">
          <p className="question-item__badges">
            <span className={`kind-badge kind-badge--${item.kind}`}>{t(`kind.${item.kind}`)}</span>
            {item.solved ? (
              <span className="status-badge status-badge--resolved">{t("question.solved")}</span>
            ) : item.closedReason ? (
              <span className={`status-badge status-badge--${item.closedReason}`}>
                {t(`question.closed.${item.closedReason}`)}
              </span>
            ) : null}
            <span className="muted">{t(`category.${item.category}` as "category.autre")}</span>
          </p>
          <h3 className="question-item__title">
            <Link to={item.path}>{item.title}</Link>
          </h3>
          <p className="question-item__meta">
            <span>
              {item.answerCount === 0
                ? t("question.noAnswer")
                : t("question.answers", { count: item.answerCount })}
            </span>
            {item.helpful > 0 ? <span>{t("vote.helpful", { count: item.helpful })}</span> : null}
            <span>
              {item.place.name} ·{" "}
              {t("list.distance", { distance: formatNumber(locale, item.distanceKm) })}
            </span>
            <span suppressHydrationWarning>
              {relativeTime(locale, item.createdAt)} {t("list.by", { name: item.authorName })}
            </span>
            {item.neededBy ? (
              <span>{t("question.neededBy", { date: formatDay(locale, item.neededBy) })}</span>
            ) : null}
          </p>
        </li>
      ))}
    </ol>
  );
}
