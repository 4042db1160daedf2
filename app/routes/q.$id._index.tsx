import { redirect, type LoaderFunctionArgs } from "@remix-run/node";
import { questionFromParam } from "#app/models/questions/posts.server";
import { questionPath } from "#app/models/questions/paths";
import { getDb } from "#app/server/db.server";
import { notFound } from "#app/server/not-found.server";

/** `/q/12` (a shared short link) leads to the question's full URL. */
export async function loader({ params }: LoaderFunctionArgs) {
  const question = questionFromParam(getDb(), params.id);
  if (!question) throw notFound("question");
  return redirect(questionPath(question), 301);
}

/**
 * A page component, though nothing is shown: it makes this a page route, so
 * an error (a 404) is the site's error page in the reader's language, not
 * plain text. A visit is redirected before it renders.
 */
export default function QuestionShortLink() {
  return null;
}
