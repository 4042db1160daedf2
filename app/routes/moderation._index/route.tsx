import { parseWithZod } from "@conform-to/zod";
import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { translate, useTranslate } from "#app/i18n/i18n";
import { getLocale, getTranslator } from "#app/server/locale.server";
import { decide } from "#app/models/moderation/decisions.server";
import { rateLimitRefusal, refusalInit, refusalMessage } from "#app/models/refusal-message";
import { forwardRetryAfter } from "#app/server/headers";
import { hitRateLimit, RATE_LIMITS } from "#app/server/rate-limit.server";
import type { SUSPENSION_DAYS } from "#app/domain/moderation";
import { getStore } from "#app/server/search.server";
import { decisionSchema, itemKey } from "./decision";
import { DecisionForm } from "./decision-form";
import { QueueItemView } from "./queue-item";
import { queuePageData, requireStaff } from "./queue.server";
import { defineAction } from "#app/server/actions.server";

/** GET /moderation[?lieu=donges-44480]: the reports of the places the member looks after. */
export async function loader({ request }: LoaderFunctionArgs) {
  const { db, actor, scope } = await requireStaff(request);
  const slug = new URL(request.url).searchParams.get("lieu");
  return {
    locale: await getLocale(request),
    ...queuePageData(db, actor, scope, slug),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${translate(data?.locale ?? "fr", "moderation.title")} · Coup de main` },
  { name: "robots", content: "noindex" },
];

export const headers = forwardRetryAfter;

/** A decision: checked again on the server against the target's place, whatever the page showed. */
export const action = defineAction({ limit: "moderate" }, async ({ request, form }) => {
  const { db, actor } = await requireStaff(request);
  const { t } = await getTranslator(request);
  const key = itemKey({
    targetType: form.get("targetType"),
    targetId: form.get("targetId"),
  });
  const submission = parseWithZod(form, { schema: decisionSchema(t) });
  if (submission.status !== "success") {
    return data({ key, result: submission.reply(), done: null }, { status: 400 });
  }
  const limit = hitRateLimit(db, `moderate:user:${actor.id}`, RATE_LIMITS.moderatePerUser);
  if (!limit.allowed) {
    const refusal = rateLimitRefusal(t, limit.retryAfterSeconds);
    return data(
      { key, result: submission.reply({ formErrors: [refusal.message] }), done: null },
      refusal.init,
    );
  }
  const input = submission.value;
  const outcome = decide(getStore(), actor, {
    targetType: input.targetType,
    targetId: input.targetId,
    decision: input.decision,
    rule: input.rule,
    reason: input.reason,
    days: input.days as (typeof SUSPENSION_DAYS)[number] | undefined,
  });
  if (!outcome.ok) {
    return data(
      {
        key,
        result: submission.reply({ formErrors: [refusalMessage(t, outcome.refusal)] }),
        done: null,
      },
      refusalInit(outcome.refusal),
    );
  }
  return { key, result: null, done: t("moderation.done") };
});

export default function ModerationQueue() {
  const { places, global, selected, items, threshold, isAmbassadorOnly } =
    useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useTranslate();
  const selectedPlace = places.find((place) => place.slug === selected) ?? places[0];
  return (
    <section className="stack" aria-labelledby="moderation-title">
      <h1 id="moderation-title">{t("moderation.title")}</h1>
      <p>{t("moderation.intro")}</p>
      {isAmbassadorOnly ? <p className="muted">{t("moderation.ambassadorNote")}</p> : null}
      {actionData?.done ? (
        <p className="notice" role="status">
          {actionData.done}
        </p>
      ) : null}
      {places.length > 1 || (global && places.length > 0) ? (
        <Form method="get" className="moderation-filter">
          <label htmlFor="lieu" className="field-label">
            {t("moderation.placeFilter")}
          </label>
          <select id="lieu" name="lieu" defaultValue={selected}>
            <option value="">{t("moderation.allPlaces")}</option>
            {places.map((place) => (
              <option key={place.id} value={place.slug}>
                {place.name}
              </option>
            ))}
          </select>
          <button type="submit" className="button button--secondary button--small">
            {t("moderation.filterSubmit")}
          </button>
        </Form>
      ) : null}
      <p className="post-links">
        {selectedPlace ? (
          <Link to={`/p/${selectedPlace.slug}/moderation`}>
            {t("moderation.publicLogLink", { place: selectedPlace.name })}
          </Link>
        ) : null}{" "}
        <Link to="/moderation/regles">{t("moderation.rulesLink")}</Link>
      </p>
      {items.length === 0 ? (
        <p className="notice">{t("moderation.empty")}</p>
      ) : (
        <ol className="moderation-queue">
          {items.map((item) => (
            <li key={item.key} id={item.key} className="card moderation-item">
              <QueueItemView item={item} threshold={threshold} />
              <DecisionForm item={item} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
