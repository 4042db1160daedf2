import { getFormProps, getSelectProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { ActionNotice, Field, FormErrors, useValidatedForm } from "#app/components/forms";
import { PlaceField } from "#app/components/place-field";
import { CategoryOptions } from "#app/components/question-fields";
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
import { refusedSubmission } from "#app/models/refusal-message";
import { requireUser } from "#app/server/auth.server";
import { getDb } from "#app/server/db.server";
import { FOLLOW_RADII_KM } from "#app/domain/follows";
import { placeAndRadiusSchema } from "#app/domain/place-and-radius-form";
import { CATEGORIES, type Category } from "#app/domain/questions";
import { defineAction } from "#app/server/actions.server";
import { listListingFollows, unfollowListing } from "#app/models/deals/listing-follows.server";
import { FollowedListings } from "#app/components/deals";

function followSchema(t: Translate) {
  return placeAndRadiusSchema(t, FOLLOW_RADII_KM).extend({
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
    listings: listListingFollows(db, user.id),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${translate(data?.locale ?? "fr", "follows.title")} · Coup de main` },
];

/** Adds or removes one of the signed-in member's follows; nothing else, nobody else's. */
export const action = defineAction(
  { intents: { follow: "follows", remove: "follows", "unfollow-listing": "follows" } },
  async ({ request, form, intent }) => {
    const user = await requireUser(request);
    const { t } = await getTranslator(request);
    const db = getDb();
    if (intent === "unfollow-listing") {
      const id = removeSchema.shape.followId.safeParse(form.get("organisationId")).data;
      const listing = listListingFollows(db, user.id).find((mine) => mine.id === id);
      if (!listing || !unfollowListing(db, user.id, listing.id)) {
        return data({ notice: { ok: false, message: t("follows.notFound") } }, { status: 404 });
      }
      return { notice: { ok: true, message: t("follows.listingRemoved", { name: listing.name }) } };
    }
    if (intent === "remove") {
      const removal = parseWithZod(form, { schema: removeSchema });
      const followId = removal.status === "success" ? removal.value.followId : null;
      const follow = listFollows(db, user.id).find((mine) => mine.id === followId);
      if (!follow || !removeFollow(db, user.id, follow.id)) {
        return data({ notice: { ok: false, message: t("follows.notFound") } }, { status: 404 });
      }
      return {
        notice: { ok: true, message: t("follows.removed", { follow: describeFollow(t, follow) }) },
      };
    }
    const submission = parseWithZod(form, { schema: followSchema(t) });
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
      return refusedSubmission(t, submission, added.refusal);
    }
    const label = describeFollow(t, {
      ...follow,
      placeName: getPlaceName(db, choice.place.id) ?? "",
    });
    return {
      result: submission.reply({ resetForm: true }),
      notice: { ok: true, message: t("follows.added", { follow: label }) },
    };
  },
);

export default function FollowSettings() {
  const { follows, home, listings } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useTranslate();
  const [form, fields] = useValidatedForm(followSchema(t), {
    lastResult: actionData && "result" in actionData ? actionData.result : undefined,
    defaultValue: { placeQuery: home?.name ?? "", radiusKm: "0" },
    validate: "onBlur",
  });
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
          <ul className="row-list">
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

      <FollowedListings listings={listings} />

      <section className="card" aria-labelledby="follows-add">
        <h2 id="follows-add">{t("follows.add")}</h2>
        <Form method="post" className="form" {...getFormProps(form)}>
          <input type="hidden" name="intent" value="follow" />
          <FormErrors id={form.errorId} errors={form.errors} />
          <PlaceField
            label={t("follows.place")}
            hint={t("follows.placeHint")}
            field={fields.placeQuery}
            codeField={fields.placeCode}
            defaultPlace={home}
            required
          />
          <Field label={t("follows.radius")} field={fields.radiusKm}>
            {(control) => (
              <select {...getSelectProps(fields.radiusKm)} {...control}>
                {FOLLOW_RADII_KM.map((radius) => (
                  <option key={radius} value={radius}>
                    {radius === 0
                      ? t("follows.radiusPlaceOnly")
                      : t("follows.radiusKm", { radius })}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t("follows.category")} field={fields.category}>
            {(control) => (
              <select {...getSelectProps(fields.category)} {...control}>
                <CategoryOptions none={t("follows.allCategories")} />
              </select>
            )}
          </Field>
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
