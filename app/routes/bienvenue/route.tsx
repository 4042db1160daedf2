import { parseWithZod } from "@conform-to/zod";
import { data, redirect, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { translate, useTranslate, type Translate } from "#app/i18n/i18n";
import { setHome } from "#app/models/members/home.server";
import { loadActor } from "#app/models/members/privileges.server";
import { setSkills } from "#app/models/people/profile.server";
import { refusalInit, refusalMessage } from "#app/models/refusal-message";
import { resolveFollowPlace } from "#app/models/notifications/follows.server";
import { defineAction } from "#app/server/actions.server";
import { requireUser } from "#app/server/auth.server";
import { getDb } from "#app/server/db.server";
import { getTranslator } from "#app/server/locale.server";
import { nextStep, ONBOARDING_STEPS, stepHref } from "#app/domain/onboarding";
import { homeSchema, skillsStepSchema } from "./step-forms";
import { onboardingStepData, stepFrom } from "./data.server";
import { HelpStep, HomeStep, InviteStep, VerificationStep } from "./steps";

/** GET /bienvenue?etape=…: a new member's first steps, each skippable. */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const locale = (await getTranslator(request)).locale;
  const url = new URL(request.url);
  const justConfirmed = url.searchParams.get("confirme") === "1";
  return { locale, justConfirmed, ...onboardingStepData(user, stepFrom(url)) };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${translate(data?.locale ?? "fr", "onboarding.title")} · Coup de main` },
  { name: "robots", content: "noindex" },
];

/** The steps' forms: home commune and radius, then skills; each saves and moves on. */
export const action = defineAction(
  { intents: { commune: "profile", skills: "profile" } },
  async ({ request, form, intent }) => {
    const user = await requireUser(request);
    const { t } = await getTranslator(request);
    return intent === "skills" ? saveSkills(form, user.id, t) : saveHome(form, user.id, t);
  },
);

/** Step 1: the home follow moves with the commune and radius. */
function saveHome(form: FormData, userId: string, t: Translate) {
  const db = getDb();
  const submission = parseWithZod(form, { schema: homeSchema(t) });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  const choice = resolveFollowPlace(db, {
    code: submission.value.placeCode,
    query: submission.value.placeQuery,
  });
  if (choice.status !== "found") {
    const message = t(
      choice.status === "ambiguous" ? "field.placeAmbiguous" : "field.placeNotFound",
    );
    return data(submission.reply({ fieldErrors: { placeQuery: [message] } }), { status: 400 });
  }
  setHome(db, userId, { placeId: choice.place.id, radiusKm: submission.value.radiusKm });
  return redirect(stepHref(nextStep("commune")), 303);
}

/** Step 2: the skills from the list; the bio, photo and free tags are the profile page's. */
function saveSkills(form: FormData, userId: string, t: Translate) {
  const db = getDb();
  const submission = parseWithZod(form, { schema: skillsStepSchema(t) });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  const actor = loadActor(db, userId);
  if (!actor) throw new Response("Forbidden", { status: 403 });
  const outcome = setSkills(db, actor, submission.value.skills);
  if (!outcome.ok) {
    const formErrors = [refusalMessage(t, outcome.refusal)];
    return data(submission.reply({ formErrors }), refusalInit(outcome.refusal));
  }
  return redirect(stepHref(nextStep("aide")), 303);
}

export default function Welcome() {
  const page = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const t = useTranslate();
  const index = ONBOARDING_STEPS.indexOf(page.step);
  const next = stepHref(nextStep(page.step));
  // A step with a form saves and moves on; its link only skips it.
  const withForm = page.step === "commune" || page.step === "aide";
  return (
    <section className="stack onboarding" aria-labelledby="onboarding-title">
      {page.justConfirmed ? (
        <p className="notice" role="status">
          {t("verify.done")}
        </p>
      ) : null}
      <p className="muted">
        {t("onboarding.progress", { step: index + 1, total: ONBOARDING_STEPS.length })}
      </p>
      <h1 id="onboarding-title">{t(`onboarding.${page.step}.title`)}</h1>
      {page.step === "commune" ? <HomeStep home={page.home} lastResult={lastResult} /> : null}
      {page.step === "aide" ? <HelpStep skills={page.skills} lastResult={lastResult} /> : null}
      {page.step === "verification" ? <VerificationStep {...page} /> : null}
      {page.step === "inviter" ? <InviteStep {...page} /> : null}
      <p className="onboarding__skip">
        <Link to={next} className={withForm ? undefined : "button"}>
          {t(
            withForm
              ? "onboarding.skip"
              : nextStep(page.step)
                ? "onboarding.next"
                : "onboarding.finish",
          )}
        </Link>
      </p>
    </section>
  );
}
