import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { signOut } from "#app/server/auth.server";

export function loader() {
  return redirect("/");
}

/** POST /deconnexion: ends this session. (A GET must not sign anyone out.) */
export async function action({ request }: ActionFunctionArgs) {
  return signOut(request);
}
