import { getFormProps, getInputProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { data, redirect, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { Field, FormErrors, TextareaField, useValidatedForm } from "#app/components/forms";
import {
  CONTACT_FIELD_MAX,
  ORGANISATION_DESCRIPTION_MAX,
  organisationPath,
} from "#app/domain/directory";
import { hoursFromForm, hoursToForm, listingEditSchema } from "#app/domain/listing-forms";
import { memberName } from "#app/domain/names";
import { formatDayAndTime } from "#app/i18n/format";
import { translate, useLocale, useTranslate } from "#app/i18n/i18n";
import {
  listingForEdit,
  listingRevisions,
  mayEditListing,
  updateListing,
} from "#app/models/directory/manage.server";
import { parsePostId } from "#app/models/questions/paths";
import { refusalInit, refusalMessage } from "#app/models/refusal-message";
import { defineAction } from "#app/server/actions.server";
import { requireUser } from "#app/server/auth.server";
import { getDb } from "#app/server/db.server";
import { getStore } from "#app/server/search.server";
import { getLocale, getTranslator } from "#app/server/locale.server";
import { HoursFields } from "./hours-fields";

async function editableListing(request: Request, id: string | undefined) {
  const user = await requireUser(request);
  const db = getDb();
  const listing = listingForEdit(db, parsePostId(id));
  if (!listing) throw new Response("Listing not found", { status: 404 });
  if (!mayEditListing(db, user, listing)) throw new Response("Forbidden", { status: 403 });
  return { user, listing };
}

/** GET /o/:id/gerer: the managers (and the place's staff) edit the listing; its revisions below. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { listing } = await editableListing(request, params.id);
  return {
    locale: await getLocale(request),
    listing: {
      id: listing.id,
      name: listing.name,
      path: organisationPath(listing),
      soleTrader: listing.soleTrader,
    },
    defaults: {
      description: listing.description ?? "",
      phone: listing.phone ?? "",
      website: listing.website ?? "",
      email: listing.email ?? "",
      address: listing.address ?? "",
      postalCode: listing.postalCode ?? "",
      addressPublic: listing.addressPublic ? "on" : undefined,
      ...hoursToForm(listing.openingHours),
    },
    revisions: listingRevisions(getDb(), listing.id, 20).map((revision) => ({
      id: revision.id,
      createdAt: revision.createdAt.toISOString(),
      editor: revision.editor?.firstName
        ? memberName(
            { firstName: revision.editor.firstName, lastName: revision.editor.lastName ?? "" },
            { full: true },
          )
        : null,
      fields: Object.keys(revision.fields),
    })),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  data
    ? [
        {
          title: `${translate(data.locale, "listing.manageTitle", { name: data.listing.name })} · Coup de main`,
        },
        { name: "robots", content: "noindex" },
      ]
    : [];

export const action = defineAction({ limit: "edit" }, async ({ request, params, form }) => {
  const { user, listing } = await editableListing(request, params.id);
  const { t } = await getTranslator(request);
  const submission = parseWithZod(form, { schema: listingEditSchema(t) });
  if (submission.status !== "success") {
    return data({ result: submission.reply() }, { status: 400 });
  }
  const value = submission.value;
  const updated = updateListing(getStore(), user, listing.id, {
    description: value.description ?? null,
    phone: value.phone ?? null,
    website: value.website ?? null,
    email: value.email ?? null,
    address: value.address ?? null,
    postalCode: value.postalCode ?? null,
    addressPublic: value.addressPublic ?? false,
    openingHours: hoursFromForm(value),
  });
  if (!updated.ok) {
    return data(
      { result: submission.reply({ formErrors: [refusalMessage(t, updated.refusal)] }) },
      refusalInit(updated.refusal),
    );
  }
  return redirect(`${organisationPath(listing)}?modifiee=1`);
});

export default function ManageListing() {
  const { listing, defaults, revisions } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useTranslate();
  const locale = useLocale();
  const [form, fields] = useValidatedForm(listingEditSchema(t), {
    id: "listing-form",
    lastResult: actionData?.result,
    defaultValue: defaults,
    validate: "onBlur",
  });
  return (
    <section className="stack" aria-labelledby="manage-title">
      <p>
        <Link to={listing.path}>{listing.name}</Link>
      </p>
      <h1 id="manage-title">{t("listing.manageTitle", { name: listing.name })}</h1>
      <Form method="post" className="form card listing-form" {...getFormProps(form)}>
        <FormErrors id={form.errorId} errors={form.errors} />
        <TextareaField
          label={t("listing.description")}
          hint={t("listing.descriptionHint")}
          field={fields.description}
          rows={6}
          maxLength={ORGANISATION_DESCRIPTION_MAX}
        />
        <fieldset className="stack">
          <legend>{t("listing.contact")}</legend>
          <Field
            label={t("organisation.phone")}
            field={fields.phone}
            inputProps={{ ...getInputProps(fields.phone, { type: "tel" }), maxLength: 30 }}
          />
          <Field
            label={t("organisation.website")}
            field={fields.website}
            inputProps={{
              ...getInputProps(fields.website, { type: "url" }),
              maxLength: CONTACT_FIELD_MAX,
            }}
          />
          <Field
            label={t("listing.email")}
            hint={t("listing.emailHint")}
            field={fields.email}
            inputProps={{
              ...getInputProps(fields.email, { type: "email" }),
              maxLength: CONTACT_FIELD_MAX,
            }}
          />
        </fieldset>
        <fieldset className="stack">
          <legend>{t("organisation.address")}</legend>
          <Field
            label={t("listing.street")}
            field={fields.address}
            inputProps={{
              ...getInputProps(fields.address, { type: "text" }),
              maxLength: CONTACT_FIELD_MAX,
            }}
          />
          <Field
            label={t("listing.postalCode")}
            field={fields.postalCode}
            inputProps={{
              ...getInputProps(fields.postalCode, { type: "text" }),
              inputMode: "numeric",
              maxLength: 5,
            }}
          />
          <label className="checkbox-label">
            <input {...getInputProps(fields.addressPublic, { type: "checkbox" })} />
            {t("listing.addressPublic")}
          </label>
          {listing.soleTrader ? <p className="muted">{t("listing.soleTraderHint")}</p> : null}
        </fieldset>
        <HoursFields fields={fields} />
        <p>
          <button type="submit" className="button">
            {t("listing.save")}
          </button>
        </p>
      </Form>
      <section className="card stack" aria-labelledby="revisions-title">
        <h2 id="revisions-title">{t("listing.revisions")}</h2>
        {revisions.length === 0 ? (
          <p className="muted">{t("listing.noRevisions")}</p>
        ) : (
          <ol className="listing-revisions">
            {revisions.map((revision) => (
              <li key={revision.id}>
                <time dateTime={revision.createdAt}>
                  {formatDayAndTime(locale, revision.createdAt)}
                </time>{" "}
                {t("listing.revisionBy", { name: revision.editor ?? t("listing.formerMember") })}
              </li>
            ))}
          </ol>
        )}
      </section>
    </section>
  );
}
