import { getFormProps, getSelectProps, type SubmissionResult } from "@conform-to/react";
import { Form, Link } from "@remix-run/react";
import { Field, FormErrors, useValidatedForm } from "#app/components/forms";
import { InviteLink } from "#app/components/invite-link";
import { PlaceField } from "#app/components/place-field";
import { SkillChoices } from "#app/components/skill-list";
import { formatNumber } from "#app/i18n/format";
import { useLocale, useTranslate } from "#app/i18n/i18n";
import { HOME_RADII_KM } from "#app/domain/home";
import { stepHref } from "#app/domain/onboarding";
import { SKILLS_MAX } from "#app/domain/skills";
import { homeSchema, skillsStepSchema } from "./step-forms";

/** Step 1: where home is, and how far around it « Autour de moi » and the home follow reach. */
export function HomeStep({
  home,
  lastResult,
}: {
  home: { code: string; name: string; radiusKm: number };
  lastResult?: SubmissionResult<string[]>;
}) {
  const t = useTranslate();
  const [form, fields] = useValidatedForm(homeSchema(t), {
    lastResult,
    defaultValue: { placeQuery: home.name, radiusKm: String(home.radiusKm) },
    validate: "onBlur",
  });
  return (
    <>
      <p className="lead">{t("onboarding.commune.intro")}</p>
      <Form method="post" className="card form" {...getFormProps(form)}>
        <input type="hidden" name="intent" value="commune" />
        <FormErrors id={form.errorId} errors={form.errors} />
        <PlaceField
          label={t("field.place")}
          hint={t("field.placeHint")}
          field={fields.placeQuery}
          codeField={fields.placeCode}
          defaultPlace={home.code ? home : null}
          required
        />
        <Field label={t("onboarding.commune.radius")} field={fields.radiusKm}>
          {(control) => (
            <select {...getSelectProps(fields.radiusKm)} {...control}>
              {HOME_RADII_KM.map((radius) => (
                <option key={radius} value={radius}>
                  {t("follows.radiusKm", { radius })}
                </option>
              ))}
            </select>
          )}
        </Field>
        <p className="muted">{t("onboarding.commune.follow")}</p>
        <SaveAndContinue />
      </Form>
    </>
  );
}

/** The submit button of a step's form: it saves, then the next step opens. */
function SaveAndContinue() {
  const t = useTranslate();
  return (
    <p>
      <button type="submit" className="button">
        {t("onboarding.commune.submit")}
      </button>
    </p>
  );
}

/**
 * Step 2: what one can help with, ticked from the skills list (stored on the
 * profile, searched by « Qui peut m'aider ? »). The bio and photo are the
 * profile page's.
 */
export function HelpStep({
  skills,
  lastResult,
}: {
  skills: string[];
  lastResult?: SubmissionResult<string[]>;
}) {
  const t = useTranslate();
  const [form, fields] = useValidatedForm(skillsStepSchema(t), {
    lastResult,
    defaultValue: { skills },
  });
  return (
    <>
      <p className="lead">{t("onboarding.aide.intro")}</p>
      <Form method="post" className="card form" {...getFormProps(form)}>
        <input type="hidden" name="intent" value="skills" />
        <FormErrors id={form.errorId} errors={form.errors} />
        <SkillChoices
          legend={t("onboarding.aide.skills", { max: SKILLS_MAX })}
          field={fields.skills}
          saved={skills}
        />
        <p className="muted">{t("onboarding.aide.where")}</p>
        <SaveAndContinue />
      </Form>
      <p>{t("onboarding.aide.answer")}</p>
      <p>
        <Link to="/parametres/profil">{t("onboarding.aide.profile")}</Link>
      </p>
    </>
  );
}

type Person = { id: string; name: string; placeName: string; distanceKm: number };

/** Step 3: what verification unlocks, and who can verify the member near home. */
export function VerificationStep({
  verified,
  placeName,
  nearKm,
  vouchesNeeded,
  ambassadors,
  neighbours,
}: {
  verified: boolean;
  placeName: string | null;
  nearKm: number;
  vouchesNeeded: number;
  ambassadors: Person[];
  neighbours: Person[];
}) {
  const t = useTranslate();
  if (verified) return <p className="notice">{t("onboarding.verification.done")}</p>;
  return (
    <>
      <div className="card stack">
        <h2>{t("onboarding.verification.unlocksTitle")}</h2>
        <ul>
          <li>{t("onboarding.verification.unlocks.badge")}</li>
          <li>{t("onboarding.verification.unlocks.vote")}</li>
          <li>{t("onboarding.verification.unlocks.vouch")}</li>
          <li>{t("onboarding.verification.unlocks.more")}</li>
        </ul>
        <p className="muted">{t("onboarding.verification.already")}</p>
      </div>
      <section className="card stack" aria-labelledby="verify-near-title">
        <h2 id="verify-near-title">
          {t("onboarding.verification.nearTitle", { place: placeName ?? "", radius: nearKm })}
        </h2>
        {ambassadors.length ? (
          <>
            <p>{t("onboarding.verification.ambassadorsIntro")}</p>
            <PeopleList people={ambassadors} />
          </>
        ) : (
          <>
            <p>{t("onboarding.verification.noAmbassador")}</p>
            <p>{t("onboarding.verification.vouchHow", { count: vouchesNeeded })}</p>
            {neighbours.length ? (
              <PeopleList people={neighbours} />
            ) : (
              <p className="muted">{t("onboarding.verification.noNeighbour")}</p>
            )}
          </>
        )}
        <p>
          <Link to="/verification">{t("onboarding.verification.code")}</Link>
        </p>
      </section>
    </>
  );
}

/** Names link to profiles (where one asks for a vouch); « Écrire » opens a private message. */
function PeopleList({ people }: { people: Person[] }) {
  const t = useTranslate();
  const locale = useLocale();
  return (
    <ul className="people-near">
      {people.map((person) => (
        <li key={person.id}>
          <Link to={`/m/${person.id}`}>{person.name}</Link>{" "}
          <span className="muted">
            {t("onboarding.verification.where", {
              place: person.placeName,
              distance: formatNumber(locale, person.distanceKm),
            })}
          </span>{" "}
          <Link to={`/messages/nouveau?a=${person.id}`}>
            {t("onboarding.verification.write", { name: person.name })}
          </Link>
        </li>
      ))}
    </ul>
  );
}

/** Step 4: a personal invite link for a neighbour. */
export function InviteStep({
  emailVerified,
  inviteUrl,
}: {
  emailVerified: boolean;
  inviteUrl: string | null;
}) {
  const t = useTranslate();
  return (
    <div className="card stack">
      <p className="lead">{t("invitations.intro")}</p>
      {inviteUrl ? (
        <InviteLink url={inviteUrl} />
      ) : emailVerified ? (
        <Form method="post" action="/invitations">
          <input type="hidden" name="redirectTo" value={stepHref("inviter")} />
          <button type="submit" name="intent" value="create" className="button">
            {t("invitations.create")}
          </button>
        </Form>
      ) : (
        <p className="notice">{t("refusal.invitation-email-unverified")}</p>
      )}
      <p>
        <Link to="/invitations">{t("onboarding.inviter.manage")}</Link>
      </p>
    </div>
  );
}
