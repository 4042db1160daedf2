import { parseWithZod } from "@conform-to/zod";
import { data, redirect, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { ActionNotice } from "#app/components/forms";
import { dealSchema } from "#app/domain/deal-forms";
import { organisationPath } from "#app/domain/directory";
import { formatDay } from "#app/i18n/format";
import { translate, useLocale, useTranslate } from "#app/i18n/i18n";
import { dealsToManage, publishDeal, takeDeal, withdrawDeal } from "#app/models/deals/deals.server";
import { listingForEdit, mayEditListing } from "#app/models/directory/manage.server";
import { isPartner } from "#app/models/directory/partnerships.server";
import { parsePostId } from "#app/models/questions/paths";
import { refusalInit, refusalMessage } from "#app/models/refusal-message";
import { defineAction } from "#app/server/actions.server";
import { requireUser } from "#app/server/auth.server";
import { requestNow } from "#app/server/clock.server";
import { getDb } from "#app/server/db.server";
import { getLocale, getTranslator } from "#app/server/locale.server";
import { notFound } from "#app/server/not-found.server";
import { DealForm } from "./deal-form";

function listingOf(id: string | undefined) {
  const listingId = parsePostId(id);
  const listing = Number.isSafeInteger(listingId) ? listingForEdit(getDb(), listingId) : null;
  if (!listing) throw notFound("listing");
  return listing;
}

/** GET /o/:id/bons-plans: the listing's managers (and the place's staff) publish and withdraw deals. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const listing = listingOf(params.id);
  const db = getDb();
  if (!mayEditListing(db, user, listing)) throw new Response("Forbidden", { status: 403 });
  const now = requestNow(request);
  return {
    locale: await getLocale(request),
    listing: { id: listing.id, name: listing.name, path: organisationPath(listing) },
    partner: isPartner(db, listing.id, now),
    deals: dealsToManage(db, listing.id, now),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  data
    ? [
        {
          title: `${translate(data.locale, "deals.manage.title", { name: data.listing.name })} · Coup de main`,
        },
        { name: "robots", content: "noindex" },
      ]
    : [];

const dealIdSchema = z.object({
  dealId: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER),
});

/**
 * publish and withdraw: the managers, on this page; take: any signed-in
 * member, from the listing's page, sent back there (`?bonPlan=` says how it went).
 */
export const action = defineAction(
  { intents: { publish: "deal", withdraw: "deal", take: "dealTake" } },
  async ({ request, params, form, intent }) => {
    const user = await requireUser(request);
    const { t } = await getTranslator(request);
    const listing = listingOf(params.id);
    const db = getDb();
    const now = requestNow(request);
    const path = organisationPath(listing);
    const dealId = dealIdSchema.safeParse(Object.fromEntries(form)).data?.dealId;
    if (intent === "take") {
      if (!dealId) throw notFound("listing");
      const taken = takeDeal(db, user.id, dealId, now);
      const outcome = taken.ok ? "pris" : taken.refusal.reason;
      return redirect(`${path}?bonPlan=${outcome}#bon-plan-${dealId}`, 303);
    }
    if (intent === "withdraw") {
      const withdrawn = dealId ? withdrawDeal(db, user, dealId, now) : null;
      if (!withdrawn?.ok) {
        return data({ notice: { ok: false, message: t("refusal.not-found") } }, { status: 404 });
      }
      return { notice: { ok: true, message: t("deals.withdrawn") } };
    }
    const submission = parseWithZod(form, { schema: dealSchema(t) });
    if (submission.status !== "success") {
      return data({ result: submission.reply() }, { status: 400 });
    }
    const value = submission.value;
    const published = publishDeal(
      db,
      user,
      listing.id,
      {
        title: value.title,
        body: value.body ?? "",
        validFrom: value.validFrom,
        validUntil: value.validUntil,
        quantity: value.quantity ?? null,
        code: value.code ?? null,
      },
      now,
    );
    if (!published.ok) {
      return data(
        { result: submission.reply({ formErrors: [refusalMessage(t, published.refusal)] }) },
        refusalInit(published.refusal),
      );
    }
    return {
      result: submission.reply({ resetForm: true }),
      notice: { ok: true, message: t("deals.published", { notified: published.notified }) },
    };
  },
);

export default function ManageDeals() {
  const { listing, partner, deals } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useTranslate();
  const locale = useLocale();
  return (
    <section className="stack" aria-labelledby="deals-manage-title">
      <p>
        <Link to={listing.path}>{t("deals.manage.back")}</Link>
      </p>
      <h1 id="deals-manage-title">{t("deals.manage.title", { name: listing.name })}</h1>
      <p className="lead">{t("deals.manage.intro")}</p>
      <ActionNotice result={actionData && "notice" in actionData ? actionData.notice : null} />
      <section className="card stack" aria-labelledby="deals-current">
        <h2 id="deals-current">{t("deals.manage.current")}</h2>
        {deals.length === 0 ? (
          <p className="muted">{t("deals.manage.none")}</p>
        ) : (
          <ul className="row-list">
            {deals.map((deal) => (
              <li key={deal.id}>
                <span>
                  <strong>{deal.title}</strong>
                  <br />
                  <span className="muted">
                    {t("deals.validity", {
                      from: formatDay(locale, deal.validFrom),
                      until: formatDay(locale, deal.validUntil),
                    })}
                    {deal.remaining != null
                      ? ` · ${deal.soldOut ? t("deals.soldOut") : t("deals.remaining", { count: deal.remaining })}`
                      : null}
                    {deal.code ? ` · ${t("deals.manage.codeShown", { code: deal.code })}` : null}
                  </span>
                </span>
                <Form method="post">
                  <input type="hidden" name="dealId" value={deal.id} />
                  <button
                    type="submit"
                    name="intent"
                    value="withdraw"
                    className="button button--secondary"
                    aria-label={t("deals.withdrawLabel", { title: deal.title })}
                  >
                    {t("deals.withdraw")}
                  </button>
                </Form>
              </li>
            ))}
          </ul>
        )}
      </section>
      {partner ? (
        <DealForm
          lastResult={actionData && "result" in actionData ? actionData.result : undefined}
        />
      ) : (
        <p className="notice">{t("deals.manage.notPartner")}</p>
      )}
    </section>
  );
}
