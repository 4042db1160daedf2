import {
  data,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { BlockForm } from "#app/components/block-form";
import { ActionNotice } from "#app/components/forms";
import { translate, useLocale, useTranslate } from "#app/i18n/i18n";
import { getTranslator } from "#app/server/locale.server";
import { refusalInit, refusalMessage, rateLimitRefusal } from "#app/models/refusal-message";
import type { Refusal } from "#app/models/refusals";
import type { MessageKey } from "#app/i18n/messages";
import { isBlocked } from "#app/models/messages/blocks.server";
import { memberContribution, recentAnswers } from "#app/models/reputation/contribution.server";
import { questionPath } from "#app/models/questions/paths";
import { getMemberProfile } from "#app/models/members/users.server";
import {
  activeVerification,
  revokeVerification,
  verifyByStaff,
} from "#app/models/members/verification.server";
import { isStaffFor } from "#app/models/members/staff-roles.server";
import {
  vouchersFor,
  vouchFor,
  vouchRefusal,
  hasRequestedVouch,
  requestVouch,
  vouchRequestRefusal,
} from "#app/models/members/vouches.server";
import { getUser, requireUser } from "#app/server/auth.server";
import { formatDay, formatMonth, formatNumber } from "#app/i18n/format";
import { getDb } from "#app/server/db.server";
import { memberName } from "#app/domain/names";
import { hitRateLimit, RATE_LIMITS } from "#app/server/rate-limit.server";

const actionSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("vouch") }),
  z.object({ intent: z.literal("verify") }),
  z.object({ intent: z.literal("revoke"), reason: z.string().trim().min(1).max(500) }),
  z.object({ intent: z.literal("request-vouch") }),
]);

function loadMember(id: string | undefined) {
  const profile = getMemberProfile(getDb(), (id ?? "").slice(0, 40));
  if (!profile) throw new Response("Member not found", { status: 404 });
  return profile;
}

