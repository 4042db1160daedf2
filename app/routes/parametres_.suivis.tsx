import { getFormProps, getSelectProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import {
  data,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useState } from "react";
import { z } from "zod";
import { ActionNotice, Field, FieldErrors, FormErrors } from "#app/components/forms";
import { PlaceCombobox } from "#app/components/place-combobox";
import { translate, useTranslate, type Translate } from "#app/i18n/i18n";
import { getTranslator } from "#app/server/locale.server";
import {
  addFollow,
  followPlaceDefault,
  listFollows,
  removeFollow,
  resolveFollowPlace,
} from "#app/models/notifications/follows.server";
import { getPlaceName } from "#app/models/places/places.server";
import { refusalInit, refusalMessage } from "#app/models/refusal-message";
import { requireUser } from "#app/server/auth.server";
import { getDb } from "#app/server/db.server";
import { FOLLOW_RADII_KM, type FollowRadiusKm } from "#app/domain/follows";
import { CATEGORIES, type Category } from "#app/domain/questions";

function followSchema(t: Translate) {
  return z.object({
    placeQuery: z
      .string({ required_error: t("follows.placeRequired") })
      .trim()
      .min(1, t("follows.placeRequired"))
      .max(100),
    placeCode: z.string().max(10).optional(),
    radiusKm: z.coerce
      .number({ invalid_type_error: t("follows.invalidChoice") })
      .refine((radius): radius is FollowRadiusKm => FOLLOW_RADII_KM.some((r) => r === radius), {
        message: t("follows.invalidChoice"),
      }),
    category: z.enum(CATEGORIES, { message: t("follows.invalidChoice") }).optional(),
  });
}

const removeSchema = z.object({
  intent: z.literal("remove"),
  followId: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER),
});

