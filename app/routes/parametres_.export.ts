import type { LoaderFunctionArgs } from "@remix-run/node";
import { exportMemberData } from "#app/models/members/account.server";
import { exportMemberPosts } from "#app/models/questions/member-posts-export.server";
import { requireUser } from "#app/server/auth.server";
import { getDb } from "#app/server/db.server";

/** GET /parametres/export: the signed-in member's data and what they wrote, as a JSON download. */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const body = {
    ...exportMemberData(getDb(), user.id),
    posts: exportMemberPosts(getDb(), user.id),
  };
  return new Response(JSON.stringify(body, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": 'attachment; filename="coupdemain-mes-donnees.json"',
      "Cache-Control": "no-store",
    },
  });
}
