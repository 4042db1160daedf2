import { redirect, type LoaderFunctionArgs } from "@remix-run/node";
import { getEvent } from "#app/models/events/events.server";
import { parsePostId } from "#app/models/questions/paths";
import { getDb } from "#app/server/db.server";
import { notFound } from "#app/server/not-found.server";

/** `/e/12?date=…` (a short link, the notifications') leads to the event's full URL. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const id = parsePostId(params.id);
  const event = Number.isSafeInteger(id) ? getEvent(getDb(), id) : null;
  if (!event) throw notFound();
  return redirect(`/e/${event.id}/${event.slug}${new URL(request.url).search}`, 301);
}

export { NothingShown as default } from "#app/components/nothing-shown";
