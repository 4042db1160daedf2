import type { LoaderFunctionArgs } from "@remix-run/node";
import { notFound } from "#app/server/not-found.server";
import { translate } from "#app/i18n/i18n";
import { newsAtomFeed } from "#app/models/news/atom.server";
import { placeNews, readerRadius } from "#app/models/news/place-news.server";
import { siteOrigin } from "#app/models/sitemap/sitemap.server";
import { getDb } from "#app/server/db.server";

/** /p/:slug/actualites.atom?rayon=10: the Atom feed of a place's news within a radius. */
export function loader({ request, params }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const radiusKm = readerRadius(url.searchParams.get("rayon"));
  const found = placeNews(getDb(), params.slug ?? "", radiusKm, 50);
  if (!found) throw notFound("place");
  const { place, posts } = found;
  const xml = newsAtomFeed({
    origin: siteOrigin(request),
    title: `${translate("fr", "news.place.title", { place: place.name })} · Coup de main`,
    pagePath: `/p/${place.slug}/actualites?rayon=${radiusKm}`,
    feedPath: `/p/${place.slug}/actualites.atom?rayon=${radiusKm}`,
    posts,
  });
  return new Response(xml, {
    headers: {
      "Content-Type": "application/atom+xml; charset=utf-8",
      "Cache-Control": "public, max-age=300",
    },
  });
}
