import { redirect } from "@remix-run/node";
import { openNotification } from "#app/models/notifications/inbox.server";
import { parsePostId } from "#app/models/questions/paths";
import { requireUser } from "#app/server/auth.server";
import { getDb } from "#app/server/db.server";
import { notFound } from "#app/server/not-found.server";
import { defineAction } from "#app/server/actions.server";

/** Only forms post here; a visit (or a shared link) goes to the list. */
export function loader() {
  return redirect("/notifications");
}

/**
 * Opening a notification: marks it read and goes where it leads. Another
 * member's notification is answered like one that does not exist.
 */
export const action = defineAction(
  { limit: "notificationsRead", body: "ignored" },
  async ({ request, params }) => {
    const user = await requireUser(request);
    const id = parsePostId(params.id);
    const view = Number.isSafeInteger(id) ? openNotification(getDb(), user.id, id) : undefined;
    if (!view) throw notFound("notification");
    return redirect(view.path);
  },
);

export { NothingShown as default } from "#app/components/nothing-shown";
