import fs from "node:fs";
import type { LoaderFunctionArgs } from "@remix-run/node";
import { IMAGE_FILE_NAME } from "#app/domain/images";
import { imageFilePath } from "#app/models/images/files.server";
import { imageAudience } from "#app/models/images/images.server";
import { isModeratorFor, loadActor } from "#app/models/members/privileges.server";
import { methodNotAllowed } from "#app/server/api.server";
import { getUser } from "#app/server/auth.server";
import { getDb } from "#app/server/db.server";
import { getUploadsDir } from "#app/server/uploads.server";

/** A year: the names are content hashes, so a file under a name never changes. */
const PUBLIC_CACHE = "public, max-age=31536000, immutable";

/**
 * GET /images/<key>-<width>.webp: an uploaded image, re-encoded (WebP, no
 * metadata). Served while its post is visible (or for a profile photo,
 * while the account lives); a removed post's photos only to the
 * moderators of its place, never cached; anything else is a 404.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const match = IMAGE_FILE_NAME.exec(params.name ?? "");
  if (!match) return notFound();
  const [, key, width] = match as unknown as [string, string, string];
  const db = getDb();
  const audience = imageAudience(db, key, Number(width));
  if (!audience) return notFound();
  let cacheControl = PUBLIC_CACHE;
  if (audience.audience === "moderators") {
    const user = await getUser(request);
    const actor = user ? loadActor(db, user.id) : null;
    if (!actor || !audience.placeIds.some((placeId) => isModeratorFor(db, actor, placeId))) {
      return notFound();
    }
    cacheControl = "private, no-store";
  }
  let data: Buffer;
  try {
    data = fs.readFileSync(imageFilePath(getUploadsDir(), key, Number(width)));
  } catch {
    return notFound();
  }
  return new Response(new Uint8Array(data), {
    headers: {
      "Content-Type": "image/webp",
      "Content-Length": String(data.length),
      "Cache-Control": cacheControl,
      // Uploads are never documents: opened alone, they run nothing.
      "Content-Security-Policy": "default-src 'none'; sandbox",
      "Cross-Origin-Resource-Policy": "same-origin",
    },
  });
}

export const action = methodNotAllowed;

function notFound() {
  // No body: an <img> shows nothing either way.
  return new Response(null, { status: 404, headers: { "Cache-Control": "no-store" } });
}
