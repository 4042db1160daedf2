import type { LoaderFunctionArgs } from "@remix-run/node";
import { RevisionHistoryPage, revisionHistoryMeta } from "#app/components/revision-history";
import { postHistory } from "#app/models/questions/revisions.server";
import { getUser } from "#app/server/auth.server";
import { getDb } from "#app/server/db.server";
import { notFound } from "#app/server/not-found.server";
import { getLocale } from "#app/server/locale.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const viewer = { locale: await getLocale(request), signedIn: Boolean(await getUser(request)) };
  const history = postHistory(getDb(), "question", params.id, viewer);
  if (!history) throw notFound("question");
  return history;
}

export const meta = revisionHistoryMeta("question");

export default function QuestionHistory() {
  return <RevisionHistoryPage postType="question" />;
}
