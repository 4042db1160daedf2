import { parseWithZod } from "@conform-to/zod";
import { data, redirect, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { translate, useTranslate } from "#app/i18n/i18n";
import { setHome } from "#app/models/members/home.server";
import { resolveFollowPlace } from "#app/models/notifications/follows.server";
import { defineAction } from "#app/server/actions.server";
import { requireUser } from "#app/server/auth.server";
import { getDb } from "#app/server/db.server";
import { getTranslator } from "#app/server/locale.server";
import { nextStep, ONBOARDING_STEPS, stepHref } from "#app/domain/onboarding";
import { homeSchema } from "./home-form";
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

/** The first step's form: home commune and radius (the home follow moves with them). */
export const action = defineAction({ limit: "profile" }, async ({ request, form }) => {
  const user = await requireUser(request);
  const { t } = await getTranslator(request);
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
  setHome(db, user.id, { placeId: choice.place.id, radiusKm: submission.value.radiusKm });
  return redirect(stepHref(nextStep("commune")), 303);
});

export default function Welcome() {
  const page = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const t = useTranslate();
  const index = ONBOARDING_STEPS.indexOf(page.step);
  const next = stepHref(nextStep(page.step));
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
      {page.step === "aide" ? <HelpStep /> : null}
      {page.step === "verification" ? <VerificationStep {...page} /> : null}
      {page.step === "inviter" ? <InviteStep {...page} /> : null}
      <p className="onboarding__skip">
        <Link to={next} className={page.step === "commune" ? undefined : "button"}>
          {t(
            page.step === "commune"
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
