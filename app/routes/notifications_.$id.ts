import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { openNotification } from "#app/models/notifications/inbox.server";
import { parsePostId } from "#app/models/questions/paths";
import { requireUser } from "#app/server/auth.server";
import { getDb } from "#app/server/db.server";
import { notFound } from "#app/server/not-found.server";

/** Only forms post here; a visit (or a shared link) goes to the list. */
export function loader() {
  return redirect("/notifications");
}

/**
 * Opening a notification: marks it read and goes where it leads. Another
 * member's notification is answered like one that does not exist.
 */
export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const id = parsePostId(params.id);
  const view = Number.isSafeInteger(id) ? openNotification(getDb(), user.id, id) : undefined;
  if (!view) throw notFound("notification");
  return redirect(view.path);
}

/**
 * A page component, though nothing is shown: it makes this a page route, so
 * an error (a 404) is the site's error page in the reader's language, not
 * plain text. A visit is redirected before it renders.
 */
export default function OpenNotification() {
  return null;
}
