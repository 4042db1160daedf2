import type { AppDatabase } from "#db/client";
import { shownImage } from "#app/domain/images";
import { isManager } from "#app/models/directory/claims.server";
import { staffRoleFor } from "#app/models/members/staff-roles.server";
import {
  byline,
  hasThanked,
  isPublicNews,
  newsImages,
  questionsAboutNews,
  type NewsRow,
} from "#app/models/news/read.server";
import { questionPath } from "#app/models/questions/paths";
import type { SessionUser } from "#app/server/auth.server";

/**
 * What the post page shows, and to whom: anyone reads a published post; a
 * waiting or removed one only its author, its listing's managers and the
 * place's staff (else the route answers 404, as for a post that is not there).
 */
export function newsPageData(db: AppDatabase, post: NewsRow, user: SessionUser | null) {
  const staff = user ? staffRoleFor(db, user, post.placeId) != null : false;
  const insider =
    user != null &&
    (staff ||
      post.authorId === user.id ||
      (post.organisationId != null && isManager(db, user.id, post.organisationId)));
  if (!isPublicNews(post) && !insider) return null;
  return {
    post: {
      id: post.id,
      title: post.title,
      bodyHtml: post.bodyHtml,
      byline: byline(post),
      publishedAt: (post.publishedAt ?? post.createdAt).toISOString(),
      reachKm: post.reachKm,
      status: post.status,
      removed: post.deletedAt != null || post.moderationState != null,
      thanksCount: post.thanksCount,
      place: { name: post.placeName, slug: post.placeSlug, code: post.placeCode },
      organisation:
        post.organisationId != null
          ? { id: post.organisationId, name: post.organisationName!, slug: post.organisationSlug! }
          : null,
    },
    photos: newsImages(db, post.id).map(shownImage),
    questions: questionsAboutNews(db, post.id).map((question) => ({
      title: question.title,
      path: questionPath(question),
    })),
    viewer: {
      signedIn: user != null,
      thanked: user ? hasThanked(db, post.id, user.id) : false,
      isAuthor: user?.id === post.authorId,
      canApprove: staff && post.status === "pending-approval",
    },
  };
}
