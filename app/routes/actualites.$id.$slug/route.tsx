import { data, redirect, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { formatDay } from "#app/i18n/format";
import { useTranslate } from "#app/i18n/i18n";
import { PostPhotos } from "#app/components/post-photos";
import { organisationPath } from "#app/domain/directory";
import { approveNews } from "#app/models/news/publish.server";
import { getNewsPost } from "#app/models/news/read.server";
import { newsPath } from "#app/models/news/paths";
import { thankNews } from "#app/models/news/thanks.server";
import { parsePostId } from "#app/models/questions/paths";
import { refusalPage } from "#app/models/refusal-message";
import { defineAction } from "#app/server/actions.server";
import { getUser, requireVerifiedEmail } from "#app/server/auth.server";
import { getDb } from "#app/server/db.server";
import { getLocale, getTranslator } from "#app/server/locale.server";
import { notFound } from "#app/server/not-found.server";
import { newsPageData } from "./page-data.server";

/** /actualites/:id/:slug: one news post, its photos, « Merci », and the questions asked about it. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const db = getDb();
  const post = getNewsPost(db, parsePostId(params.id));
  const page = post && newsPageData(db, post, await getUser(request));
  if (!post || !page) throw notFound("page");
  if (post.slug !== params.slug) return redirect(newsPath(post), 301);
  const url = new URL(request.url);
  return {
    locale: await getLocale(request),
    canonicalUrl: `${url.origin}${newsPath(post)}`,
    ...page,
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  if (!data) return [{ title: "Coup de main" }];
  const waiting = data.post.status !== "published" || data.post.removed;
  return [
    { title: `${data.post.title} · Coup de main` },
    { tagName: "link", rel: "canonical", href: data.canonicalUrl },
    { property: "og:title", content: data.post.title },
    { property: "og:type", content: "article" },
    ...(waiting ? [{ name: "robots", content: "noindex" }] : []),
  ];
};

/** « Merci » (once per member) and, for the place's staff, the approval of a waiting post. */
export const action = defineAction(
  { intents: { thank: "react", approve: "moderate" } },
  async ({ request, params, intent }) => {
    const user = await requireVerifiedEmail(request);
    const { t } = await getTranslator(request);
    const db = getDb();
    const id = parsePostId(params.id);
    const outcome =
      intent === "approve" ? approveNews(db, user.id, id) : thankNews(db, user.id, id);
    if (!outcome.ok) throw refusalPage(t, outcome.refusal);
    return data({ done: intent });
  },
);

export default function NewsPost() {
  const { locale, post, photos, questions, viewer } = useLoaderData<typeof loader>();
  const t = useTranslate();
  const reach =
    post.reachKm > 0
      ? t("news.reach.km", { place: post.place.name, km: post.reachKm })
      : t("news.reach.0", { place: post.place.name });
  const askQuery = new URLSearchParams({ actualite: String(post.id), lieu: post.place.code });
  return (
    <article className="stack news-post" aria-labelledby="news-title">
      <nav aria-label={t("news.listing.title")} className="breadcrumb">
        <Link to={`/p/${post.place.slug}`}>{post.place.name}</Link>
        <span aria-hidden="true"> › </span>
        <Link to={`/p/${post.place.slug}/actualites`}>{t("news.listing.title")}</Link>
      </nav>
      <h1 id="news-title">{post.title}</h1>
      <p className="muted">
        {post.organisation ? (
          <>
            {t("news.by", { author: "" })}
            <Link to={organisationPath(post.organisation)}>{post.organisation.name}</Link>
          </>
        ) : (
          t("news.by", { author: post.byline })
        )}
        {" · "}
        {t("news.publishedOn", { date: formatDay(locale, post.publishedAt) })}
        {" · "}
        {reach}
      </p>
      {post.removed ? <p className="notice">{t("news.removed")}</p> : null}
      {post.status === "pending-approval" ? (
        <div className="notice stack">
          <p>{t("news.pending", { place: post.place.name })}</p>
          {viewer.canApprove ? (
            <Form method="post">
              <button type="submit" name="intent" value="approve" className="button">
                {t("news.approve")}
              </button>
            </Form>
          ) : null}
        </div>
      ) : null}
      <div className="prose" dangerouslySetInnerHTML={{ __html: post.bodyHtml }} />
      <PostPhotos photos={photos} />
      <div className="news-post__actions">
        <p aria-live="polite">{t("news.thanksCount", { count: post.thanksCount })}</p>
        {viewer.signedIn && !viewer.isAuthor && post.status === "published" ? (
          viewer.thanked ? (
            <p className="muted">{t("news.thanked")}</p>
          ) : (
            <Form method="post">
              <button
                type="submit"
                name="intent"
                value="thank"
                className="button button--secondary"
              >
                {t("news.thanks")}
              </button>
            </Form>
          )
        ) : null}
        {post.status === "published" ? (
          <Link className="button button--secondary" to={`/demander?${askQuery}`}>
            {t("news.ask")}
          </Link>
        ) : null}
      </div>
      {questions.length ? (
        <section aria-labelledby="news-questions" className="stack">
          <h2 id="news-questions">{t("news.questions")}</h2>
          <ul>
            {questions.map((question) => (
              <li key={question.path}>
                <Link to={question.path}>{question.title}</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  );
}
