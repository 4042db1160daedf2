import { parseWithZod } from "@conform-to/zod";
import { redirect, redirectDocument } from "@remix-run/node";
import { z } from "zod";
import { LOCALES } from "#app/i18n/messages";
import { localeCookie } from "#app/server/locale.server";
import { safeRedirect } from "#app/domain/safe-redirect";
import { defineAction } from "#app/server/actions.server";

const languageSchema = z.object({
  lang: z.enum(LOCALES),
  redirectTo: z.string().optional(),
});

export function loader() {
  return redirect("/");
}

/** POST /langue: remembers the chosen language and goes back to the page. */
export const action = defineAction({ limit: "language" }, async ({ form }) => {
  const submission = parseWithZod(form, { schema: languageSchema });
  const { redirectTo } = submission.payload;
  const back = safeRedirect(redirectTo);
  // Buttons only (LanguageSwitcher): an unknown language changes nothing.
  if (submission.status !== "success") return redirect(back, 303);
  // A whole new page, even from a script: the browser holds one language's
  // catalogue and loads the new one with the page (entry.client.tsx).
  return redirectDocument(back, {
    status: 303,
    headers: { "Set-Cookie": await localeCookie.serialize(submission.value.lang) },
  });
});

export { NothingShown as default } from "#app/components/nothing-shown";
