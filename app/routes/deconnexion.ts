import { redirect } from "@remix-run/node";
import { signOut } from "#app/server/auth.server";
import { defineAction } from "#app/server/actions.server";

export function loader() {
  return redirect("/");
}

/** POST /deconnexion: ends this session. (A GET must not sign anyone out.) */
export const action = defineAction({ limit: "signOut", body: "ignored" }, async ({ request }) => {
  return signOut(request);
});

/**
 * A page component, though nothing is shown: it makes this a page route, so
 * a refusal (a 400, a 429) is the site's error page in the reader's
 * language, not plain text. A visit is redirected before it renders.
 */
export default function SignOut() {
  return null;
}
