import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { shownImage } from "#app/domain/images";
import { memberName } from "#app/domain/names";
import {
  bioExcerpt,
  DEFAULT_HELP_RADIUS_KM,
  HELP_RADII,
  WHO_CAN_HELP_LIMIT,
} from "#app/domain/people";
import { Helper, SKILL_QUERY_MAX_LENGTH, WhoCanHelpForm } from "./parts";
import { PLACE_QUERY_MAX_LENGTH } from "#app/domain/places";
import { skillFromQuery, skillLabel } from "#app/domain/skills";
import { translate, useTranslate } from "#app/i18n/i18n";
import { avatarsOf } from "#app/models/images/images.server";
import { whoCanHelp } from "#app/models/people/who-can-help.server";
import { getPlace, getPlaceName, resolvePlaceChoice } from "#app/models/places/places.server";
import { getUser } from "#app/server/auth.server";
import { getDb } from "#app/server/db.server";
import { getTranslator } from "#app/server/locale.server";

/**
 * GET /qui-peut-aider?competence=…&lieu=…&rayon=…: neighbours who can help
 * with a skill near a place. Visitors see « Camille D. », and for everyone
 * a helper is in a commune and within a distance band, never at a point.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const db = getDb();
  const url = new URL(request.url);
  const { locale } = await getTranslator(request);
  const viewer = await getUser(request);
  const typedSkill = (url.searchParams.get("competence") ?? "").slice(0, SKILL_QUERY_MAX_LENGTH);
  const homeName = viewer?.homePlaceId != null ? getPlaceName(db, viewer.homePlaceId) : null;
  const typedPlace = (url.searchParams.get("lieu") ?? homeName ?? "").slice(
    0,
    PLACE_QUERY_MAX_LENGTH,
  );
  const asked = Number(url.searchParams.get("rayon"));
  const radiusKm = HELP_RADII.find((radius) => radius === asked) ?? DEFAULT_HELP_RADIUS_KM;
  const skill = skillFromQuery(typedSkill);
  const choice = typedPlace
    ? (getPlace(db, typedPlace) ?? resolvePlaceChoiceOrNull(db, typedPlace))
    : null;
  const base = {
    locale,
    typedSkill: skill && typedSkill === skill ? skillLabel(skill, locale) : typedSkill,
    typedPlace: choice?.name ?? typedPlace,
    radiusKm,
    signedIn: Boolean(viewer),
  };
  if (!skill || !typedPlace) return { ...base, search: null, placeNotFound: false };
  if (!choice) return { ...base, search: null, placeNotFound: true };
  const found = whoCanHelp(db, { place: choice, skill, radiusKm });
  const avatars = avatarsOf(
    db,
    found.helpers.map((helper) => helper.id),
  );
  return {
    ...base,
    placeNotFound: false,
    search: {
      skill: skillLabel(skill, locale),
      place: { name: choice.name, slug: choice.slug },
      total: found.total,
      helpers: found.helpers.map((helper) => {
        const avatar = avatars.get(helper.id);
        return {
          id: helper.id,
          name: memberName(helper, { full: Boolean(viewer) }),
          avatar: avatar ? shownImage(avatar) : null,
          bio: bioExcerpt(helper.bio),
          skills: [...helper.skills, ...helper.tags],
          verified: helper.verified ? helper.badgeStyle : null,
          reputation: helper.reputation,
          placeName: helper.placeName,
          band: helper.band,
          mayWrite: Boolean(viewer) && viewer!.id !== helper.id,
        };
      }),
    },
  };
}

function resolvePlaceChoiceOrNull(db: ReturnType<typeof getDb>, text: string) {
  const choice = resolvePlaceChoice(db, { query: text });
  return choice.status === "found" ? choice.place : null;
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${translate(data?.locale ?? "fr", "whoCanHelp.title")} · Coup de main` },
  { name: "description", content: translate(data?.locale ?? "fr", "whoCanHelp.intro") },
];

export default function WhoCanHelp() {
  const data = useLoaderData<typeof loader>();
  const t = useTranslate();
  const { search } = data;
  return (
    <div className="stack">
      <h1 id="who-title">{t("whoCanHelp.title")}</h1>
      <p className="lead">{t("whoCanHelp.intro")}</p>
      <WhoCanHelpForm
        typedSkill={data.typedSkill}
        typedPlace={data.typedPlace}
        radiusKm={data.radiusKm}
      />
      {data.placeNotFound ? (
        <p className="notice notice--error" role="alert">
          {t("whoCanHelp.placeNotFound")}
        </p>
      ) : null}
      {search ? (
        <section className="stack" aria-labelledby="helpers-title">
          <h2 id="helpers-title">
            {t("whoCanHelp.results", {
              count: search.total,
              skill: search.skill,
              place: search.place.name,
            })}
          </h2>
          {search.total > WHO_CAN_HELP_LIMIT ? (
            <p className="muted">{t("whoCanHelp.moreThanShown", { shown: WHO_CAN_HELP_LIMIT })}</p>
          ) : null}
          {search.helpers.length ? (
            <ul className="helper-list">
              {search.helpers.map((helper) => (
                <Helper key={helper.id} helper={helper} />
              ))}
            </ul>
          ) : (
            <div className="empty-state">
              <p>
                {t("whoCanHelp.none", {
                  skill: search.skill,
                  radius: data.radiusKm,
                  place: search.place.name,
                })}
              </p>
              <p>
                <Link className="button" to="/demander">
                  {t("whoCanHelp.ask")}
                </Link>
              </p>
            </div>
          )}
        </section>
      ) : null}
      {data.signedIn ? (
        <p>
          <Link to="/parametres/profil">{t("whoCanHelp.yourProfile")}</Link>
        </p>
      ) : null}
    </div>
  );
}
