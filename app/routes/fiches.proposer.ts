import { type LoaderFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { listingsToRecommend } from "#app/models/directory/picker.server";
import { getDb } from "#app/server/db.server";
import { getSearch } from "#app/server/search.server";

const paramsSchema = z.object({
  question: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER),
  q: z.string().trim().max(100),
});

/**
 * The answer form's listing picker (ADR 025): listings by name near the
 * question's place, as JSON. Public data only (what the directory shows);
 * anything malformed gets an empty list, never an error page.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const parsed = paramsSchema.safeParse({
    question: url.searchParams.get("question") ?? "",
    q: url.searchParams.get("q") ?? "",
  });
  const listings = parsed.success
    ? await listingsToRecommend(getDb(), getSearch().engine, {
        questionId: parsed.data.question,
        q: parsed.data.q,
      })
    : [];
  return Response.json({ listings }, { headers: { "Cache-Control": "private, max-age=60" } });
}
