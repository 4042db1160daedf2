import { redirect, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { formatDay } from "#app/i18n/format";
import { translate, useTranslate } from "#app/i18n/i18n";
import { NEWS_READER_RADII_KM } from "#app/domain/news";
import { staffRoleFor } from "#app/models/members/staff-roles.server";
import { newsPath } from "#app/models/news/paths";
import { placeNews, readerRadius } from "#app/models/news/place-news.server";
import { byline, newsSummary, pendingNews } from "#app/models/news/read.server";
import { getUser } from "#app/server/auth.server";
import { getDb } from "#app/server/db.server";
import { getLocale } from "#app/server/locale.server";
import { notFound } from "#app/server/not-found.server";

/** /p/:slug/actualites?rayon=10: the news of a place and its neighbours, newest first. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const db = getDb();
  const radiusKm = readerRadius(url.searchParams.get("rayon"));
  const found = placeNews(db, params.slug ?? "", radiusKm);
  if (!found) throw notFound("place");
  const { place, posts } = found;
  if (place.slug !== params.slug) return redirect(`/p/${place.slug}/actualites${url.search}`, 301);
  const user = await getUser(request);
  const staff = user != null && staffRoleFor(db, user, place.id) != null;
  const item = (post: (typeof posts)[number]) => ({
    id: post.id,
    path: newsPath(post),
    title: post.title,
    byline: byline(post),
    placeName: post.placeName,
    publishedAt: (post.publishedAt ?? post.createdAt).toISOString(),
    summary: newsSummary(post),
    thanksCount: post.thanksCount,
  });
  return {
    locale: await getLocale(request),
    canonicalUrl: `${url.origin}/p/${place.slug}/actualites`,
    feedPath: `/p/${place.slug}/actualites.atom?rayon=${radiusKm}`,
    place: { name: place.name, slug: place.slug },
    radiusKm,
    signedIn: user != null,
    posts: posts.map(item),
    pending: staff ? pendingNews(db, place.id).map(item) : [],
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  if (!data) return [{ title: "Coup de main" }];
  const title = translate(data.locale, "news.place.title", { place: data.place.name });
  return [
    { title: `${title} · Coup de main` },
    {
      name: "description",
      content: translate(data.locale, "news.place.lead", { place: data.place.name }),
    },
    { tagName: "link", rel: "canonical", href: data.canonicalUrl },
    { tagName: "link", rel: "alternate", type: "application/atom+xml", title, href: data.feedPath },
  ];
};

type Item = ReturnType<typeof useLoaderData<typeof loader>>["posts"][number];

function NewsList({ items, locale }: { items: Item[]; locale: "fr" | "en" }) {
  const t = useTranslate();
  return (
    <ul className="news-list">
      {items.map((post) => (
        <li key={post.id} className="card news-card">
          <h3>
            <Link to={post.path}>{post.title}</Link>
          </h3>
          <p className="muted">
            {t("news.by", { author: post.byline })} · {post.placeName} ·{" "}
            {formatDay(locale, post.publishedAt)}
          </p>
          <p>{post.summary}</p>
          {post.thanksCount ? (
            <p className="muted">{t("news.thanksCount", { count: post.thanksCount })}</p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

export default function PlaceNews() {
  const { locale, place, radiusKm, posts, pending, feedPath, signedIn } =
    useLoaderData<typeof loader>();
  const t = useTranslate();
  return (
    <article className="stack" aria-labelledby="news-title">
      <nav aria-label={t("news.listing.title")} className="breadcrumb">
        <Link to={`/p/${place.slug}`}>{place.name}</Link>
        <span aria-hidden="true"> › </span>
        <span>{t("news.listing.title")}</span>
      </nav>
      <h1 id="news-title">{t("news.place.title", { place: place.name })}</h1>
      <p className="lead">{t("news.place.lead", { place: place.name })}</p>
      <Form method="get" className="card directory-filters">
        <div className="directory-filters__field">
          <label htmlFor="news-radius">{t("news.radius")}</label>
          <select id="news-radius" name="rayon" defaultValue={radiusKm}>
            {NEWS_READER_RADII_KM.map((km) => (
              <option key={km} value={km}>
                {km === 0 ? t("news.radius.0", { place: place.name }) : t("news.radius.km", { km })}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button button--secondary">
          {t("news.radius.submit")}
        </button>
      </Form>
      <p className="news-links">
        <a href={feedPath} type="application/atom+xml">
          {t("news.feed")}
        </a>
        {signedIn ? (
          <>
            {" · "}
            <Link to={`/actualites/nouvelle?lieu=${place.slug}`}>{t("news.publishLink")}</Link>
          </>
        ) : null}
      </p>
      {pending.length ? (
        <section aria-labelledby="news-pending" className="stack">
          <h2 id="news-pending">{t("news.pendingList")}</h2>
          <NewsList items={pending} locale={locale} />
        </section>
      ) : null}
      {posts.length ? (
        <NewsList items={posts} locale={locale} />
      ) : (
        <p className="notice">{t("news.place.empty")}</p>
      )}
    </article>
  );
}
