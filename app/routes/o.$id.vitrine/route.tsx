import { getFormProps, type SubmissionResult } from "@conform-to/react";
import { type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import {
  ActionNotice,
  ChoiceField,
  FormErrors,
  TextareaField,
  useValidatedForm,
} from "#app/components/forms";
import { organisationPath } from "#app/domain/directory";
import { IMAGE_ALT_MAX } from "#app/domain/images";
import { partnerPageSchema } from "#app/domain/partner-forms";
import {
  PARTNER_DESCRIPTION_MAX,
  PARTNER_GALLERY_MAX,
  PARTNER_SERVICES,
} from "#app/domain/partners";
import { translate, useTranslate } from "#app/i18n/i18n";
import { listingForEdit, mayEditListing } from "#app/models/directory/manage.server";
import { partnerPageForEdit } from "#app/models/directory/partner-page.server";
import { isPartner } from "#app/models/directory/partnerships.server";
import { parsePostId } from "#app/models/questions/paths";
import { defineAction } from "#app/server/actions.server";
import { requireUser } from "#app/server/auth.server";
import { getDb } from "#app/server/db.server";
import { getLocale, getTranslator } from "#app/server/locale.server";
import { changeShowcase } from "./actions.server";

const PHOTO_FIELD = "photo";

async function showcaseEditor(request: Request, id: string | undefined) {
  const user = await requireUser(request);
  const db = getDb();
  const listing = listingForEdit(db, parsePostId(id));
  if (!listing) throw new Response("Listing not found", { status: 404 });
  if (!mayEditListing(db, user, listing)) throw new Response("Forbidden", { status: 403 });
  if (!isPartner(db, listing.id)) throw new Response("Not a partner", { status: 403 });
  return { user, listing };
}

/** GET /o/:id/vitrine: a partner's managers set its long description, services and gallery. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { listing } = await showcaseEditor(request, params.id);
  return {
    locale: await getLocale(request),
    listing: { id: listing.id, name: listing.name, path: organisationPath(listing) },
    page: partnerPageForEdit(getDb(), listing.id),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  data
    ? [
        {
          title: `${translate(data.locale, "partner.editTitle", { name: data.listing.name })} · Coup de main`,
        },
        { name: "robots", content: "noindex" },
      ]
    : [];

/** A photo is streamed to disk by defineAction, within its limits (ADR 018). */
export const action = defineAction(
  {
    intents: { page: "edit", photo: "edit", "remove-photo": "edit" },
    body: "multipart",
    files: PHOTO_FIELD,
  },
  async ({ request, params, form, uploads, intent }) => {
    const { user, listing } = await showcaseEditor(request, params.id);
    const { t } = await getTranslator(request);
    return changeShowcase({ form, uploads, intent: intent! }, user, listing.id, t);
  },
);

export default function PartnerShowcaseEditor() {
  const { listing, page } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useTranslate();
  const [form, fields] = useValidatedForm(partnerPageSchema(t), {
    id: "showcase-form",
    lastResult: actionData?.result as SubmissionResult<string[]> | null | undefined,
    defaultValue: page,
  });
  return (
    <section className="stack" aria-labelledby="showcase-title">
      <p>
        <Link to={listing.path}>{listing.name}</Link>
      </p>
      <h1 id="showcase-title">{t("partner.editTitle", { name: listing.name })}</h1>
      <p>{t("partner.editIntro")}</p>
      <ActionNotice result={actionData?.notice} />
      <Form method="post" className="form card stack" {...getFormProps(form)}>
        <FormErrors id={form.errorId} errors={form.errors} />
        <TextareaField
          label={t("partner.longDescription")}
          hint={t("partner.longDescriptionHint")}
          field={fields.longDescription}
          rows={8}
          maxLength={PARTNER_DESCRIPTION_MAX}
        />
        <ChoiceField legend={t("partner.services")} field={fields.services}>
          {PARTNER_SERVICES.map((service) => (
            <label key={service} className="checkbox-label">
              <input
                type="checkbox"
                name={fields.services.name}
                value={service}
                defaultChecked={page.services.includes(service)}
              />
              {t(`partner.service.${service}`)}
            </label>
          ))}
        </ChoiceField>
        <p>
          <button type="submit" name="intent" value="page" className="button">
            {t("partner.save")}
          </button>
        </p>
      </Form>
      <section className="card stack" aria-labelledby="gallery-title">
        <h2 id="gallery-title">{t("partner.gallery")}</h2>
        <p className="muted">
          {t("partner.galleryCount", { count: page.gallery.length, max: PARTNER_GALLERY_MAX })}
        </p>
        <ul className="partner-gallery">
          {page.gallery.map((image) => (
            <li key={image.id} className="stack">
              <img src={image.src} width={image.width} height={image.height} alt={image.alt} />
              <Form method="post" encType="multipart/form-data">
                <input type="hidden" name="imageId" value={image.id} />
                <button
                  type="submit"
                  name="intent"
                  value="remove-photo"
                  className="button button--secondary"
                >
                  {t("partner.photoRemove")}
                </button>
              </Form>
            </li>
          ))}
        </ul>
        {page.gallery.length < PARTNER_GALLERY_MAX ? (
          <Form method="post" encType="multipart/form-data" className="form stack">
            <p className="field">
              <label htmlFor="gallery-photo">{t("partner.photo")}</label>
              <input id="gallery-photo" type="file" name={PHOTO_FIELD} accept="image/*" />
            </p>
            <p className="field">
              <label htmlFor="gallery-alt">{t("partner.photoAlt")}</label>
              <input id="gallery-alt" type="text" name="alt" maxLength={IMAGE_ALT_MAX} />
            </p>
            <p>
              <button type="submit" name="intent" value="photo" className="button">
                {t("partner.photoAdd")}
              </button>
            </p>
          </Form>
        ) : null}
      </section>
    </section>
  );
}
