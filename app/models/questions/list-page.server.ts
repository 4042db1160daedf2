import type { AppDatabase } from "#db/client";
import { translate } from "#app/i18n/i18n";
import type { Locale } from "#app/i18n/messages";
import type { Point } from "#app/domain/geo";
import { authorName } from "#app/domain/names";
import { LIST_TABS, LIST_RADII, DEFAULT_LIST_RADIUS_KM, type ListTab } from "#app/domain/questions";
import { decodeCursor, encodeCursor } from "./list-cursor.server";
import { listQuestionsNear, type QuestionListItem } from "./list-near.server";
import { questionPath } from "./paths";

/** The tab, radius and page a list URL asks for; anything unknown falls back to the defaults. */
export function listParams(url: URL) {
  const tab = url.searchParams.get("tri");
  const radius = Number(url.searchParams.get("rayon"));
  return {
    tab: (LIST_TABS as readonly string[]).includes(tab ?? "") ? (tab as ListTab) : "recent",
    radiusKm: (LIST_RADII as readonly number[]).includes(radius) ? radius : DEFAULT_LIST_RADIUS_KM,
    cursor: decodeCursor(url.searchParams.get("apres")),
  };
}

/** One page of the questions around a point, ready to render (names as the viewer may see them). */
export function questionListPage(
  db: AppDatabase,
  centre: Point,
  params: ReturnType<typeof listParams>,
  viewer: { signedIn: boolean; locale: Locale },
) {
  const { items, nextCursor } = listQuestionsNear(db, { centre, ...params });
  return {
    items: questionListViews(items, viewer),
    nextCursor: nextCursor ? encodeCursor(nextCursor) : null,
  };
}

/** List items as the viewer may see them ("Camille D." for visitors). */
export function questionListViews(
  items: QuestionListItem[],
  viewer: { signedIn: boolean; locale: Locale },
) {
  const formerMember = translate(viewer.locale, "profile.formerMember");
  return items.map((item) => ({
    id: item.id,
    path: questionPath(item),
    title: item.title,
    kind: item.kind,
    category: item.category,
    helpful: item.upvoteCount,
    answerCount: item.answerCount,
    solved: item.solved,
    closedReason: item.closedReason,
    neededBy: item.neededBy,
    createdAt: item.createdAt.toISOString(),
    distanceKm: item.distanceKm,
    place: item.place,
    authorName: authorName(item.author, { full: viewer.signedIn, formerMember }),
    tags: item.tags,
  }));
}
