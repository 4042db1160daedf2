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

export { NothingShown as default } from "#app/components/nothing-shown";
