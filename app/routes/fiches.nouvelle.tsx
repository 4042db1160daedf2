import { getFormProps, getInputProps, getSelectProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { data, redirect, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { ClaimFields, ClaimNeedsVerification } from "#app/components/claim-fields";
import { Field, FormErrors, useValidatedForm } from "#app/components/forms";
import { CategoryOptions } from "#app/components/category-options";
import { PlaceField } from "#app/components/place-field";
import {
  ORGANISATION_NAME_MAX,
  kindOfCategory,
  organisationPath,
  type OrganisationCategory,
} from "#app/domain/directory";
import { newListingSchema } from "#app/domain/listing-forms";
import { translate, useTranslate } from "#app/i18n/i18n";
import { createListing } from "#app/models/directory/manage.server";
import { loadActor } from "#app/models/members/privileges.server";
import { resolveFollowPlace, followPlaceDefault } from "#app/models/notifications/follows.server";
import { refusalInit, refusalMessage } from "#app/models/refusal-message";
import { defineAction } from "#app/server/actions.server";
import { requireUser } from "#app/server/auth.server";
import { getDb } from "#app/server/db.server";
import { getStore } from "#app/server/search.server";
import { getLocale, getTranslator } from "#app/server/locale.server";

/**
 * GET /fiches/nouvelle: a verified neighbour adds a place the directory
 * lacks; it comes with their claim, which the commune's staff check.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const db = getDb();
  return {
    locale: await getLocale(request),
    verified: Boolean(loadActor(db, user.id)?.verifiedNeighbour),
    home: followPlaceDefault(db, user.homePlaceId),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${translate(data?.locale ?? "fr", "listing.newTitle")} · Coup de main` },
  { name: "robots", content: "noindex" },
];

export const action = defineAction({ limit: "claim" }, async ({ request, form }) => {
  const user = await requireUser(request);
  const { t } = await getTranslator(request);
  const submission = parseWithZod(form, { schema: newListingSchema(t) });
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  const input = submission.value;
  const db = getDb();
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
  const category = input.category as OrganisationCategory;
  const created = createListing(
    getStore(),
    user.id,
    { kind: kindOfCategory(category), category, name: input.name, placeId: choice.place.id },
    { role: input.role, message: input.message },
  );
  if (!created.ok) {
    return data(
      { result: submission.reply({ formErrors: [refusalMessage(t, created.refusal)] }) },
      refusalInit(created.refusal),
    );
  }
  return redirect(organisationPath({ id: created.organisationId, slug: created.slug }));
});

export default function NewListing() {
  const { verified, home } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useTranslate();
  const [form, fields] = useValidatedForm(newListingSchema(t), {
    id: "new-listing",
    lastResult: actionData?.result,
    defaultValue: { placeQuery: home?.name ?? "" },
    validate: "onBlur",
  });
  return (
    <section className="stack" aria-labelledby="new-listing-title">
      <h1 id="new-listing-title">{t("listing.newTitle")}</h1>
      {!verified ? (
        <ClaimNeedsVerification />
      ) : (
        <>
          <p>{t("listing.newIntro")}</p>
          <Form method="post" className="form card" {...getFormProps(form)}>
            <FormErrors id={form.errorId} errors={form.errors} />
            <Field
              label={t("listing.name")}
              field={fields.name}
              inputProps={{
                ...getInputProps(fields.name, { type: "text" }),
                maxLength: ORGANISATION_NAME_MAX,
                required: true,
              }}
            />
            <Field label={t("listing.category")} field={fields.category}>
              {(control) => (
                <select {...getSelectProps(fields.category)} {...control} required>
                  <option value="">{t("claims.checkChoose")}</option>
                  <CategoryOptions />
                </select>
              )}
            </Field>
            <PlaceField
              label={t("organisation.commune")}
              field={fields.placeQuery}
              codeField={fields.placeCode}
              defaultPlace={home}
              required
            />
            <ClaimFields
              role={fields.role}
              message={fields.message}
              submitLabel={t("listing.create")}
            />
          </Form>
        </>
      )}
    </section>
  );
}
