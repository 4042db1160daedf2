import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { data, redirect, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { z } from "zod";
import { FormErrors, RadioField, TextareaField, useValidatedForm } from "#app/components/forms";
import { translate, useTranslate, type Translate } from "#app/i18n/i18n";
import { getLocale, getTranslator } from "#app/server/locale.server";
import { flagContent, flagSubject, flagTargetSummary } from "#app/models/moderation/flags.server";
import { loadActor } from "#app/models/members/privileges.server";
import { refusedSubmission } from "#app/models/refusal-message";
import { requireUser } from "#app/server/auth.server";
import { getDb } from "#app/server/db.server";
import { forwardRetryAfter } from "#app/server/headers";
import { hitRateLimit, RATE_LIMITS } from "#app/server/rate-limit.server";
import { safeRedirect } from "#app/domain/safe-redirect";
import { FLAG_DETAILS_MAX, FLAG_REASONS, FLAG_TARGETS } from "#app/domain/moderation";
import { getStore } from "#app/server/search.server";
import { notFound } from "#app/server/not-found.server";
import { defineAction } from "#app/server/actions.server";

/** What the thanks page says: received, received and now hidden, already reported. */
const THANKS = ["recu", "masque", "deja"] as const;
type Thanks = (typeof THANKS)[number];

const targetSchema = z.object({
  cible: z.enum(FLAG_TARGETS),
  id: z.string().regex(/^[\w-]{1,40}$/),
});

function flagSchema(t: Translate) {
  return targetSchema
    .extend({
      reason: z.enum(FLAG_REASONS, {
        errorMap: () => ({ message: t("flag.reasonRequired") }),
      }),
      details: z.string().trim().max(FLAG_DETAILS_MAX, t("flag.detailsTooLong")).optional(),
      retour: z.string().max(500).optional(),
    })
    .superRefine((value, context) => {
      if (value.reason === "other" && !value.details) {
        context.addIssue({ code: "custom", path: ["details"], message: t("flag.detailsRequired") });
      }
    });
}

/** The target named by the URL, as the member may see it: anything else is a 404. */
function visibleTarget(userId: string, params: URLSearchParams | FormData) {
  const db = getDb();
  const actor = loadActor(db, userId);
  const target = targetSchema.safeParse({ cible: params.get("cible"), id: params.get("id") });
  if (!actor || !target.success || !flagSubject(db, actor, target.data.cible, target.data.id)) {
    throw notFound();
  }
  return { db, actor, targetType: target.data.cible, targetId: target.data.id };
}

/** GET /signaler?cible=answer&id=12: report a post, a member, a message or a conversation. */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const url = new URL(request.url);
  const locale = await getLocale(request);
  // After a report (post/redirect/get): the thanks, even once the content is hidden.
  const thanks = THANKS.find((kind) => kind === url.searchParams.get("merci"));
  if (thanks) {
    return {
      locale,
      thanks: { kind: thanks, back: safeRedirect(url.searchParams.get("retour"), "/") },
      form: null,
    };
  }
  const { db, targetType, targetId } = visibleTarget(user.id, url.searchParams);
  const summary = flagTargetSummary(db, targetType, targetId);
  return {
    locale,
    thanks: null,
    form: {
      targetType,
      targetId,
      title: summary.title,
      back: safeRedirect(url.searchParams.get("retour"), summary.back),
    },
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${translate(data?.locale ?? "fr", "flag.title")} · Coup de main` },
  { name: "robots", content: "noindex" },
];

export const headers = forwardRetryAfter;

export const action = defineAction({ limit: "flag" }, async ({ request, form }) => {
  const user = await requireUser(request);
  const { t } = await getTranslator(request);
  const { db, actor, targetType, targetId } = visibleTarget(user.id, form);
  const submission = parseWithZod(form, { schema: flagSchema(t) });
  if (submission.status !== "success") {
    return data({ result: submission.reply() }, { status: 400 });
  }
  const limit = hitRateLimit(db, `flag:user:${user.id}`, RATE_LIMITS.flagPerUser);
  if (!limit.allowed) {
    const retryAfterSeconds = limit.retryAfterSeconds;
    return refusedSubmission(t, submission, { reason: "rate-limited", retryAfterSeconds });
  }
  const outcome = flagContent(getStore(), actor, {
    targetType,
    targetId,
    reason: submission.value.reason,
    details: submission.value.details,
  });
  if (!outcome.ok) {
    return refusedSubmission(t, submission, outcome.refusal);
  }
  const thanks: Thanks = outcome.alreadyFlagged ? "deja" : outcome.hidden ? "masque" : "recu";
  const back = safeRedirect(
    submission.value.retour,
    flagTargetSummary(db, targetType, targetId).back,
  );
  return redirect(`/signaler?${new URLSearchParams({ merci: thanks, retour: back })}`);
});

const THANKS_KEYS = {
  recu: "flag.thanks",
  masque: "flag.thanksHidden",
  deja: "flag.already",
} as const satisfies Record<Thanks, string>;

const WHAT_KEYS = {
  question: "flag.what.question",
  answer: "flag.what.answer",
  comment: "flag.what.comment",
  message: "flag.what.message",
  conversation: "flag.what.conversation",
  member: "flag.what.member",
} as const satisfies Record<(typeof FLAG_TARGETS)[number], string>;

export default function Report() {
  const { thanks, form: target } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const t = useTranslate();
  const [form, fields] = useValidatedForm(flagSchema(t), {
    id: "flag-form",
    lastResult: actionData?.result,
  });

  if (thanks || !target) {
    return (
      <section className="stack" aria-labelledby="flag-title">
        <h1 id="flag-title">{t("flag.title")}</h1>
        <p className="notice" role="status">
          {thanks ? t(THANKS_KEYS[thanks.kind]) : null}
        </p>
        <p>
          <Link to={thanks?.back ?? "/"}>{t("flag.back")}</Link>
        </p>
      </section>
    );
  }
  const { targetType, targetId, title, back } = target;
  return (
    <section className="stack" aria-labelledby="flag-title">
      <h1 id="flag-title">{t("flag.title")}</h1>
      <p>{t(WHAT_KEYS[targetType], { title, name: title })}</p>
      <p className="muted">{t("flag.intro")}</p>
      <Form method="post" className="form card flag-form" {...getFormProps(form)}>
        <input type="hidden" name="cible" value={targetType} />
        <input type="hidden" name="id" value={targetId} />
        <input type="hidden" name="retour" value={back} />
        <FormErrors id={form.errorId} errors={form.errors} />
        <RadioField
          legend={t("flag.reason")}
          field={fields.reason}
          options={FLAG_REASONS.map((reason) => ({
            value: reason,
            label: t(`flag.reason.${reason}`),
          }))}
        />
        <TextareaField
          label={t("flag.details")}
          hint={t("flag.detailsHint")}
          field={fields.details}
          rows={3}
          maxLength={FLAG_DETAILS_MAX}
        />
        <p className="form-actions">
          <button type="submit" className="button" disabled={navigation.state === "submitting"}>
            {t("flag.submit")}
          </button>{" "}
          <Link to={back}>{t("flag.back")}</Link>
        </p>
      </Form>
    </section>
  );
}
