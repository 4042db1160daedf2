import { redirect, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { translate, useLocale, useTranslate } from "#app/i18n/i18n";
import { formatDay } from "#app/i18n/format";
import { getLocale } from "#app/server/locale.server";
import type { MessageKey } from "#app/i18n/messages";
import { moderationLog } from "#app/models/moderation/log.server";
import { staffRoleFor } from "#app/models/members/staff-roles.server";
import { MODERATION_RULES } from "#app/domain/moderation";
import { getPlace } from "#app/models/places/places.server";
import { getUser } from "#app/server/auth.server";
import { getDb } from "#app/server/db.server";
import { notFound } from "#app/server/not-found.server";

function pageFrom(url: URL) {
  const page = Number(url.searchParams.get("page") ?? "1");
  return Number.isSafeInteger(page) && page >= 1 && page <= 10_000 ? page : 1;
}

/**
 * GET /p/:slug/moderation: every moderation decision of the place, public:
 * what, when, which rule, by which role. No names, no removed content.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const db = getDb();
  const place = getPlace(db, params.slug ?? "");
  if (!place) throw notFound("place");
  if (place.slug !== params.slug) return redirect(`/p/${place.slug}/moderation${url.search}`, 301);
  const page = pageFrom(url);
  const log = moderationLog(db, place.id, page);
  const viewer = await getUser(request);
  return {
    locale: await getLocale(request),
    place: { name: place.name, slug: place.slug },
    page,
    hasMore: log.hasMore,
    isStaff: Boolean(viewer && staffRoleFor(db, viewer, place.id)),
    entries: log.entries.map((entry) => ({ ...entry, createdAt: entry.createdAt.toISOString() })),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  data
    ? [
        {
          title: `${translate(data.locale, "log.title", { place: data.place.name })} · Coup de main`,
        },
      ]
    : [];

export default function ModerationLog() {
  const { place, page, hasMore, isStaff, entries } = useLoaderData<typeof loader>();
  const t = useTranslate();
  const locale = useLocale();
  const path = `/p/${place.slug}/moderation`;
  return (
    <section className="stack" aria-labelledby="log-title">
      <h1 id="log-title">{t("log.title", { place: place.name })}</h1>
      <p>{t("log.intro", { place: place.name })}</p>
      <p className="post-links">
        <Link to="/moderation/regles">{t("moderation.rulesLink")}</Link>
        {isStaff ? (
          <>
            {" "}
            <Link to={`/moderation?lieu=${place.slug}`}>{t("log.queueLink")}</Link>
          </>
        ) : null}
      </p>
      {entries.length === 0 ? (
        <p className="notice">{t("log.empty", { place: place.name })}</p>
      ) : (
        <ol className="moderation-log" aria-label={t("log.entries")}>
          {entries.map((entry) => (
            <li key={entry.id} className="moderation-log__entry">
              <time dateTime={entry.createdAt}>{formatDay(locale, entry.createdAt)}</time>{" "}
              <strong>{t(`log.action.${entry.action}`)}</strong> :{" "}
              {entry.href ? (
                <Link to={entry.href}>{t(`log.target.${entry.targetType}`)}</Link>
              ) : (
                t(`log.target.${entry.targetType}`)
              )}
              {entry.suspensionDays != null ? (
                <> {t("log.suspension", { days: entry.suspensionDays })}</>
              ) : null}
              {" · "}
              {entry.publicReason
                ? t("log.reason", { reason: entry.publicReason })
                : t("log.rule", { rule: ruleName(t, entry.rule) })}
              {" · "}
              {t("log.by", { role: t(`log.role.${entry.actorRole}`) })}
            </li>
          ))}
        </ol>
      )}
      {page > 1 || hasMore ? (
        <nav aria-label={t("log.pages")} className="pagination">
          {page > 1 ? (
            <Link to={page === 2 ? path : `${path}?page=${page - 1}`}>{t("log.newer")}</Link>
          ) : null}{" "}
          {hasMore ? <Link to={`${path}?page=${page + 1}`}>{t("log.older")}</Link> : null}
        </nav>
      ) : null}
    </section>
  );
}

/** A rule's French name; an unknown one (older data) is shown as it was stored. */
function ruleName(t: ReturnType<typeof useTranslate>, rule: string) {
  return (MODERATION_RULES as readonly string[]).includes(rule)
    ? t(`moderation.rule.${rule}` as MessageKey)
    : rule;
}
