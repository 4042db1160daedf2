import { Form, Link } from "@remix-run/react";
import { Avatar } from "#app/components/avatar";
import { FieldFrame } from "#app/components/forms";
import { PlaceCombobox } from "#app/components/place-combobox";
import { SkillList } from "#app/components/skill-list";
import type { ShownImage } from "#app/domain/images";
import { HELP_RADII } from "#app/domain/people";
import { SKILLS } from "#app/domain/skills";
import { useLocale, useTranslate } from "#app/i18n/i18n";

export const SKILL_QUERY_MAX_LENGTH = 60;

/** One helper as the page lists them: never a position, only a commune and a band. */
type HelperView = {
  id: string;
  name: string;
  avatar: ShownImage | null;
  bio: string;
  skills: string[];
  verified: "feminine" | "masculine" | "neutral" | null;
  reputation: number;
  placeName: string;
  band: number;
  mayWrite: boolean;
};

export function Helper({ helper }: { helper: HelperView }) {
  const t = useTranslate();
  return (
    <li className="card helper">
      <Avatar person={helper} size="large" />
      <div>
        <h3>
          <Link to={`/m/${helper.id}`}>{helper.name}</Link>
        </h3>
        <p className="muted">
          {helper.band === 0
            ? t("whoCanHelp.samePlace", { place: helper.placeName })
            : t("whoCanHelp.band", { place: helper.placeName, km: helper.band })}
          {" · "}
          {t("whoCanHelp.reputation", { count: helper.reputation })}
        </p>
        {helper.verified ? (
          <p>
            <span className="badge">
              {t(`badge.verified.${helper.verified}`, { place: helper.placeName })}
            </span>
          </p>
        ) : null}
        {helper.bio ? <p>{helper.bio}</p> : null}
        <SkillList label={t("profile.canHelpWith")} skills={helper.skills} />
        {helper.mayWrite ? (
          <p>
            <Link
              className="button button--secondary"
              to={`/messages/nouveau?a=${encodeURIComponent(helper.id)}`}
              aria-label={t("messages.write", { name: helper.name })}
            >
              {t("whoCanHelp.write")}
            </Link>
          </p>
        ) : null}
      </div>
    </li>
  );
}

export function WhoCanHelpForm({
  typedSkill,
  typedPlace,
  radiusKm,
}: {
  typedSkill: string;
  typedPlace: string;
  radiusKm: number;
}) {
  const t = useTranslate();
  const locale = useLocale();
  return (
    <Form method="get" role="search" aria-labelledby="who-title" className="card who-can-help-form">
      <FieldFrame id="who-skill" label={t("whoCanHelp.skill")} hint={t("whoCanHelp.skillHint")}>
        {(control) => (
          <>
            <input
              {...control}
              type="text"
              name="competence"
              list="who-skill-list"
              defaultValue={typedSkill}
              maxLength={SKILL_QUERY_MAX_LENGTH}
              required
            />
            <datalist id="who-skill-list">
              {SKILLS.map((skill) => (
                <option key={skill.slug} value={skill[locale]} />
              ))}
            </datalist>
          </>
        )}
      </FieldFrame>
      <FieldFrame id="who-place" label={t("whoCanHelp.place")}>
        {(control) => (
          <PlaceCombobox
            id={control.id}
            name="lieu"
            defaultValue={typedPlace}
            describedBy={control["aria-describedby"]}
            required
            onChoose={() => {}}
          />
        )}
      </FieldFrame>
      <FieldFrame id="who-radius" label={t("whoCanHelp.radius")}>
        {(control) => (
          <select {...control} name="rayon" defaultValue={String(radiusKm)}>
            {HELP_RADII.map((radius) => (
              <option key={radius} value={radius}>
                {t("whoCanHelp.radiusOption", { radius })}
              </option>
            ))}
          </select>
        )}
      </FieldFrame>
      <p>
        <button type="submit" className="button">
          {t("whoCanHelp.submit")}
        </button>
      </p>
    </Form>
  );
}
