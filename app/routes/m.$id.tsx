import { type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { translate, useLocale, useTranslate } from "#app/i18n/i18n";
import { getLocale } from "#app/i18n/locale.server";
import { getMemberProfile } from "#app/models/user.server";
import { activeVerification } from "#app/models/verification.server";
import { getUser } from "#app/utils/auth.server";
import { getDb } from "#app/utils/db.server";
import { memberName } from "#app/utils/names";

/** A member's public profile: the full name for members, "Camille D." for everyone else. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const db = getDb();
  const profile = getMemberProfile(db, (params.id ?? "").slice(0, 40));
  if (!profile) throw new Response("Member not found", { status: 404 });
  const viewer = await getUser(request);
  const locale = await getLocale(request);
  const url = new URL(request.url);
  if (profile.deletedAt) {
    return { locale, deleted: true as const, name: translate(locale, "profile.formerMember") };
  }
  const verification = activeVerification(db, { id: profile.id, homePlaceId: profile.homePlaceId });
  return {
    locale,
    deleted: false as const,
    name: memberName(profile, { full: Boolean(viewer) }),
    isSelf: viewer?.id === profile.id,
    welcome: viewer?.id === profile.id && url.searchParams.get("bienvenue") === "1",
    place: profile.placeName ? { name: profile.placeName, slug: profile.placeSlug } : null,
    badge:
      verification && profile.placeName
        ? { style: profile.badgeStyle, place: profile.placeName }
        : null,
    memberSince: profile.createdAt.toISOString(),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  data ? [{ title: `${data.name} · Coup de main` }] : [];

export default function MemberProfile() {
  const profile = useLoaderData<typeof loader>();
  const t = useTranslate();
  const locale = useLocale();
  if (profile.deleted) {
    return (
      <section>
        <h1>{profile.name}</h1>
      </section>
    );
  }
  const since = new Intl.DateTimeFormat(locale === "fr" ? "fr-FR" : "en-GB", {
    month: "long",
    year: "numeric",
    timeZone: "Europe/Paris",
  }).format(new Date(profile.memberSince));
  return (
    <article className="stack" aria-labelledby="member-name">
      {profile.welcome ? (
        <p className="notice" role="status">
          {t("verify.done")}
        </p>
      ) : null}
      <header className="place-header">
        <h1 id="member-name">{profile.name}</h1>
        {profile.badge ? (
          <p>
            <span className="badge">
              {t(`badge.verified.${profile.badge.style}`, { place: profile.badge.place })}
            </span>
          </p>
        ) : (
          <p className="muted">{t("profile.notVerified")}</p>
        )}
        <ul className="facts">
          {profile.place ? (
            <li>
              {t("profile.livesIn", { place: "" })}
              <Link to={`/p/${profile.place.slug}`}>{profile.place.name}</Link>
            </li>
          ) : null}
          <li>{t("profile.memberSince", { date: since })}</li>
        </ul>
        {profile.isSelf ? <p className="muted">{t("profile.you")}</p> : null}
      </header>
    </article>
  );
}