/** A member's public profile: the full name for members, "Camille D." for everyone else. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const db = getDb();
  const profile = loadMember(params.id);
  const viewer = await getUser(request);
  const { locale, t } = await getTranslator(request);
  if (profile.deletedAt) {
    return { locale, deleted: true as const, name: translate(locale, "profile.formerMember") };
  }
  const member = { id: profile.id, homePlaceId: profile.homePlaceId };
  const verification = activeVerification(db, member);
  const isSelf = viewer?.id === profile.id;
  const staff = viewer && profile.homePlaceId != null && !isSelf;
  const mayVouch = Boolean(viewer && !isSelf && !verification);
  const vouchRefused = viewer && mayVouch ? vouchRefusal(db, viewer, member) : null;
  return {
    locale,
    deleted: false as const,
    id: profile.id,
    name: memberName(profile, { full: Boolean(viewer) }),
    isSelf,
    canFlag: Boolean(viewer) && !isSelf,
    welcome: isSelf && new URL(request.url).searchParams.get("bienvenue") === "1",
    place: profile.placeName ? { name: profile.placeName, slug: profile.placeSlug } : null,
    badge:
      verification && profile.placeName
        ? { style: profile.badgeStyle, place: profile.placeName }
        : null,
    vouchers: vouchersFor(db, member).map((voucher) => ({
      id: voucher.id,
      name: memberName(voucher, { full: Boolean(viewer) }),
    })),
    memberSince: profile.createdAt.toISOString(),
    vouch: mayVouch ? { refusal: vouchRefused && refusalMessage(t, vouchRefused) } : null,
    // Private messages: « Écrire » for members, and a way back for those who blocked this one.
    messaging: viewer && !isSelf ? { blockedByMe: isBlocked(db, viewer.id, profile.id) } : null,
    vouchRequest:
      viewer?.emailVerified && verification && !vouchRequestRefusal(db, viewer, member)
        ? {
            firstName: profile.firstName,
            style: profile.badgeStyle,
            requested: hasRequestedVouch(db, viewer.id, profile.id),
          }
        : null,
    canVerify: Boolean(staff && !verification && isStaffFor(db, viewer, profile.homePlaceId!)),
    canRevoke: Boolean(
      staff && verification && isStaffFor(db, viewer, verification.placeId, ["moderator"]),
    ),
    contribution: memberContribution(db, profile.id),
    recentAnswers: recentAnswers(db, profile.id, 10).map((answer) => ({
      id: answer.id,
      questionTitle: answer.questionTitle,
      href: `${questionPath({ id: answer.questionId, slug: answer.questionSlug })}#reponse-${answer.id}`,
      accepted: answer.accepted,
      score: answer.score,
      createdAt: answer.createdAt.toISOString(),
    })),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  data ? [{ title: `${data.name} · Coup de main` }] : [];

/** Vouch, verify or revoke: each right is checked here, whatever the page showed. */
export async function action({ request, params }: ActionFunctionArgs) {
  const viewer = await requireUser(request);
  const { t } = await getTranslator(request);
  const db = getDb();
  const profile = loadMember(params.id);
  const member = { id: profile.id, homePlaceId: profile.homePlaceId };
  const parsed = actionSchema.safeParse(Object.fromEntries(await request.formData()));
  if (!parsed.success || profile.deletedAt) {
    return data({ ok: false, message: t("form.required") }, { status: 400 });
  }
  const forbidden = () =>
    data({ ok: false, message: t("verification.forbidden") }, { status: 403 });
  switch (parsed.data.intent) {
    case "vouch": {
      const result = vouchFor(db, viewer, member);
      if (!result.ok) {
        return data(
          { ok: false, message: refusalMessage(t, result.refusal) },
          refusalInit(result.refusal),
        );
      }
      return {
        ok: true,
        message: t(result.verified ? "verification.nowVerified" : "verification.vouched"),
      };
    }
    case "verify":
      return verifyByStaff(db, viewer, member)
        ? { ok: true, message: t("verification.staffDone") }
        : forbidden();
    case "request-vouch": {
      const params = { name: profile.firstName };
      const refusal: Refusal | null = viewer.emailVerified
        ? vouchRequestRefusal(db, viewer, member)
        : { reason: "email-unverified" };
      if (refusal) {
        return data({ ok: false, message: refusalMessage(t, refusal) }, refusalInit(refusal));
      }
      if (hasRequestedVouch(db, viewer.id, profile.id)) {
        return { ok: true, message: t("vouchRequest.alreadySent", params) };
      }
      const limit = hitRateLimit(
        db,
        `vouch-request:user:${viewer.id}`,
        RATE_LIMITS.vouchRequestPerUser,
      );
      if (!limit.allowed) {
        const refused = rateLimitRefusal(t, limit.retryAfterSeconds);
        return data({ ok: false, message: refused.message }, refused.init);
      }
      const outcome = requestVouch(db, viewer, member);
      const sent = outcome.ok && !outcome.alreadyRequested;
      return {
        ok: true,
        message: t(sent ? "vouchRequest.sent" : "vouchRequest.alreadySent", params),
      };
    }
    case "revoke":
      return revokeVerification(db, viewer, member, parsed.data.reason)
        ? { ok: true, message: t("verification.revoked") }
        : forbidden();
  }
}

