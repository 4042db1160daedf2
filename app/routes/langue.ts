import { redirect, redirectDocument, type ActionFunctionArgs } from "@remix-run/node";
import { isLocale } from "#app/i18n/i18n";
import { localeCookie } from "#app/server/locale.server";
import { safeRedirect } from "#app/domain/safe-redirect";

/** POST /langue: remembers the chosen language and goes back to the page. */
export async function action({ request }: ActionFunctionArgs) {
  const form = await request.formData();
  const lang = form.get("lang");
  const back = safeRedirect(form.get("redirectTo"));
  if (!isLocale(lang)) return redirect(back, 303);
  // A whole new page, even from a script: the browser holds one language's
  // catalogue and loads the new one with the page (entry.client.tsx).
  return redirectDocument(back, {
    status: 303,
    headers: { "Set-Cookie": await localeCookie.serialize(lang) },
  });
}

export function loader() {
  return redirect("/");
}
