import { parseWithZod } from "@conform-to/zod";
import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { organisationPath } from "#app/domain/directory";
import { reviewSchema, revokeSchema } from "#app/domain/listing-forms";
import { memberName } from "#app/domain/names";
import { formatDay } from "#app/i18n/format";
import { translate, useLocale, useTranslate } from "#app/i18n/i18n";
import { claimsToReview, reviewClaim, revokeClaim } from "#app/models/directory/claims.server";
import { isStaffMember } from "#app/models/members/staff-roles.server";
import { refusalInit, refusalMessage } from "#app/models/refusal-message";
import { defineAction } from "#app/server/actions.server";
import { requireUser } from "#app/server/auth.server";
import { getDb } from "#app/server/db.server";
import { getStore } from "#app/server/search.server";
import { getLocale, getTranslator } from "#app/server/locale.server";
import { ReviewForm, RevokeForm } from "./forms";

async function requireStaff(request: Request) {
  const user = await requireUser(request);
  if (!isStaffMember(getDb(), user)) throw new Response("Forbidden", { status: 403 });
  return user;
}

/**
 * GET /ambassadeur/fiches: the claims on listings of the reviewer's places,
 * to approve after a check or refuse, and the listings' managers, to revoke.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireStaff(request);
  const { pending, managers } = claimsToReview(getDb(), user);
  const view = (claim: (typeof pending)[number]) => ({
    ...claim,
    memberName: memberName(claim.member, { full: true }),
    listingPath: organisationPath(claim.listing),
    createdAt: claim.createdAt.toISOString(),
    reviewedAt: claim.reviewedAt?.toISOString() ?? null,
  });
  return {
    locale: await getLocale(request),
    pending: pending.map(view),
    managers: managers.map(view),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${translate(data?.locale ?? "fr", "claims.title")} · Coup de main` },
];

export const action = defineAction(
  { intents: { approve: "moderate", refuse: "moderate", revoke: "moderate" } },
  async ({ request, form, intent }) => {
    const user = await requireStaff(request);
    const { t } = await getTranslator(request);
    const store = getStore();
    if (intent === "revoke") {
      const submission = parseWithZod(form, { schema: revokeSchema(t) });
      const claimId = Number(form.get("claimId")) || null;
      if (submission.status !== "success") {
        return data({ claimId, result: submission.reply(), notice: null }, { status: 400 });
      }
      const revoked = revokeClaim(
        getStore(),
        user,
        submission.value.claimId,
        submission.value.reason,
      );
      if (!revoked.ok) {
        const message = refusalMessage(t, revoked.refusal);
        return data(
          { claimId, result: submission.reply({ formErrors: [message] }), notice: null },
          refusalInit(revoked.refusal),
        );
      }
      return { claimId, result: null, notice: t("claims.revoked") };
    }
    const submission = parseWithZod(form, { schema: reviewSchema(t) });
    const claimId = Number(form.get("claimId")) || null;
    if (submission.status !== "success") {
      return data({ claimId, result: submission.reply(), notice: null }, { status: 400 });
    }
    const { check, note } = submission.value;
    const reviewed = reviewClaim(
      store,
      user,
      submission.value.claimId,
      intent === "approve"
        ? { decision: "approve", check: check!, note: note ?? "" }
        : { decision: "refuse", check: check ?? null, note: note ?? "" },
    );
    if (!reviewed.ok) {
      const message = refusalMessage(t, reviewed.refusal);
      return data(
        { claimId, result: submission.reply({ formErrors: [message] }), notice: null },
        refusalInit(reviewed.refusal),
      );
    }
    return {
      claimId,
      result: null,
      notice: t(intent === "approve" ? "claims.approved" : "claims.refused"),
    };
  },
);

export default function ClaimsToReview() {
  const { pending, managers } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useTranslate();
  const locale = useLocale();
  const resultFor = (claimId: number) =>
    actionData?.claimId === claimId ? actionData.result : undefined;
  return (
    <section className="stack" aria-labelledby="claims-title">
      <p>
        <Link to="/ambassadeur">{t("ambassador.title")}</Link>
      </p>
      <h1 id="claims-title">{t("claims.title")}</h1>
      {actionData?.notice ? (
        <p className="notice" role="status">
          {actionData.notice}
        </p>
      ) : null}
      <section className="stack" aria-labelledby="claims-pending">
        <h2 id="claims-pending">{t("claims.pending", { count: pending.length })}</h2>
        {pending.length === 0 ? <p className="muted">{t("claims.nonePending")}</p> : null}
        {pending.map((claim) => (
          <article
            key={claim.id}
            className="card stack"
            aria-label={t("claims.claimBy", {
              name: claim.memberName,
              listing: claim.listing.name,
            })}
          >
            <h3>
              <Link to={claim.listingPath}>{claim.listing.name}</Link>
              <span className="muted"> · {claim.placeName}</span>
            </h3>
            <p>
              {t("claims.who", {
                role: claim.role,
                date: formatDay(locale, claim.createdAt),
              })}{" "}
              <Link to={`/m/${claim.member.id}`}>{claim.memberName}</Link>
            </p>
            {claim.message ? (
              <blockquote className="claim-message">{claim.message}</blockquote>
            ) : null}
            <ReviewForm claimId={claim.id} result={resultFor(claim.id)} />
          </article>
        ))}
      </section>
      <section className="stack" aria-labelledby="claims-managers">
        <h2 id="claims-managers">{t("claims.managers")}</h2>
        {managers.length === 0 ? <p className="muted">{t("claims.noManagers")}</p> : null}
        {managers.map((claim) => (
          <article
            key={claim.id}
            className="card stack"
            aria-label={t("claims.managerOf", {
              name: claim.memberName,
              listing: claim.listing.name,
            })}
          >
            <p>
              <Link to={`/m/${claim.member.id}`}>{claim.memberName}</Link>
              {" · "}
              {claim.role}
              {" · "}
              <Link to={claim.listingPath}>{claim.listing.name}</Link>
              {claim.checkMethod ? (
                <span className="muted"> · {t(`claims.check.${claim.checkMethod}`)}</span>
              ) : null}
            </p>
            <RevokeForm claimId={claim.id} result={resultFor(claim.id)} />
          </article>
        ))}
      </section>
    </section>
  );
}