export default function MemberProfile() {
  const profile = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useTranslate();
  const locale = useLocale();
  if (profile.deleted) {
    return (
      <section>
        <h1>{profile.name}</h1>
      </section>
    );
  }
  const since = formatMonth(locale, profile.memberSince);
  const stats: [MessageKey, number][] = [
    ["profile.reputation", profile.contribution.reputation],
    ["profile.answersGiven", profile.contribution.answers],
    ["profile.acceptedAnswers", profile.contribution.acceptedAnswers],
    ["profile.questionsAsked", profile.contribution.questions],
    ["profile.thanksReceived", profile.contribution.thanksReceived],
  ];
  return (
    <article className="stack" aria-labelledby="member-name">
      {profile.welcome ? (
        <p className="notice" role="status">
          {t("verify.done")}
        </p>
      ) : null}
      <ActionNotice result={actionData} />
      <header className="place-header">
        <h1 id="member-name">{profile.name}</h1>
        {profile.badge ? (
          <p>
            <span className="badge">
              {t(`badge.verified.${profile.badge.style}`, { place: profile.badge.place })}
            </span>
          </p>
        ) : (
          <p className="muted">{t("profile.notVerified")}</p>
        )}
        <ul className="facts">
          {profile.place ? (
            <li>
              {t("profile.livesIn", { place: "" })}
              <Link to={`/p/${profile.place.slug}`}>{profile.place.name}</Link>
            </li>
          ) : null}
          <li>{t("profile.memberSince", { date: since })}</li>
        </ul>
        {profile.vouchers.length ? (
          <p className="muted">
            {t("verification.vouchedBy", { names: profile.vouchers.map((v) => v.name).join(", ") })}
          </p>
        ) : null}
        {profile.canFlag ? (
          <p className="post-links">
            <Link
              to={`/signaler?${new URLSearchParams({ cible: "member", id: profile.id })}`}
              className="flag-link"
              aria-label={t("flag.linkLabel.member")}
            >
              {t("flag.link")}
            </Link>
          </p>
        ) : null}
        {profile.isSelf ? (
          <p>
            {t("profile.you")}{" "}
            {!profile.badge ? (
              <Link to="/verification">{t("verification.myProfileLink")}</Link>
            ) : null}
          </p>
        ) : null}
        {profile.messaging ? (
          <div className="profile-messaging">
            {profile.messaging.blockedByMe ? (
              <BlockForm
                memberId={profile.id}
                name={profile.name}
                blocked
                redirectTo={`/m/${profile.id}`}
              />
            ) : (
              <p>
                <Link
                  to={`/messages/nouveau?a=${encodeURIComponent(profile.id)}`}
                  className="button button--secondary"
                >
                  {t("messages.write", { name: profile.name })}
                </Link>
              </p>
            )}
          </div>
        ) : null}
      </header>

      {profile.vouch ? (
        <section className="card" aria-labelledby="vouch-title">
          <h2 id="vouch-title">{t("verification.vouchTitle", { name: profile.name })}</h2>
          <p>{t("verification.vouchText")}</p>
          {profile.vouch.refusal ? (
            <p className="muted">{profile.vouch.refusal}</p>
          ) : (
            <Form method="post">
              <button type="submit" name="intent" value="vouch" className="button">
                {t("verification.vouchButton")}
              </button>
            </Form>
          )}
        </section>
      ) : null}

      {profile.vouchRequest ? (
        <section className="card" aria-labelledby="vouch-request-title">
          <h2 id="vouch-request-title">
            {t("vouchRequest.title", { name: profile.vouchRequest.firstName })}
          </h2>
          {profile.vouchRequest.requested ? (
            <p className="muted">
              {t("vouchRequest.alreadySent", { name: profile.vouchRequest.firstName })}
            </p>
          ) : (
            <>
              <p>{t("vouchRequest.text", { name: profile.vouchRequest.firstName })}</p>
              <Form method="post">
                <button type="submit" name="intent" value="request-vouch" className="button">
                  {t(`vouchRequest.button.${profile.vouchRequest.style}`, {
                    name: profile.vouchRequest.firstName,
                  })}
                </button>
              </Form>
            </>
          )}
        </section>
      ) : null}

      {profile.canVerify ? (
        <Form method="post">
          <button type="submit" name="intent" value="verify" className="button button--secondary">
            {t("verification.staffButton")}
          </button>
        </Form>
      ) : null}

      {profile.canRevoke ? (
        <section className="card" aria-labelledby="revoke-title">
          <h2 id="revoke-title">{t("verification.revokeTitle")}</h2>
          <Form method="post" className="form">
            <div className="field">
              <label htmlFor="revoke-reason" className="field-label">
                {t("verification.revokeReason")}
              </label>
              <input id="revoke-reason" name="reason" type="text" required maxLength={500} />
            </div>
            <p>
              <button
                type="submit"
                name="intent"
                value="revoke"
                className="button button--secondary"
              >
                {t("verification.revokeButton")}
              </button>
            </p>
          </Form>
        </section>
      ) : null}

      <section className="card" aria-labelledby="contributions-title">
        <h2 id="contributions-title">{t("profile.contributions")}</h2>
        <dl className="contribution-stats">
          {stats.map(([label, value]) => (
            <div key={label}>
              <dt>{t(label)}</dt>
              <dd>{formatNumber(locale, value)}</dd>
            </div>
          ))}
        </dl>
        <h3>{t("profile.recentAnswers")}</h3>
        {profile.recentAnswers.length === 0 ? (
          <p className="muted">{t("profile.noAnswers")}</p>
        ) : (
          <ul className="recent-answers">
            {profile.recentAnswers.map((answer) => (
              <li key={answer.id}>
                <Link to={answer.href}>{answer.questionTitle}</Link>
                <span className="recent-answers__meta">
                  {answer.accepted ? (
                    <span className="recent-answers__accepted">{t("profile.answerAccepted")}</span>
                  ) : null}
                  <span>{t("profile.answerScore", { score: answer.score })}</span>
                  <time dateTime={answer.createdAt}>{formatDay(locale, answer.createdAt)}</time>
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </article>
  );
}
