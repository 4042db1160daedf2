import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { ClaimFields, ClaimNeedsVerification } from "#app/components/claim-fields";
import { FormErrors, useValidatedForm } from "#app/components/forms";
import { organisationPath } from "#app/domain/directory";
import { claimSchema } from "#app/domain/listing-forms";
import { translate, useTranslate } from "#app/i18n/i18n";
import { claimListing, listingSummary, liveClaim } from "#app/models/directory/claims.server";
import { loadActor } from "#app/models/members/privileges.server";
import { parsePostId } from "#app/models/questions/paths";
import { refusalInit, refusalMessage } from "#app/models/refusal-message";
import { defineAction } from "#app/server/actions.server";
import { requireUser } from "#app/server/auth.server";
import { getDb } from "#app/server/db.server";
import { getLocale, getTranslator } from "#app/server/locale.server";

function listingOr404(id: string | undefined) {
  const listing = listingSummary(getDb(), parsePostId(id));
  if (!listing) throw new Response("Listing not found", { status: 404 });
  return listing;
}

/**
 * GET /o/:id/revendiquer: a verified neighbour who runs the place asks to
 * manage its listing; the place's ambassadors or moderators check and decide.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const listing = listingOr404(params.id);
  const db = getDb();
  return {
    locale: await getLocale(request),
    listing: { ...listing, path: organisationPath(listing) },
    verified: Boolean(loadActor(db, user.id)?.verifiedNeighbour),
    claim: liveClaim(db, user.id, listing.id) ?? null,
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  data
    ? [
        {
          title: `${translate(data.locale, "claim.title", { name: data.listing.name })} · Coup de main`,
        },
        { name: "robots", content: "noindex" },
      ]
    : [];

export const action = defineAction({ limit: "claim" }, async ({ request, params, form }) => {
  const user = await requireUser(request);
  const listing = listingOr404(params.id);
  const { t } = await getTranslator(request);
  const submission = parseWithZod(form, { schema: claimSchema(t) });
  if (submission.status !== "success") {
    return data({ result: submission.reply(), sent: false }, { status: 400 });
  }
  const claimed = claimListing(getDb(), user.id, listing.id, submission.value);
  if (!claimed.ok) {
    return data(
      {
        result: submission.reply({ formErrors: [refusalMessage(t, claimed.refusal)] }),
        sent: false,
      },
      refusalInit(claimed.refusal),
    );
  }
  return { result: submission.reply({ resetForm: true }), sent: true };
});

export default function ClaimListing() {
  const { listing, verified, claim } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useTranslate();
  const [form, fields] = useValidatedForm(claimSchema(t), {
    id: "claim-form",
    lastResult: actionData?.result,
    validate: "onBlur",
  });
  return (
    <section className="stack" aria-labelledby="claim-title">
      <p>
        <Link to={listing.path}>{listing.name}</Link>
      </p>
      <h1 id="claim-title">{t("claim.title", { name: listing.name })}</h1>
      {actionData?.sent || claim?.status === "pending" ? (
        <p className="notice" role="status">
          {t("claim.pending", { place: listing.placeName })}
        </p>
      ) : claim?.status === "approved" ? (
        <p className="notice">
          {t("claim.alreadyManager")}{" "}
          <Link to={`/o/${listing.id}/gerer`}>{t("listing.manage")}</Link>
        </p>
      ) : !verified ? (
        <ClaimNeedsVerification />
      ) : (
        <>
          <p>{t("claim.intro", { place: listing.placeName })}</p>
          <Form method="post" className="form card" {...getFormProps(form)}>
            <FormErrors id={form.errorId} errors={form.errors} />
            <ClaimFields
              role={fields.role}
              message={fields.message}
              submitLabel={t("claim.submit")}
            />
          </Form>
        </>
      )}
    </section>
  );
}
