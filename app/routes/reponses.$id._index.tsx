import { redirect, type LoaderFunctionArgs } from "@remix-run/node";
import { answerFromParam } from "#app/models/questions/posts.server";
import { questionPath } from "#app/models/questions/paths";
import { getDb } from "#app/server/db.server";
import { notFound } from "#app/server/not-found.server";

/** An answer's own link: its place on the question page. */
export async function loader({ params }: LoaderFunctionArgs) {
  const db = getDb();
  const found = answerFromParam(db, params.id);
  if (!found) throw notFound("answer");
  const { answer, question } = found;
  return redirect(`${questionPath(question)}#reponse-${answer.id}`, 301);
}

/**
 * A page component, though nothing is shown: it makes this a page route, so
 * an error (a 404) is the site's error page in the reader's language, not
 * plain text. A visit is redirected before it renders.
 */
export default function AnswerLink() {
  return null;
}
