import type { LoaderFunctionArgs } from "@remix-run/node";
import { imageUrl } from "#app/domain/images";
import { imagesOfMember } from "#app/models/images/images.server";
import { exportMemberData } from "#app/models/members/account.server";
import { exportMemberPosts } from "#app/models/questions/member-posts-export.server";
import { getHelpProfile } from "#app/models/people/profile.server";
import { requireUser } from "#app/server/auth.server";
import { getDb } from "#app/server/db.server";

/** GET /parametres/export: the signed-in member's data and what they wrote, as a JSON download. */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const db = getDb();
  const origin = new URL(request.url).origin;
  const body = {
    ...exportMemberData(db, user.id),
    posts: exportMemberPosts(db, user.id),
    helpProfile: getHelpProfile(db, user.id),
    // The images are listed with their addresses (each at its widest), not
    // packed in: the export stays one small JSON file, and the files are
    // fetched while the account lives.
    images: imagesOfMember(db, user.id).map((image) => {
      const widest = Number(image.widths.split(" ").pop());
      return {
        purpose: image.purpose,
        questionId: image.questionId,
        answerId: image.answerId,
        alt: image.alt,
        url: `${origin}${imageUrl(image.key, widest)}`,
        width: image.width,
        height: image.height,
        uploadedAt: image.createdAt.toISOString(),
      };
    }),
  };
  return new Response(JSON.stringify(body, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": 'attachment; filename="coupdemain-mes-donnees.json"',
      "Cache-Control": "no-store",
    },
  });
}
