import { parseWithZod } from "@conform-to/zod";
import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { MessageForm } from "#app/components/message-form";
import { organisationPath } from "#app/domain/directory";
import { messageSchema } from "#app/domain/messages";
import { translate, useTranslate } from "#app/i18n/i18n";
import { listingSummary, managersOf } from "#app/models/directory/claims.server";
import { messageListing } from "#app/models/directory/contact.server";
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

/** GET /o/:id/contacter: a member writes to a listing; its managers receive it in their messages. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireUser(request);
  const listing = listingOr404(params.id);
  return {
    locale: await getLocale(request),
    listing: { name: listing.name, path: organisationPath(listing) },
    hasManagers: managersOf(getDb(), listing.id).length > 0,
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  data
    ? [
        {
          title: `${translate(data.locale, "contact.title", { name: data.listing.name })} · Coup de main`,
        },
        { name: "robots", content: "noindex" },
      ]
    : [];

export const action = defineAction({ limit: "message" }, async ({ request, params, form }) => {
  const user = await requireUser(request);
  const listing = listingOr404(params.id);
  const { t } = await getTranslator(request);
  const submission = parseWithZod(form, { schema: messageSchema(t) });
  if (submission.status !== "success") {
    return data({ result: submission.reply(), sent: 0 }, { status: 400 });
  }
  const db = getDb();
  const actor = loadActor(db, user.id);
  const sent = actor
    ? messageListing(db, actor, listing.id, submission.value.body)
    : ({ ok: false, refusal: { reason: "not-found" } } as const);
  if (!sent.ok) {
    return data(
      { result: submission.reply({ formErrors: [refusalMessage(t, sent.refusal)] }), sent: 0 },
      refusalInit(sent.refusal),
    );
  }
  return { result: submission.reply({ resetForm: true }), sent: sent.recipients };
});

export default function ContactListing() {
  const { listing, hasManagers } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useTranslate();
  return (
    <section className="stack" aria-labelledby="contact-title">
      <p>
        <Link to={listing.path}>{listing.name}</Link>
      </p>
      <h1 id="contact-title">{t("contact.title", { name: listing.name })}</h1>
      {actionData?.sent ? (
        <p className="notice" role="status">
          {t("contact.sent", { count: actionData.sent })}
        </p>
      ) : null}
      {hasManagers ? (
        <>
          <p>{t("contact.intro")}</p>
          <MessageForm
            result={actionData?.result}
            label={t("contact.label")}
            recipientName={listing.name}
          />
        </>
      ) : (
        <p className="notice">{t("contact.noManager")}</p>
      )}
    </section>
  );
}
