import { z } from "zod";
import { translate } from "#app/i18n/i18n";
import { getPlace, placeForApi } from "#app/models/places/places.server";
import { decodeCursor, encodeCursor } from "#app/models/questions/list-cursor.server";
import { listQuestionsNear } from "#app/models/questions/list-near.server";
import { questionPath } from "#app/models/questions/paths";
import { apiError, apiJson, apiLoader, methodNotAllowed } from "#app/server/api.server";
import { getDb } from "#app/server/db.server";
import { authorName } from "#app/domain/names";
import { DEFAULT_LIST_RADIUS_KM, LIST_RADII, LIST_TABS } from "#app/domain/questions";

const MAX_LIMIT = 50;
const placeMessage = "place is required: an INSEE code or a place slug.";
const radiusMessage = `radius must be one of ${LIST_RADII.join(", ")} (kilometres).`;
const sortMessage = `sort must be one of ${LIST_TABS.join(", ")}.`;
const limitMessage = `limit must be a whole number from 1 to ${MAX_LIMIT}.`;
const cursorMessage = "cursor is not valid: pass the nextCursor of a previous page as it is.";

const searchParamsSchema = z.object({
  place: z.string({ required_error: placeMessage }).trim().min(1, placeMessage),
  radius: z.coerce
    .number({ invalid_type_error: radiusMessage })
    .refine((km) => (LIST_RADII as readonly number[]).includes(km), radiusMessage)
    .default(DEFAULT_LIST_RADIUS_KM),
  sort: z.enum(LIST_TABS, { errorMap: () => ({ message: sortMessage }) }).default("recent"),
  cursor: z.string().max(100, cursorMessage).optional(),
  limit: z.coerce
    .number({ invalid_type_error: limitMessage })
    .int(limitMessage)
    .min(1, limitMessage)
    .max(MAX_LIMIT, limitMessage)
    .default(20),
});

/**
 * GET /api/v1/questions?place=…&radius=10&sort=recent&cursor=…&limit=20:
 * the questions asked around a place, as its page lists them. Authors are
 * shown as visitors see them ("Camille D."), never by full name or email.
 */
export const loader = apiLoader(({ request }) => {
  const url = new URL(request.url);
  const query = Object.fromEntries(url.searchParams);
  for (const key of ["radius", "sort", "cursor", "limit"]) if (query[key] === "") delete query[key];
  const parsed = searchParamsSchema.safeParse(query);
  if (!parsed.success) return apiError(400, parsed.error.issues[0]?.message ?? placeMessage);
  const { radius, sort, limit } = parsed.data;
  const cursor = parsed.data.cursor ? decodeCursor(parsed.data.cursor) : null;
  if (parsed.data.cursor && !cursor) return apiError(400, cursorMessage);

  const db = getDb();
  const place = parsed.data.place.length <= 200 ? getPlace(db, parsed.data.place) : undefined;
  if (!place) return apiError(404, "No place has this code or slug.");
  const page = listQuestionsNear(db, {
    centre: place,
    radiusKm: radius,
    tab: sort,
    cursor,
    limit,
  });
  const formerMember = translate("fr", "profile.formerMember");
  return apiJson(
    {
      questions: page.items.map((item) => ({
        id: item.id,
        title: item.title,
        url: `${url.origin}${questionPath(item)}`,
        kind: item.kind,
        category: item.category,
        tags: item.tags,
        score: item.score,
        answerCount: item.answerCount,
        solved: item.solved,
        closedReason: item.closedReason,
        neededBy: item.neededBy,
        createdAt: item.createdAt.toISOString(),
        distanceKm: item.distanceKm,
        place: item.place,
        author: { displayName: authorName(item.author, { full: false, formerMember }) },
      })),
      nextCursor: page.nextCursor ? encodeCursor(page.nextCursor) : null,
      place: placeForApi(place),
      radiusKm: radius,
    },
    { maxAgeSeconds: 60 },
  );
});

export const action = methodNotAllowed;
