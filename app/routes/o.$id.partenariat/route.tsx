import { parseWithZod } from "@conform-to/zod";
import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { organisationPath } from "#app/domain/directory";
import { memberName } from "#app/domain/names";
import {
  endPartnershipSchema,
  recordPartnershipSchema,
  renewPartnershipSchema,
} from "#app/domain/partner-forms";
import { addDays, addMonths, centsToDecimal } from "#app/domain/partners";
import { formatDay, formatEuros, parisDay } from "#app/i18n/format";
import { translate, useLocale, useTranslate } from "#app/i18n/i18n";
import { listingSummary } from "#app/models/directory/claims.server";
import {
  endPartnership,
  listingPartnerships,
  mayRecordPartnerships,
  placeAmbassadors,
  recordPartnership,
  renewalTerms,
  renewPartnership,
} from "#app/models/directory/partnerships.server";
import { parsePostId } from "#app/models/questions/paths";
import { refusalInit, refusalMessage } from "#app/models/refusal-message";
import type { Outcome } from "#app/models/refusals";
import { defineAction } from "#app/server/actions.server";
import { requireUser } from "#app/server/auth.server";
import { getDb } from "#app/server/db.server";
import { getLocale, getTranslator } from "#app/server/locale.server";
import { getStore } from "#app/server/search.server";
import { EndForm, RecordForm, RenewForm } from "./forms";

async function partnershipStaff(request: Request, id: string | undefined) {
  const user = await requireUser(request);
  const listing = listingSummary(getDb(), parsePostId(id));
  if (!listing) throw new Response("Listing not found", { status: 404 });
  if (!mayRecordPartnerships(getDb(), user, listing.placeId)) {
    throw new Response("Forbidden", { status: 403 });
  }
  return { user, listing };
}

/**
 * GET /o/:id/partenariat: the listing's partnerships, for the ambassadors of
 * its place and admins: record one, end one early, renew the last.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, listing } = await partnershipStaff(request, params.id);
  const db = getDb();
  const today = parisDay(new Date());
  const ambassadors = placeAmbassadors(db, listing.placeId).map((ambassador) => ({
    id: ambassador.id,
    name: memberName(ambassador, { full: true }),
  }));
  const partnerships = listingPartnerships(db, listing.id);
  const latest = partnerships.find((partnership) => !partnership.endedAt);
  const renewal = latest ? renewalTerms(db, latest.id) : null;
  return {
    locale: await getLocale(request),
    listing: { ...listing, path: organisationPath(listing) },
    today,
    ambassadors: user.isAdmin ? ambassadors : null,
    ambassadorNames: Object.fromEntries(ambassadors.map((a) => [a.id, a.name])),
    partnerships: partnerships.map((partnership) => ({
      ...partnership,
      amount: centsToDecimal(partnership.monthlyAmountCents),
      endedAt: partnership.endedAt ? parisDay(partnership.endedAt) : null,
      running: !partnership.endedAt && partnership.endsOn >= today,
    })),
    recordPrefill: {
      startsOn: today,
      endsOn: addDays(addMonths(today, 12), -1),
      amount: "30",
      ambassadorId: null,
    },
    renewal:
      latest && renewal && !partnerships.some((p) => p.startsOn > latest.endsOn)
        ? {
            partnershipId: latest.id,
            prefill: {
              startsOn: renewal.startsOn,
              endsOn: renewal.endsOn,
              amount: centsToDecimal(renewal.monthlyAmountCents),
              ambassadorId: renewal.ambassadorId,
            },
          }
        : null,
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  data
    ? [
        {
          title: `${translate(data.locale, "partnership.title", { name: data.listing.name })} · Coup de main`,
        },
        { name: "robots", content: "noindex" },
      ]
    : [];

export const action = defineAction(
  { intents: { record: "partnership", renew: "partnership", end: "partnership" } },
  async ({ request, params, form, intent }) => {
    const { user, listing } = await partnershipStaff(request, params.id);
    const { t } = await getTranslator(request);
    const store = getStore();
    const answer = (
      submission: { reply(options?: { formErrors: string[] }): unknown },
      outcome: Outcome,
      notice: string,
    ) => {
      const partnershipId = Number(form.get("partnershipId")) || null;
      if (outcome.ok) return data({ intent, partnershipId, result: null, notice });
      const result = submission.reply({ formErrors: [refusalMessage(t, outcome.refusal)] });
      return data({ intent, partnershipId, result, notice: null }, refusalInit(outcome.refusal));
    };
    const invalid = (result: unknown) =>
      data(
        { intent, partnershipId: Number(form.get("partnershipId")) || null, result, notice: null },
        { status: 400 },
      );
    if (intent === "record") {
      const submission = parseWithZod(form, { schema: recordPartnershipSchema(t) });
      if (submission.status !== "success") return invalid(submission.reply());
      const { startsOn, endsOn, amount, ambassadorId } = submission.value;
      const outcome = recordPartnership(store, user, listing.id, {
        startsOn,
        endsOn,
        monthlyAmountCents: amount,
        ambassadorId: ambassadorId || null,
      });
      return answer(submission, outcome, t("partnership.recorded"));
    }
    if (intent === "renew") {
      const submission = parseWithZod(form, { schema: renewPartnershipSchema(t) });
      if (submission.status !== "success") return invalid(submission.reply());
      const { partnershipId, endsOn, amount, ambassadorId } = submission.value;
      const outcome = ownPartnership(listing.id, partnershipId)
        ? renewPartnership(store, user, partnershipId, {
            endsOn,
            monthlyAmountCents: amount,
            ambassadorId: ambassadorId || null,
          })
        : ({ ok: false, refusal: { reason: "not-found" } } as const);
      return answer(submission, outcome, t("partnership.renewed"));
    }
    const submission = parseWithZod(form, { schema: endPartnershipSchema(t) });
    if (submission.status !== "success") return invalid(submission.reply());
    const { partnershipId, reason } = submission.value;
    const outcome = ownPartnership(listing.id, partnershipId)
      ? endPartnership(store, user, partnershipId, reason)
      : ({ ok: false, refusal: { reason: "not-found" } } as const);
    return answer(submission, outcome, t("partnership.ended"));
  },
);

/** The partnership named in the form belongs to this page's listing. */
function ownPartnership(organisationId: number, partnershipId: number) {
  return listingPartnerships(getDb(), organisationId).some((p) => p.id === partnershipId);
}

