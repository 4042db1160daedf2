import { getFormProps, getInputProps, getSelectProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { data, redirect, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { ChoiceField, Field, FormErrors, useValidatedForm } from "#app/components/forms";
import { PhotoFields } from "#app/components/photo-fields";
import { QuestionFields } from "#app/components/question-fields";
import { SharedPosition } from "#app/components/shared-position";
import { SimilarQuestions } from "#app/components/similar-questions";
import { translate, useTranslate, type Translate } from "#app/i18n/i18n";
import { getLocale, getTranslator } from "#app/server/locale.server";
import { getPlace } from "#app/models/places/places.server";
import { loadActor } from "#app/models/members/privileges.server";
import { attachPostImages } from "#app/models/images/images.server";
import { preparePhotos } from "#app/models/images/uploads.server";
import { askablePlaces, askQuestion } from "#app/models/questions/ask.server";
import { questionPath } from "#app/models/questions/paths";
import { linkQuestionToNews, newsToAskAbout } from "#app/models/news/questions.server";
import { refusalInit, refusalMessage, refusedSubmission } from "#app/models/refusal-message";
import { requireVerifiedEmail } from "#app/server/auth.server";
import { parisDay } from "#app/i18n/format";
import { getDb } from "#app/server/db.server";
import { forwardRetryAfter } from "#app/server/headers";
import { QUESTION_KINDS } from "#app/domain/questions";
import { askSchema } from "#app/domain/question-forms";
import { altsRequired, ALT_FIELDS, PHOTOS_FIELD, photoFields } from "#app/domain/image-forms";
import { hitRateLimit, RATE_LIMITS } from "#app/server/rate-limit.server";
import { getStore } from "#app/server/search.server";
import { getUploadsDir, type Uploads } from "#app/server/uploads.server";
import { defineAction } from "#app/server/actions.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireVerifiedEmail(request);
  const db = getDb();
  const url = new URL(request.url);
  const places = user.homePlaceId != null ? askablePlaces(db, user.homePlaceId) : [];
  // "?lieu=" preselects a neighbouring place (from its page); "?titre=" prefills the title (from a search).
  const askedPlace = getPlace(db, url.searchParams.get("lieu") ?? "");
  const placeCode = places.some((place) => place.code === askedPlace?.code)
    ? askedPlace!.code
    : places[0]?.code;
  return {
    locale: await getLocale(request),
    places,
    placeCode: placeCode ?? "",
    // "?actualite=" asks about a news post (ADR 027): its title to start from, the link kept.
    about: newsToAskAbout(db, url.searchParams.get("actualite")),
    // Never cut: a title too long is shown whole, with its counter, and refused on sending.
    title: url.searchParams.get("titre") ?? "",
    today: parisDay(new Date()),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${translate(data?.locale ?? "fr", "ask.title")} · Coup de main` },
];

export const headers = forwardRetryAfter;

function askWithPhotos(t: Translate, today: string) {
  return askSchema(t, today).extend(photoFields(t)).superRefine(altsRequired(t));
}

/** The photos are streamed to disk by defineAction, within their limits (ADR 018). */
export const action = defineAction(
  { limit: "ask", body: "multipart", files: PHOTOS_FIELD },
  async ({ request, form, uploads }) => {
    const user = await requireVerifiedEmail(request);
    const { t } = await getTranslator(request);
    return ask(form, uploads, user.id, t);
  },
);

async function ask(form: FormData, upload: Uploads, userId: string, t: Translate) {
  const db = getDb();
  const submission = parseWithZod(form, {
    schema: askWithPhotos(t, parisDay(new Date())),
  });
  if (submission.status !== "success") {
    const again: Record<string, string[]> = upload.files.length
      ? { photos: [t("photos.chooseAgain")] }
      : {};
    return data({ result: submission.reply({ fieldErrors: again }) }, { status: 400 });
  }
  const input = submission.value;
  const place = getPlace(db, input.placeCode);
  const actor = loadActor(db, userId);
  if (!place || !actor) {
    return data(
      { result: submission.reply({ fieldErrors: { placeCode: [t("ask.error.place")] } }) },
      { status: 400 },
    );
  }
  const limit = hitRateLimit(db, `ask:user:${userId}`, RATE_LIMITS.askPerUser);
  if (!limit.allowed) {
    const retryAfterSeconds = limit.retryAfterSeconds;
    return refusedSubmission(t, submission, { reason: "rate-limited", retryAfterSeconds });
  }
  const prepared = await preparePhotos(
    upload,
    ALT_FIELDS.map((name) => input[name]),
  );
  if (!prepared.ok) {
    const photos = [refusalMessage(t, prepared.refusal), t("photos.chooseAgain")];
    return data(
      { result: submission.reply({ fieldErrors: { photos } }) },
      refusalInit(prepared.refusal),
    );
  }
  const position =
    input.sharePosition && input.lat != null && input.lng != null
      ? { lat: input.lat, lng: input.lng }
      : null;
  const outcome = askQuestion(getStore(), actor, {
    placeId: place.id,
    kind: input.kind,
    category: input.category,
    title: input.title,
    body: input.body,
    tags: input.tags,
    neededBy: input.neededBy ?? null,
    position,
  });
  if (!outcome.ok) {
    return refusedSubmission(t, submission, outcome.refusal);
  }
  attachPostImages(
    { db, uploadsDir: getUploadsDir() },
    { type: "question", id: outcome.id, ownerId: userId },
    prepared.photos,
  );
  linkQuestionToNews(db, outcome.id, form.get("actualite"));
  return redirect(questionPath(outcome));
}

export default function Ask() {
  const { places, placeCode, title, today, about } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const t = useTranslate();
  const [form, fields] = useValidatedForm(askWithPhotos(t, today), {
    lastResult: actionData?.result,
    defaultValue: { kind: "question", placeCode, title: title || about?.title || "" },
    validate: "onBlur",
  });

  if (!places.length) {
    return (
      <section className="stack">
        <h1>{t("ask.title")}</h1>
        <p className="notice">
          <Link to="/parametres">{t("ask.noHome")}</Link>
        </p>
      </section>
    );
  }
  const homeName = places[0]!.name;
  return (
    <section className="stack" aria-labelledby="ask-title">
      <h1 id="ask-title">{t("ask.title")}</h1>
      <p className="lead">{t("ask.intro", { place: homeName })}</p>
      <Form
        method="post"
        encType="multipart/form-data"
        className="card form"
        {...getFormProps(form)}
      >
        <FormErrors id={form.errorId} errors={form.errors} />
        {about ? (
          <p className="notice">
            <input type="hidden" name="actualite" value={about.id} />
            {t("news.aboutNews", { title: about.title })}
          </p>
        ) : null}
        <ChoiceField legend={t("ask.kind")} field={fields.kind}>
          {QUESTION_KINDS.map((value) => (
            <label key={value} className="kind-choice">
              <input
                type="radio"
                name={fields.kind.name}
                value={value}
                defaultChecked={fields.kind.initialValue === value}
              />
              {t(`kind.${value}`)}
              <span className="muted"> · {t(`kind.${value}.hint`)}</span>
            </label>
          ))}
        </ChoiceField>
        <QuestionFields
          fields={fields}
          afterTitle={
            <SimilarQuestions
              title={fields.title.value ?? ""}
              placeCode={fields.placeCode.value ?? placeCode}
            />
          }
        />
        <Field label={t("ask.place")} hint={t("ask.placeHint")} field={fields.placeCode}>
          {(control) => (
            <select {...getSelectProps(fields.placeCode)} {...control}>
              {places.map((place) => (
                <option key={place.code} value={place.code}>
                  {place.distanceKm
                    ? `${place.name} (${t("list.distance", { distance: Math.round(place.distanceKm) })})`
                    : place.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          label={t("ask.neededBy")}
          hint={t("ask.neededByHint")}
          field={fields.neededBy}
          inputProps={{ ...getInputProps(fields.neededBy, { type: "date" }), min: today }}
        />
        <SharedPosition
          label={t("ask.sharePosition")}
          hint={t("ask.sharePositionHint")}
          checkboxName={fields.sharePosition.name}
          latName={fields.lat.name}
          lngName={fields.lng.name}
        />
        <PhotoFields fields={fields} photosField={fields.photos} />
        <p>
          <button type="submit" className="button" disabled={navigation.state === "submitting"}>
            {t("ask.submit")}
          </button>
        </p>
      </Form>
    </section>
  );
}