/** « Bricolage à moins de 10 km de Donges », « Tout à Donges ». */
function describeFollow(
  t: Translate,
  follow: { placeName: string; radiusKm: number; category: Category | null },
) {
  const params = {
    place: follow.placeName,
    radius: follow.radiusKm,
    category: follow.category ? t(`category.${follow.category}`) : "",
  };
  const scope = follow.radiusKm === 0 ? "placeOnly" : "radius";
  return t(`follows.${scope}.${follow.category ? "category" : "all"}`, params);
}

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const { t, locale } = await getTranslator(request);
  const db = getDb();
  return {
    locale,
    follows: listFollows(db, user.id).map((follow) => ({
      id: follow.id,
      label: describeFollow(t, follow),
    })),
    home: followPlaceDefault(db, user.homePlaceId),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${translate(data?.locale ?? "fr", "follows.title")} · Coup de main` },
];

/** Adds or removes one of the signed-in member's follows; nothing else, nobody else's. */
export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const { t } = await getTranslator(request);
  const db = getDb();
  const formData = await request.formData();
  if (formData.get("intent") === "remove") {
    const parsed = removeSchema.safeParse(Object.fromEntries(formData));
    const label = parsed.success
      ? listFollows(db, user.id).find((follow) => follow.id === parsed.data.followId)
      : undefined;
    if (!parsed.success || !label || !removeFollow(db, user.id, parsed.data.followId)) {
      return data({ notice: { ok: false, message: t("follows.notFound") } }, { status: 404 });
    }
    return {
      notice: { ok: true, message: t("follows.removed", { follow: describeFollow(t, label) }) },
    };
  }
  const submission = parseWithZod(formData, { schema: followSchema(t) });
  if (submission.status !== "success") {
    return data({ result: submission.reply() }, { status: 400 });
  }
  const input = submission.value;
  const choice = resolveFollowPlace(db, { code: input.placeCode, query: input.placeQuery });
  if (choice.status !== "found") {
    const message = t(
      choice.status === "ambiguous" ? "field.placeAmbiguous" : "field.placeNotFound",
    );
    return data(
      { result: submission.reply({ fieldErrors: { placeQuery: [message] } }) },
      { status: 400 },
    );
  }
  const follow = {
    placeId: choice.place.id,
    radiusKm: input.radiusKm,
    category: input.category ?? null,
  };
  const added = addFollow(db, user.id, follow);
  if (!added.ok) {
    return data(
      { result: submission.reply({ formErrors: [refusalMessage(t, added.refusal)] }) },
      refusalInit(added.refusal),
    );
  }
  const label = describeFollow(t, {
    ...follow,
    placeName: getPlaceName(db, choice.place.id) ?? "",
  });
  return {
    result: submission.reply({ resetForm: true }),
    notice: { ok: true, message: t("follows.added", { follow: label }) },
  };
}

export default function FollowSettings() {
  const { follows, home } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useTranslate();
  const [placeCode, setPlaceCode] = useState(home?.code ?? "");
  const [form, fields] = useForm({
    lastResult: actionData && "result" in actionData ? actionData.result : undefined,
    defaultValue: { placeQuery: home?.name ?? "", radiusKm: "0" },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: followSchema(t) }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });
  const placeInvalid = Boolean(fields.placeQuery.errors?.length);
  return (
    <div className="stack">
      <p>
        <Link to="/parametres">{t("settings.title")}</Link>
      </p>
      <h1>{t("follows.title")}</h1>
      <p className="lead">{t("follows.intro")}</p>
      <p className="muted">{t("follows.digestNote")}</p>
      <ActionNotice result={actionData && "notice" in actionData ? actionData.notice : null} />

      <section className="card" aria-labelledby="follows-mine">
        <h2 id="follows-mine">{t("follows.mine")}</h2>
        {follows.length === 0 ? (
          <p className="muted">{t("follows.none")}</p>
        ) : (
          <ul className="follow-list">
            {follows.map((follow) => (
              <li key={follow.id}>
                <span>{follow.label}</span>
                <Form method="post">
                  <input type="hidden" name="followId" value={follow.id} />
                  <button
                    type="submit"
                    name="intent"
                    value="remove"
                    className="button button--secondary"
                    aria-label={t("follows.removeLabel", { follow: follow.label })}
                  >
                    {t("follows.remove")}
                  </button>
                </Form>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="card" aria-labelledby="follows-add">
        <h2 id="follows-add">{t("follows.add")}</h2>
        <Form method="post" className="form" {...getFormProps(form)}>
          <FormErrors id={form.errorId} errors={form.errors} />
          <Field label={t("follows.place")} hint={t("follows.placeHint")} field={fields.placeQuery}>
            <PlaceCombobox
              id={fields.placeQuery.id}
              name={fields.placeQuery.name}
              defaultValue={home?.name ?? ""}
              describedBy={[
                fields.placeQuery.descriptionId,
                placeInvalid ? fields.placeQuery.errorId : null,
              ]
                .filter(Boolean)
                .join(" ")}
              invalid={placeInvalid}
              required
              onChoose={(place) => setPlaceCode(place.code)}
              onType={() => setPlaceCode("")}
            >
              {placeCode ? <input type="hidden" name="placeCode" value={placeCode} /> : null}
            </PlaceCombobox>
          </Field>
          <div className="field">
            <label htmlFor={fields.radiusKm.id} className="field-label">
              {t("follows.radius")}
            </label>
            <select
              {...getSelectProps(fields.radiusKm)}
              aria-describedby={
                fields.radiusKm.errors?.length ? fields.radiusKm.errorId : undefined
              }
            >
              {FOLLOW_RADII_KM.map((radius) => (
                <option key={radius} value={radius}>
                  {radius === 0 ? t("follows.radiusPlaceOnly") : t("follows.radiusKm", { radius })}
                </option>
              ))}
            </select>
            <FieldErrors id={fields.radiusKm.errorId} errors={fields.radiusKm.errors} />
          </div>
          <div className="field">
            <label htmlFor={fields.category.id} className="field-label">
              {t("follows.category")}
            </label>
            <select
              {...getSelectProps(fields.category)}
              aria-describedby={
                fields.category.errors?.length ? fields.category.errorId : undefined
              }
            >
              <option value="">{t("follows.allCategories")}</option>
              {CATEGORIES.map((category) => (
                <option key={category} value={category}>
                  {t(`category.${category}`)}
                </option>
              ))}
            </select>
            <FieldErrors id={fields.category.errorId} errors={fields.category.errors} />
          </div>
          <p>
            <button type="submit" className="button">
              {t("follows.submit")}
            </button>
          </p>
        </Form>
      </section>
    </div>
  );
}
