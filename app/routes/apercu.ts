import type { ActionFunctionArgs } from "@remix-run/node";
import { getTranslator } from "#app/server/locale.server";
import { getUser } from "#app/server/auth.server";
import { getDb } from "#app/server/db.server";
import { renderMarkdown } from "#app/domain/markdown.server";
import { hitRateLimit, RATE_LIMITS } from "#app/server/rate-limit.server";
import { rateLimitRefusal } from "#app/models/refusal-message";

/** Longer than any post may be: the preview is no bulk renderer. */
const PREVIEW_MAX_CHARS = 10_000;
/** 10,000 characters URL-encoded, at worst 12 bytes each: refuse bigger bodies unread. */
const PREVIEW_MAX_BYTES = PREVIEW_MAX_CHARS * 12 + 1024;

function previewJson(body: { html: string } | { error: string }, init: ResponseInit = {}) {
  const headers = new Headers(init.headers);
  headers.set("Cache-Control", "no-store");
  return Response.json(body, { ...init, headers });
}

export function loader() {
  return Response.json(
    { error: "Method not allowed: POST a form with a `body` field." },
    { status: 405, headers: { Allow: "POST" } },
  );
}

/**
 * POST /apercu (form field `body`): the live preview of the Markdown editor,
 * `{ html }` rendered and sanitized exactly as the post will be. Members only,
 * and rate-limited, so it is not an open renderer for anyone's content.
 */
export async function action({ request }: ActionFunctionArgs) {
  const { t } = await getTranslator(request);
  // A JSON endpoint answers 401 rather than redirecting the editor's
  // background request to the sign-in page (what requireUser would do).
  const user = await getUser(request);
  if (!user) return previewJson({ error: t("markdown.previewSignedOut") }, { status: 401 });

  const limit = hitRateLimit(getDb(), `preview:user:${user.id}`, RATE_LIMITS.previewPerUser);
  if (!limit.allowed) {
    const refusal = rateLimitRefusal(t, limit.retryAfterSeconds);
    return previewJson({ error: refusal.message }, refusal.init);
  }

  const tooLong = () =>
    previewJson(
      { error: t("markdown.previewTooLong", { max: PREVIEW_MAX_CHARS }) },
      { status: 400 },
    );
  if (Number(request.headers.get("Content-Length") ?? 0) > PREVIEW_MAX_BYTES) return tooLong();

  const form = await request.formData().catch(() => null);
  const body = form?.get("body");
  if (typeof body !== "string") {
    return previewJson({ error: t("markdown.previewUnavailable") }, { status: 400 });
  }
  // Count characters as the textarea does: a submitted line break is "\r\n".
  const source = body.replace(/\r\n?/g, "\n");
  if (source.length > PREVIEW_MAX_CHARS) return tooLong();
  return previewJson({ html: renderMarkdown(source) });
}
