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

export { NothingShown as default } from "#app/components/nothing-shown";
