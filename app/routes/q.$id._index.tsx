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

export { NothingShown as default } from "#app/components/nothing-shown";