export default function ListingPartnerships() {
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useTranslate();
  const locale = useLocale();
  const resultFor = (intent: string, partnershipId: number | null = null) =>
    actionData?.intent === intent && actionData.partnershipId === partnershipId
      ? (actionData.result as never)
      : undefined;
  const running = data.partnerships.some((p) => p.running && p.startsOn <= data.today);
  return (
    <section className="stack" aria-labelledby="partnership-title">
      <p>
        <Link to={data.listing.path}>{data.listing.name}</Link>
        <span aria-hidden="true"> · </span>
        <Link to="/ambassadeur">{t("partnership.ambassadorPage")}</Link>
      </p>
      <h1 id="partnership-title">{t("partnership.title", { name: data.listing.name })}</h1>
      {actionData?.notice ? (
        <p className="notice" role="status">
          {actionData.notice}
        </p>
      ) : null}
      <p>{t(running ? "partnership.isPartner" : "partnership.notPartner")}</p>
      <section className="stack" aria-labelledby="partnership-history">
        <h2 id="partnership-history">{t("partnership.history")}</h2>
        {data.partnerships.length === 0 ? <p className="muted">{t("partnership.none")}</p> : null}
        {data.partnerships.map((partnership) => (
          <article key={partnership.id} className="card stack">
            <p>
              {t("partnership.period", {
                from: formatDay(locale, partnership.startsOn),
                to: formatDay(locale, partnership.endsOn),
              })}
              {" · "}
              {t("partnership.monthly", {
                amount: formatEuros(locale, partnership.monthlyAmountCents),
              })}
              {partnership.ambassadorId && data.ambassadorNames[partnership.ambassadorId]
                ? ` · ${data.ambassadorNames[partnership.ambassadorId]}`
                : null}
            </p>
            {partnership.endedAt ? (
              <p className="muted">
                {t("partnership.endedOn", { day: formatDay(locale, partnership.endedAt) })}
                {partnership.endedReason ? ` : ${partnership.endedReason}` : null}
              </p>
            ) : null}
            {partnership.running ? (
              <EndForm partnershipId={partnership.id} result={resultFor("end", partnership.id)} />
            ) : null}
          </article>
        ))}
      </section>
      {data.renewal ? (
        <section className="card stack" aria-labelledby="partnership-renew">
          <h2 id="partnership-renew">{t("partnership.renewTitle")}</h2>
          <RenewForm
            partnershipId={data.renewal.partnershipId}
            result={resultFor("renew", data.renewal.partnershipId)}
            prefill={data.renewal.prefill}
            ambassadors={data.ambassadors}
          />
        </section>
      ) : null}
      <section className="card stack" aria-labelledby="partnership-new">
        <h2 id="partnership-new">{t("partnership.recordTitle")}</h2>
        <RecordForm
          result={resultFor("record")}
          prefill={data.recordPrefill}
          ambassadors={data.ambassadors}
        />
      </section>
    </section>
  );
}
