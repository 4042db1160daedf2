import type { LoaderFunctionArgs } from "@remix-run/node";
import { getPlace } from "#app/models/places/places.server";
import { questionPath } from "#app/models/questions/paths";
import { isTitleSearchable, similarQuestions } from "#app/models/search-page/search-page.server";
import { getUser } from "#app/server/auth.server";
import { getDb } from "#app/server/db.server";
import { TITLE_MAX } from "#app/domain/questions";
import { getSearch } from "#app/server/search.server";
import type { SimilarQuestion } from "#app/components/similar-questions";

/** Similar questions are a help, never an obstacle: no cache between members, nothing on failure. */
function reply(questions: SimilarQuestion[]) {
  return Response.json({ questions }, { headers: { "Cache-Control": "private, max-age=30" } });
}

/**
 * GET /search/similaires?titre=…&lieu=<code|slug>: while a member writes a
 * title on the ask form, the five questions most like it within 10 km of the
 * chosen place (the member's home place without `lieu`), solved ones first.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const title = (url.searchParams.get("titre") ?? "").replace(/\s+/g, " ").trim();
  if (!isTitleSearchable(title)) return reply([]);
  const db = getDb();
  const lieu = (url.searchParams.get("lieu") ?? "").trim();
  let place = lieu && lieu.length <= 100 ? getPlace(db, lieu) : undefined;
  if (!place) {
    const homePlaceId = (await getUser(request))?.homePlaceId;
    if (homePlaceId != null) {
      const code = db.$client
        .prepare("SELECT code FROM places WHERE id = ?")
        .pluck()
        .get(homePlaceId) as string | undefined;
      place = code ? getPlace(db, code) : undefined;
    }
  }
  if (!place) return reply([]);
  try {
    const hits = await similarQuestions(getSearch().engine, title.slice(0, TITLE_MAX), place);
    return reply(
      hits.map((hit) => ({
        id: hit.id,
        title: hit.title,
        url: questionPath(hit),
        solved: hit.solved,
        placeName: hit.place.name,
        distanceKm: hit.distanceKm,
      })),
    );
  } catch (error) {
    console.error("Similar questions failed", error);
    return reply([]);
  }
}
