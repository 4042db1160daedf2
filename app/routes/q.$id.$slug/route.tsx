import { redirect, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslate } from "#app/i18n/i18n";
import { getLocale, getTranslator } from "#app/server/locale.server";
import { isModeratorFor, loadActor } from "#app/models/members/privileges.server";
import { getQuestion } from "#app/models/questions/posts.server";
import { parsePostId, questionPath } from "#app/models/questions/paths";
import { questionThread, threadKeys } from "#app/models/questions/thread.server";
import { getUser, requireUser } from "#app/server/auth.server";
import { getDb } from "#app/server/db.server";
import { forwardRetryAfter } from "#app/server/headers";
import { PHOTOS_FIELD } from "#app/domain/image-forms";
import { JsonLd } from "#app/components/json-ld";
import { handleQuestionAction } from "./actions.server";
import { AnswerForm } from "./answer-form";
import { AnswerPost } from "./answer-post";
import { questionPageData } from "./page-data.server";
import { listingCards } from "#app/models/directory/recommendations.server";
import { listingIdsOf } from "#app/domain/listing-tokens";
import { QuestionPost } from "./question-post";
import { notFound } from "#app/server/not-found.server";
import { defineAction } from "#app/server/actions.server";
import { dependsOn, validUntilNextMinute } from "#app/server/page-cache.server";
import { listingKey, questionKey } from "#app/domain/content-keys";

function questionIdFrom(params: { id?: string }) {
  const id = parsePostId(params.id);
  if (!Number.isSafeInteger(id)) throw notFound("question");
  return id;
}

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const db = getDb();
  const id = questionIdFrom(params);
  dependsOn(context, [questionKey(id)]);
  const question = getQuestion(db, id);
  if (!question) throw notFound("question");
  const url = new URL(request.url);
  // One URL per question: an old or mistyped slug moves permanently to the current one.
  if (params.slug !== question.slug) return redirect(`${questionPath(question)}${url.search}`, 301);
  const user = await getUser(request);
  const actor = user ? loadActor(db, user.id) : null;
  const isModerator = actor ? isModeratorFor(db, actor, question.placeId) : false;
  const thread = questionThread(db, id, { actor, isModerator });
  if (!thread) throw notFound("question");
  dependsOn(context, threadKeys(thread));
  const locale = await getLocale(request);
  const page = questionPageData(db, thread, { actor, isModerator, locale, origin: url.origin });
  const now = new Date();
  // Listing cards (ADR 025) show the listing as it is now, « open now » included.
  const cards = listingCards(
    db,
    page.answers.flatMap((answer) => listingIdsOf(answer.parts)),
    now,
  );
  const shown = Object.values(cards);
  if (shown.length > 0) {
    dependsOn(
      context,
      shown.map((card) => listingKey(card.id)),
    );
    validUntilNextMinute(context, now);
  }
  return { locale, ...page, listingCards: cards };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  if (!data) return [{ title: "Coup de main" }];
  const title = `${data.question.title} · ${data.question.place.name} · Coup de main`;
  return [
    { title },
    { name: "description", content: data.description },
    { property: "og:type", content: "article" },
    { property: "og:title", content: data.question.title },
    { property: "og:description", content: data.description },
    { property: "og:url", content: data.canonicalUrl },
    { property: "og:site_name", content: "Coup de main" },
    { tagName: "link", rel: "canonical", href: data.canonicalUrl },
    ...(data.question.deleted ? [{ name: "robots", content: "noindex" }] : []),
  ];
};

export const headers = forwardRetryAfter;

/** The answer form may carry photos: streamed to disk by defineAction, within their limits. */
export const action = defineAction(
  {
    intents: {
      answer: "answer",
      "find-listing": "preview",
      "insert-listing": "preview",
      comment: "comment",
      vote: "vote",
      "vote-down": "vote",
      accept: "react",
      thank: "react",
      delete: "removal",
      restore: "removal",
      "delete-comment": "removal",
      close: "closing",
      reopen: "closing",
      lock: "moderate",
      unlock: "moderate",
    },
    body: "multipart",
    files: PHOTOS_FIELD,
  },
  async ({ request, params, form, uploads }) => {
    const user = await requireUser(request);
    const db = getDb();
    const actor = loadActor(db, user.id);
    if (!actor) throw new Response("Forbidden", { status: 403 });
    const { t } = await getTranslator(request);
    return handleQuestionAction(db, actor, questionIdFrom(params), { form, uploads }, t);
  },
);

export default function QuestionPage() {
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useTranslate();
  const { question, answers, viewer } = data;
  const notice = actionData?.notice;
  const visibleAnswers = answers.filter((answer) => !answer.deleted);

  return (
    <article className="stack question-page" aria-labelledby="question-title">
      <JsonLd data={data.jsonLd} />
      <nav aria-label={t("question.in", { place: question.place.name })} className="breadcrumb">
        <Link to={`/p/${question.place.slug}`}>{question.place.name}</Link>
        <span aria-hidden="true"> › </span>
        <span>{t(`category.${question.category}`)}</span>
      </nav>

      <QuestionPost data={data} notice={notice} />

      <section aria-labelledby="answers-title" className="stack">
        <h2 id="answers-title">
          {visibleAnswers.length === 0
            ? t("question.noAnswer")
            : t("question.answers", { count: visibleAnswers.length })}
        </h2>
        {visibleAnswers.length === 0 && !question.closedReason ? (
          <p className="muted">{t("question.noAnswerYet")}</p>
        ) : null}
        {answers.map((answer) => (
          <AnswerPost
            key={answer.id}
            answer={answer}
            questionId={question.id}
            locked={question.locked}
            viewer={viewer}
            notice={notice}
            cards={data.listingCards}
          />
        ))}
      </section>

      <AnswerForm
        viewer={viewer}
        questionId={question.id}
        closed={Boolean(question.closedReason) || question.deleted || question.locked}
      />
    </article>
  );
}
