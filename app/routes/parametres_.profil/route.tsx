import { getFormProps, getTextareaProps } from "@conform-to/react";
import { type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { Avatar } from "#app/components/avatar";
import { SkillChoices } from "#app/components/skill-list";
import { ActionNotice, Field, FieldErrors, useValidatedForm } from "#app/components/forms";
import { AVATAR_FIELD, helpProfileSchema } from "#app/domain/profile-forms";
import { shownImage } from "#app/domain/images";
import { memberName } from "#app/domain/names";
import { BIO_MAX, FREE_TAGS_MAX, SKILLS_MAX } from "#app/domain/skills";
import { translate, useTranslate } from "#app/i18n/i18n";
import { avatarsOf } from "#app/models/images/images.server";
import { getHelpProfile } from "#app/models/people/profile.server";
import { defineAction } from "#app/server/actions.server";
import { requireUser } from "#app/server/auth.server";
import { getDb } from "#app/server/db.server";
import { forwardRetryAfter } from "#app/server/headers";
import { getTranslator } from "#app/server/locale.server";
import { changeHelpProfile, type ProfileReply } from "./actions.server";

/** GET /parametres/profil: what the member can help with, their bio and their photo. */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const db = getDb();
  const { locale } = await getTranslator(request);
  const avatar = avatarsOf(db, [user.id]).get(user.id);
  return {
    locale,
    me: {
      id: user.id,
      name: memberName(user, { full: true }),
      avatar: avatar ? shownImage(avatar) : null,
    },
    profile: getHelpProfile(db, user.id),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${translate(data?.locale ?? "fr", "helpProfile.title")} · Coup de main` },
];

export const headers = forwardRetryAfter;

/** A photo is streamed to disk by defineAction, within its limits (ADR 018). */
export const action = defineAction(
  {
    intents: { profile: "profile", photo: "profile", "remove-photo": "profile" },
    body: "multipart",
    files: AVATAR_FIELD,
  },
  async ({ request, form, uploads }) => {
    const user = await requireUser(request);
    const { t } = await getTranslator(request);
    return changeHelpProfile({ form, upload: uploads }, user, t);
  },
);

export default function HelpProfileSettings() {
  const { me, profile } = useLoaderData<typeof loader>();
  const reply = useActionData<ProfileReply>();
  const t = useTranslate();
  return (
    <div className="stack">
      <h1>{t("helpProfile.title")}</h1>
      <p className="lead">{t("helpProfile.intro")}</p>
      <ActionNotice result={reply?.notice} />
      <HelpForm profile={profile} reply={reply} />
      <PhotoForm me={me} reply={reply} />
      <p>
        <Link to={`/m/${me.id}`}>{t("helpProfile.view")}</Link>
      </p>
    </div>
  );
}

function HelpForm({
  profile,
  reply,
}: {
  profile: { bio: string; skills: string[]; tags: string[] };
  reply?: ProfileReply;
}) {
  const t = useTranslate();
  const [form, fields] = useValidatedForm(helpProfileSchema(t), {
    id: "profile-help",
    lastResult: reply?.intent === "profile" ? reply.result : undefined,
    defaultValue: { bio: profile.bio, skills: profile.skills, tags: profile.tags.join(", ") },
  });
  return (
    <section className="card" aria-labelledby="help-title">
      <h2 id="help-title">{t("helpProfile.skills")}</h2>
      <Form method="post" className="form help-profile-form" {...getFormProps(form)}>
        <input type="hidden" name="intent" value="profile" />
        <SkillChoices
          legend={t("helpProfile.skillsHint", { max: SKILLS_MAX })}
          field={fields.skills}
          saved={profile.skills}
        />
        <Field
          label={t("helpProfile.tags")}
          hint={t("helpProfile.tagsHint", { max: FREE_TAGS_MAX })}
          field={fields.tags}
          inputProps={{ type: "text", maxLength: 400 }}
        />
        <Field
          label={t("helpProfile.bio")}
          hint={t("helpProfile.bioHint", { max: BIO_MAX })}
          field={fields.bio}
        >
          {(control) => (
            <textarea {...getTextareaProps(fields.bio)} {...control} rows={4} maxLength={BIO_MAX} />
          )}
        </Field>
        <p>
          <button type="submit" className="button">
            {t("helpProfile.save")}
          </button>
        </p>
      </Form>
    </section>
  );
}

function PhotoForm({
  me,
  reply,
}: {
  me: { id: string; name: string; avatar: Parameters<typeof Avatar>[0]["person"]["avatar"] };
  reply?: ProfileReply;
}) {
  const t = useTranslate();
  const [form] = useValidatedForm(helpProfileSchema(t), {
    id: "profile-photo",
    lastResult: reply?.intent === "photo" ? reply.result : undefined,
  });
  const photoErrors = form.allErrors[AVATAR_FIELD];
  const hintId = "profile-photo-hint";
  return (
    <section className="card" aria-labelledby="photo-title">
      <h2 id="photo-title">{t("helpProfile.photo")}</h2>
      <div className="profile-identity">
        <Avatar person={me} size="large" />
        <p id={hintId} className="field-hint">
          {t("helpProfile.photoHint")}
        </p>
      </div>
      <Form method="post" encType="multipart/form-data" className="form" {...getFormProps(form)}>
        <input type="hidden" name="intent" value="photo" />
        <div className="field">
          <label htmlFor="profile-photo-file" className="field-label">
            {t("helpProfile.photoField")}
          </label>
          <input
            id="profile-photo-file"
            type="file"
            name={AVATAR_FIELD}
            accept="image/jpeg,image/png,image/webp,image/heic,image/heif,image/avif"
            required
            aria-invalid={photoErrors?.length ? true : undefined}
            aria-describedby={photoErrors?.length ? `${hintId} profile-photo-error` : hintId}
          />
          <FieldErrors id="profile-photo-error" errors={photoErrors} />
        </div>
        <p>
          <button type="submit" className="button">
            {t("helpProfile.photoSave")}
          </button>
        </p>
      </Form>
      {me.avatar ? (
        <Form method="post">
          <input type="hidden" name="intent" value="remove-photo" />
          <button type="submit" className="button button--secondary">
            {t("helpProfile.photoRemove")}
          </button>
        </Form>
      ) : null}
    </section>
  );
}
