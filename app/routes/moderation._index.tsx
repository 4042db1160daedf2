import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import {
  data,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { z } from "zod";
import { FieldErrors, FormErrors } from "#app/components/forms";
import { relativeTime, translate, useLocale, useTranslate, type Translate } from "#app/i18n/i18n";
import { formatNumber } from "#app/i18n/format";
import { getLocale, getTranslator } from "#app/server/locale.server";
import { HIDE_THRESHOLD } from "#app/models/moderation/flags.server";
import { decide } from "#app/models/moderation/decisions.server";
import { moderatedPlaces } from "#app/models/members/staff-roles.server";
import { moderationQueue } from "#app/models/moderation/queue.server";
import { getPlace } from "#app/models/places/places.server";
import { loadActor } from "#app/models/members/privileges.server";
import { requireUser } from "#app/server/auth.server";
import { getDb } from "#app/server/db.server";
import { forwardRetryAfter } from "#app/server/headers";
import { hitRateLimit, RATE_LIMITS } from "#app/server/rate-limit.server";
import { rateLimitRefusal, refusalInit, refusalMessage } from "#app/models/refusal-message";
import {
  FLAG_TARGETS,
  MODERATION_DECISIONS,
  MODERATION_RULES,
  SUSPENSION_DAYS,
} from "#app/domain/moderation";
import { getStore } from "#app/server/search.server";

function decisionSchema(t: Translate) {
  return z.object({
    targetType: z.enum(FLAG_TARGETS),
    targetId: z.string().regex(/^[\w-]{1,40}$/),
    decision: z.enum(MODERATION_DECISIONS, {
      errorMap: () => ({ message: t("moderation.invalid") }),
    }),
    rule: z.enum(MODERATION_RULES, { errorMap: () => ({ message: t("moderation.invalid") }) }),
    reason: z.string().trim().max(500).optional(),
    days: z.coerce
      .number()
      .refine((days) => (SUSPENSION_DAYS as readonly number[]).includes(days))
      .optional(),
  });
}

/** Only admins, moderators and ambassadors (of some place) have a queue. */
async function requireStaff(request: Request) {
  const user = await requireUser(request);
  const db = getDb();
  const actor = loadActor(db, user.id);
  const scope = actor ? moderatedPlaces(db, actor) : null;
  if (!actor || !scope || (!scope.global && scope.places.length === 0)) {
    throw new Response("Forbidden", { status: 403 });
  }
  return { db, actor, scope };
}

/** GET /moderation[?lieu=donges-44480]: the reports of the places the member looks after. */
export async function loader({ request }: LoaderFunctionArgs) {
  const { db, actor, scope } = await requireStaff(request);
  const slug = new URL(request.url).searchParams.get("lieu");
  const place = slug ? getPlace(db, slug) : undefined;
  const items = moderationQueue(db, actor, { placeId: place?.id ?? null });
  return {
    locale: await getLocale(request),
    places: scope.places,
    global: scope.global,
    selected: place?.slug ?? "",
    isAmbassadorOnly: items.length > 0 && items.every((item) => !item.decisions.includes("delete")),
    threshold: HIDE_THRESHOLD,
    items: items.map((item) => ({
      ...item,
      key: `${item.targetType}-${item.targetId}`,
      firstFlaggedAt: item.firstFlaggedAt.toISOString(),
    })),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${translate(data?.locale ?? "fr", "moderation.title")} · Coup de main` },
  { name: "robots", content: "noindex" },
];

export const headers = forwardRetryAfter;

/** A decision: checked again on the server against the target's place, whatever the page showed. */
export async function action({ request }: ActionFunctionArgs) {
  const { db, actor } = await requireStaff(request);
  const { t } = await getTranslator(request);
  const formData = await request.formData();
  const key = `${formData.get("targetType")}-${formData.get("targetId")}`;
  const submission = parseWithZod(formData, { schema: decisionSchema(t) });
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
}

type Item = ReturnType<typeof useLoaderData<typeof loader>>["items"][number];

export default function ModerationQueue() {
  const { places, global, selected, items, threshold, isAmbassadorOnly } =
    useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useTranslate();
  const locale = useLocale();
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
              <QueueItemView item={item} threshold={threshold} locale={locale} />
              <DecisionForm item={item} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function QueueItemView({
  item,
  threshold,
  locale,
}: {
  item: Item;
  threshold: number;
  locale: ReturnType<typeof useLocale>;
}) {
  const t = useTranslate();
  const headingId = `${item.key}-title`;
  return (
    <>
      <h2 id={headingId} className="moderation-item__title">
        <span className="kind-badge">{t(`moderation.kind.${item.targetType}`)}</span>{" "}
        {item.title || t(`moderation.kind.${item.targetType}`)}
      </h2>
      <p className="moderation-item__badges">
        {item.state ? (
          <span className="status-badge status-badge--moderation">
            {t(`moderation.state.${item.state}`)}
          </span>
        ) : null}
        {item.locked ? <span className="status-badge">{t("moderation.locked")}</span> : null}
      </p>
      {item.excerpt ? (
        <blockquote className="moderation-item__excerpt">{item.excerpt}</blockquote>
      ) : null}
      <ul className="facts">
        {item.authorName ? <li>{t("moderation.author", { name: item.authorName })}</li> : null}
        {item.place ? <li>{t("moderation.place", { place: item.place.name })}</li> : null}
        <li suppressHydrationWarning>{relativeTime(locale, item.firstFlaggedAt)}</li>
        <li>
          {t("moderation.weight", {
            weight: formatNumber(locale, item.totalWeight),
            threshold,
          })}
        </li>
      </ul>
      <h3 className="moderation-item__subtitle">{t("moderation.reasons")}</h3>
      <ul className="moderation-item__reasons">
        {item.reasons.map((entry) => (
          <li key={entry.reason}>
            {t("moderation.reasonCount", {
              reason: t(`flag.reason.${entry.reason}`),
              count: entry.count,
            })}
          </li>
        ))}
      </ul>
      {item.otherTexts.length ? (
        <>
          <h3 className="moderation-item__subtitle">{t("moderation.otherTexts")}</h3>
          <ul className="moderation-item__reasons">
            {item.otherTexts.map((text, index) => (
              <li key={index}>« {text} »</li>
            ))}
          </ul>
        </>
      ) : null}
      {item.href ? (
        <p>
          <Link to={item.href}>
            {item.targetType === "message" || item.targetType === "conversation"
              ? t("moderation.readConversation")
              : t("moderation.openContent")}
          </Link>
        </p>
      ) : null}
    </>
  );
}

function DecisionForm({ item }: { item: Item }) {
  const t = useTranslate();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const mine = actionData?.key === item.key ? actionData.result : undefined;
  const [form, fields] = useForm({
    id: `decision-${item.key}`,
    lastResult: mine ?? undefined,
    defaultValue: { decision: item.decisions[0], rule: item.reasons[0]?.reason ?? "spam" },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: decisionSchema(t) }),
    shouldValidate: "onSubmit",
  });
  const id = (name: string) => `${item.key}-${name}`;
  return (
    <Form method="post" className="form moderation-decision" {...getFormProps(form)}>
      <h3 className="moderation-item__subtitle">
        {t("moderation.decisionFor", { kind: t(`moderation.kind.${item.targetType}`) })}
      </h3>
      <FormErrors id={form.errorId} errors={form.errors} />
      <input type="hidden" name="targetType" value={item.targetType} />
      <input type="hidden" name="targetId" value={item.targetId} />
      <fieldset className="choices">
        <legend>{t("moderation.decision")}</legend>
        {item.decisions.map((decision) => (
          <label key={decision}>
            <input
              type="radio"
              name={fields.decision.name}
              value={decision}
              defaultChecked={decision === fields.decision.initialValue}
            />
            {t(`moderation.decision.${decision}`)}
          </label>
        ))}
      </fieldset>
      <FieldErrors id={fields.decision.errorId} errors={fields.decision.errors} />
      <div className="field">
        <label htmlFor={id("rule")} className="field-label">
          {t("moderation.rule")}
        </label>
        <select id={id("rule")} name={fields.rule.name} defaultValue={fields.rule.initialValue}>
          {MODERATION_RULES.map((rule) => (
            <option key={rule} value={rule}>
              {t(`moderation.rule.${rule}`)}
            </option>
          ))}
        </select>
        <FieldErrors id={fields.rule.errorId} errors={fields.rule.errors} />
      </div>
      {item.decisions.includes("suspend") ? (
        <div className="field">
          <label htmlFor={id("days")} className="field-label">
            {t("moderation.days")}
          </label>
          <select id={id("days")} name={fields.days.name} defaultValue="7">
            {SUSPENSION_DAYS.map((days) => (
              <option key={days} value={days}>
                {t(`moderation.days.${days}`)}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <div className="field">
        <label htmlFor={id("reason")} className="field-label">
          {t("moderation.reason")}
        </label>
        <textarea id={id("reason")} name={fields.reason.name} rows={2} maxLength={500} />
      </div>
      <p>
        <button
          type="submit"
          className="button button--small"
          disabled={navigation.state !== "idle"}
        >
          {t("moderation.submit")}
        </button>
      </p>
    </Form>
  );
}
