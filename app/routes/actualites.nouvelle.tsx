import { getFormProps, getInputProps, getSelectProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { data, redirect, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { ChoiceField, Field, FormErrors, useValidatedForm } from "#app/components/forms";
import { MarkdownEditor } from "#app/components/markdown-editor";
import { PhotoFields } from "#app/components/photo-fields";
import { altsRequired, ALT_FIELDS, PHOTOS_FIELD, photoFields } from "#app/domain/image-forms";
import { NEWS_BODY_MAX, NEWS_REACH_KM } from "#app/domain/news";
import { newsSchema } from "#app/domain/news-forms";
import { translate, useTranslate, type Translate } from "#app/i18n/i18n";
import { attachNewsImages } from "#app/models/images/images.server";
import { preparePhotos } from "#app/models/images/uploads.server";
import { loadActor } from "#app/models/members/privileges.server";
import { newsPath } from "#app/models/news/paths";
import { publisherOf, publishersFor, publishNews } from "#app/models/news/publish.server";
import { getPlace } from "#app/models/places/places.server";
import { refusalInit, refusalMessage, refusedSubmission } from "#app/models/refusal-message";
import { defineAction } from "#app/server/actions.server";
import { requireVerifiedEmail } from "#app/server/auth.server";
import { getDb } from "#app/server/db.server";
import { getLocale, getTranslator } from "#app/server/locale.server";
import { getUploadsDir, type Uploads } from "#app/server/uploads.server";

/** /actualites/nouvelle: a listing's manager or a commune's staff publishes news (ADR 027). */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireVerifiedEmail(request);
  const db = getDb();
  const url = new URL(request.url);
  const from = getPlace(db, url.searchParams.get("lieu") ?? "");
  const actor = loadActor(db, user.id)!;
  const publishers = publishersFor(db, actor, from?.id ?? null);
  const asked = url.searchParams.get("au-nom-de");
  return {
    locale: await getLocale(request),
    publishers,
    publisher: publishers.find((p) => p.value === asked)?.value ?? publishers[0]?.value ?? "",
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${translate(data?.locale ?? "fr", "news.new.title")} · Coup de main` },
];

function newsWithPhotos(t: Translate) {
  return newsSchema(t).extend(photoFields(t)).superRefine(altsRequired(t));
}

/** The photos are streamed to disk by defineAction, within their limits (ADR 018). */
export const action = defineAction(
  { limit: "news", body: "multipart", files: PHOTOS_FIELD },
  async ({ request, form, uploads }) => {
    const user = await requireVerifiedEmail(request);
    const { t } = await getTranslator(request);
    return publish(form, uploads, user.id, t);
  },
);

async function publish(form: FormData, upload: Uploads, userId: string, t: Translate) {
  const db = getDb();
  const submission = parseWithZod(form, { schema: newsWithPhotos(t) });
  if (submission.status !== "success") {
    const again: Record<string, string[]> = upload.files.length
      ? { photos: [t("photos.chooseAgain")] }
      : {};
    return data({ result: submission.reply({ fieldErrors: again }) }, { status: 400 });
  }
  const input = submission.value;
  const publisher = publisherOf(input.publisher)!;
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
  const outcome = publishNews(db, userId, publisher, {
    title: input.title,
    body: input.body,
    reachKm: input.reachKm,
  });
  if (!outcome.ok) return refusedSubmission(t, submission, outcome.refusal);
  attachNewsImages(
    { db, uploadsDir: getUploadsDir() },
    { id: outcome.id, ownerId: userId },
    prepared.photos,
  );
  return redirect(newsPath(outcome));
}

export default function NewNews() {
  const { publishers, publisher } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const t = useTranslate();
  const [form, fields] = useValidatedForm(newsWithPhotos(t), {
    lastResult: actionData?.result,
    defaultValue: { publisher, reachKm: "0" },
    validate: "onBlur",
  });
  if (!publishers.length) {
    return (
      <section className="stack">
        <h1>{t("news.new.title")}</h1>
        <p className="notice">{t("news.new.none")}</p>
      </section>
    );
  }
  return (
    <section className="stack" aria-labelledby="news-new-title">
      <h1 id="news-new-title">{t("news.new.title")}</h1>
      <p className="lead">{t("news.new.lead")}</p>
      <Form
        method="post"
        encType="multipart/form-data"
        className="card form"
        {...getFormProps(form)}
      >
        <FormErrors id={form.errorId} errors={form.errors} />
        <Field label={t("news.field.publisher")} field={fields.publisher}>
          {(control) => (
            <select {...getSelectProps(fields.publisher)} {...control}>
              {publishers.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.kind === "place"
                    ? t("news.publisher.place", { place: option.name })
                    : option.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          label={t("news.field.title")}
          field={fields.title}
          inputProps={{ ...getInputProps(fields.title, { type: "text" }), autoComplete: "off" }}
        />
        <MarkdownEditor
          id={fields.body.id}
          name={fields.body.name}
          label={t("news.field.body")}
          hint={t("news.field.bodyHint")}
          defaultValue={
            typeof fields.body.initialValue === "string" ? fields.body.initialValue : ""
          }
          maxLength={NEWS_BODY_MAX}
          errors={fields.body.errors}
          rows={10}
        />
        <ChoiceField legend={t("news.field.reach")} field={fields.reachKm}>
          {NEWS_REACH_KM.map((km) => (
            <label key={km}>
              <input
                type="radio"
                name={fields.reachKm.name}
                value={km}
                defaultChecked={String(fields.reachKm.initialValue ?? "0") === String(km)}
              />
              {km === 0 ? t("news.reach.option.0") : t("news.reach.option.km", { km })}
            </label>
          ))}
        </ChoiceField>
        <PhotoFields fields={fields} photosField={fields.photos} />
        <p>
          <button type="submit" className="button" disabled={navigation.state === "submitting"}>
            {t("news.submit")}
          </button>
        </p>
      </Form>
    </section>
  );
}
