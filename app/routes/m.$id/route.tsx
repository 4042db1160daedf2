import { type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { ActionNotice } from "#app/components/forms";
import { translate, useTranslate } from "#app/i18n/i18n";
import { getTranslator } from "#app/server/locale.server";
import { getUser, requireUser } from "#app/server/auth.server";
import { getDb } from "#app/server/db.server";
import { memberAction } from "./actions.server";
import { Contributions } from "./contributions";
import { loadMember, profilePageData } from "./profile.server";
import { ProfileHeader } from "./profile-header";
import { VerificationCards } from "./verification-cards";
import { defineAction } from "#app/server/actions.server";

/** A member's public profile: the full name for members, "Camille D." for everyone else. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const db = getDb();
  const profile = loadMember(db, params.id);
  const { locale, t } = await getTranslator(request);
  if (profile.deletedAt) {
    return { locale, deleted: true as const, name: translate(locale, "profile.formerMember") };
  }
  const welcome = new URL(request.url).searchParams.get("bienvenue") === "1";
  const viewer = await getUser(request);
  return {
    locale,
    deleted: false as const,
    ...profilePageData(db, profile, viewer, { welcome, t }),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  data ? [{ title: `${data.name} · Coup de main` }] : [];

export const action = defineAction(
  {
    intents: {
      vouch: "vouch",
      verify: "moderate",
      revoke: "moderate",
      "request-vouch": "vouchRequest",
    },
  },
  async ({ request, params, form }) => {
    const viewer = await requireUser(request);
    const { t } = await getTranslator(request);
    const db = getDb();
    const profile = loadMember(db, params.id);
    return memberAction(db, viewer, profile, form, t);
  },
);

export default function MemberProfile() {
  const profile = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useTranslate();
  if (profile.deleted) {
    return (
      <section>
        <h1>{profile.name}</h1>
      </section>
    );
  }
  return (
    <article className="stack" aria-labelledby="member-name">
      {profile.welcome ? (
        <p className="notice" role="status">
          {t("verify.done")}
        </p>
      ) : null}
      <ActionNotice result={actionData?.notice} />
      <ProfileHeader profile={profile} />
      <VerificationCards profile={profile} />
      <Contributions contribution={profile.contribution} recentAnswers={profile.recentAnswers} />
    </article>
  );
}
