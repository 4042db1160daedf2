import { isRouteErrorResponse, Link } from "@remix-run/react";
import { useTranslate } from "#app/i18n/i18n";
import type { MessageKey } from "#app/i18n/messages";
import { missingThing } from "#app/domain/not-found";

const BY_STATUS = {
  400: ["error.badRequest.title", "error.badRequest.text"],
  403: ["error.forbidden.title", "error.forbidden.text"],
  // A form posted where there is no action: the person's request, not our bug.
  405: ["error.badRequest.title", "error.badRequest.text"],
  429: ["error.tooMany.title", "error.tooMany.text"],
} as const satisfies Record<number, readonly [MessageKey, MessageKey]>;

const NOT_FOUND = {
  page: ["error.notFound.title", "error.notFound.text"],
  question: ["error.notFound.question.title", "error.notFound.question.text"],
  answer: ["error.notFound.answer.title", "error.notFound.answer.text"],
  place: ["error.notFound.place.title", "error.notFound.place.text"],
  member: ["error.notFound.member.title", "error.notFound.member.text"],
  conversation: ["error.notFound.conversation.title", "error.notFound.conversation.text"],
  notification: ["error.notFound.notification.title", "error.notFound.notification.text"],
  listing: ["error.notFound.listing.title", "error.notFound.listing.text"],
} as const satisfies Record<string, readonly [MessageKey, MessageKey]>;

/**
 * What an error page says, from what was thrown: its title (also the
 * document's, « Question introuvable · Coup de main ») and its sentence. A
 * refusal thrown with `data({ message }, 403)` explains itself (« à partir de
 * 1 000 points »); a 404 says what was missing (app/domain/not-found.ts).
 */
export function errorPageTexts(error: unknown) {
  const status = isRouteErrorResponse(error) ? error.status : 500;
  const [title, text]: readonly [MessageKey, MessageKey] =
    status === 404
      ? NOT_FOUND[missingThing(isRouteErrorResponse(error) ? error.data : null)]
      : (BY_STATUS[status as keyof typeof BY_STATUS] ?? [
          "error.generic.title",
          "error.generic.text",
        ]);
  const explanation =
    isRouteErrorResponse(error) && typeof error.data?.message === "string"
      ? (error.data.message as string)
      : null;
  return { status, title, text, explanation };
}

/** The page of the root ErrorBoundary, inside the site's layout. */
export function ErrorPage({ error }: { error: unknown }) {
  const t = useTranslate();
  const { title, text, explanation } = errorPageTexts(error);
  return (
    <section className="error-page" aria-labelledby="error-title">
      <h1 id="error-title">{t(title)}</h1>
      <p>{explanation ?? t(text)}</p>
      <p>
        <Link to="/" className="button">
          {t("error.backHome")}
        </Link>
      </p>
    </section>
  );
}
