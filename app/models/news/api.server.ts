import type { AppDatabase } from "#db/client";
import { haversineKm } from "#app/domain/geo";
import { newsPath } from "./paths";
import { placeNews } from "./place-news.server";
import { byline, newsSummary } from "./read.server";

/** The news of a place within a radius as the public API shows it (docs/api.md). */
export function newsForApi(db: AppDatabase, codeOrSlug: string, radiusKm: number, origin: string) {
  const found = placeNews(db, codeOrSlug, radiusKm, 50);
  if (!found) return undefined;
  const { place, posts } = found;
  return {
    news: posts.map((post) => ({
      id: post.id,
      title: post.title,
      url: `${origin}${newsPath(post)}`,
      summary: newsSummary(post),
      bodyHtml: post.bodyHtml,
      publishedAt: (post.publishedAt ?? post.createdAt).toISOString(),
      author: byline(post),
      organisation:
        post.organisationId != null
          ? { id: post.organisationId, name: post.organisationName }
          : null,
      place: { code: post.placeCode, name: post.placeName, slug: post.placeSlug },
      reachKm: post.reachKm,
      distanceKm: Math.round(haversineKm(place, post) * 10) / 10,
      thanks: post.thanksCount,
    })),
  };
}
