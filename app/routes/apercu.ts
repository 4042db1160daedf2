import { getTranslator } from "#app/server/locale.server";
import { getUser } from "#app/server/auth.server";
import { renderMarkdown } from "#app/domain/markdown.server";
import { defineAction } from "#app/server/actions.server";

/** Longer than any post may be: the preview is no bulk renderer. */
const PREVIEW_MAX_CHARS = 10_000;

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
 * and rate-limited (ACTION_LIMITS.preview), so it is not an open renderer
 * for anyone's content. The front door keeps the body small.
 */
export const action = defineAction(
  { limit: "preview", reply: "json" },
  async ({ request, form }) => {
    const { t } = await getTranslator(request);
    // A JSON endpoint answers 401 rather than redirecting the editor's
    // background request to the sign-in page (what requireUser would do).
    const user = await getUser(request);
    if (!user) return previewJson({ error: t("markdown.previewSignedOut") }, { status: 401 });

    const body = form.get("body");
    if (typeof body !== "string") {
      return previewJson({ error: t("markdown.previewUnavailable") }, { status: 400 });
    }
    // Count characters as the textarea does: a submitted line break is "\r\n".
    const source = body.replace(/\r\n?/g, "\n");
    if (source.length > PREVIEW_MAX_CHARS) {
      return previewJson(
        { error: t("markdown.previewTooLong", { max: PREVIEW_MAX_CHARS }) },
        { status: 400 },
      );
    }
    return previewJson({ html: renderMarkdown(source) });
  },
);
