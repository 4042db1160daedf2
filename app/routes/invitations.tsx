import { data, redirect, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { ActionNotice } from "#app/components/forms";
import { InviteLink } from "#app/components/invite-link";
import { formatDay } from "#app/i18n/format";
import { translate, useLocale, useTranslate } from "#app/i18n/i18n";
import {
  createInvitation,
  invitationUrl,
  inviteeVouchRefusal,
  listInvitations,
  revokeInvitation,
  vouchForInvitee,
} from "#app/models/invitations/invitations.server";
import { rateLimitRefusal, refusalInit, refusalMessage } from "#app/models/refusal-message";
import { defineAction } from "#app/server/actions.server";
import { requireUser } from "#app/server/auth.server";
import { getDb } from "#app/server/db.server";
import { forwardRetryAfter } from "#app/server/headers";
import { getTranslator } from "#app/server/locale.server";
import { hitRateLimit, RATE_LIMITS } from "#app/server/rate-limit.server";
import { safeRedirect } from "#app/domain/safe-redirect";

const intentSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("create"), redirectTo: z.string().max(500).optional() }),
  z.object({ intent: z.literal("revoke"), invitationId: z.coerce.number().int().positive() }),
  z.object({ intent: z.literal("vouch"), invitationId: z.coerce.number().int().positive() }),
]);

/** GET /invitations: the member's invite links, and the neighbours who came through them. */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const { locale, t } = await getTranslator(request);
  const db = getDb();
  const invitations = listInvitations(db, user.id).map((invitation) => {
    const refusal = invitation.invitee ? inviteeVouchRefusal(db, user, invitation.invitee) : null;
    return {
      id: invitation.id,
      status: invitation.status,
      url: invitation.token ? invitationUrl(invitation.token) : null,
      expiresAt: invitation.expiresAt.toISOString(),
      invitee: invitation.invitee
        ? {
            id: invitation.invitee.id,
            name: invitation.invitee.name,
            vouch: refusal ? { refusal: refusalMessage(t, refusal) } : { refusal: null },
          }
        : null,
    };
  });
  return { locale, emailVerified: user.emailVerified, invitations };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${translate(data?.locale ?? "fr", "invitations.title")} · Coup de main` },
  { name: "robots", content: "noindex" },
];

export const headers = forwardRetryAfter;

/** Create a link, withdraw one, or vouch in one tap for a neighbour who came through one. */
export const action = defineAction(
  { intents: { create: "invitation", revoke: "invitation", vouch: "vouch" } },
  async ({ request, form }) => {
    const user = await requireUser(request);
    const { t } = await getTranslator(request);
    const db = getDb();
    const parsed = intentSchema.safeParse(Object.fromEntries(form));
    if (!parsed.success) return data({ ok: false, message: t("form.invalid") }, { status: 400 });
    const input = parsed.data;
    if (input.intent === "create") {
      const limit = hitRateLimit(db, `invitation:user:${user.id}`, RATE_LIMITS.invitationPerUser);
      if (!limit.allowed) {
        const refusal = rateLimitRefusal(t, limit.retryAfterSeconds);
        return data({ ok: false, message: refusal.message }, refusal.init);
      }
      const created = createInvitation(db, user.id);
      if (!created.ok) {
        return data(
          { ok: false, message: refusalMessage(t, created.refusal) },
          refusalInit(created.refusal),
        );
      }
      // From the welcome path, back to its step; the new link is the first one listed there too.
      if (input.redirectTo) return redirect(safeRedirect(input.redirectTo, "/invitations"), 303);
      return { ok: true, message: t("invitations.created") };
    }
    if (input.intent === "revoke") {
      const revoked = revokeInvitation(db, user.id, input.invitationId);
      return revoked
        ? { ok: true, message: t("invitations.revoked") }
        : data({ ok: false, message: t("invitations.notFound") }, { status: 404 });
    }
    const vouched = vouchForInvitee(db, user, input.invitationId);
    if (!vouched.ok) {
      return data(
        { ok: false, message: refusalMessage(t, vouched.refusal) },
        refusalInit(vouched.refusal),
      );
    }
    return {
      ok: true,
      message: t(vouched.verified ? "verification.nowVerified" : "verification.vouched"),
    };
  },
);

export default function Invitations() {
  const { invitations, emailVerified } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useTranslate();
  const locale = useLocale();
  const joined = invitations.filter((invitation) => invitation.invitee);
  const open = invitations.filter((invitation) => invitation.url);
  return (
    <section className="stack" aria-labelledby="invitations-title">
      <h1 id="invitations-title">{t("invitations.title")}</h1>
      <p className="lead">{t("invitations.intro")}</p>
      <ActionNotice result={result} />

      {joined.length ? (
        <section className="card stack" aria-labelledby="joined-title">
          <h2 id="joined-title">{t("invitations.joined")}</h2>
          <ul className="row-list">
            {joined.map(({ id, invitee }) => (
              <li key={id}>
                <a href={`/m/${invitee!.id}`}>{invitee!.name}</a>
                {invitee!.vouch.refusal ? (
                  <span className="muted">{invitee!.vouch.refusal}</span>
                ) : (
                  <Form method="post">
                    <input type="hidden" name="invitationId" value={id} />
                    <button type="submit" name="intent" value="vouch" className="button">
                      {t("invitations.vouch", { name: invitee!.name })}
                    </button>
                  </Form>
                )}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section className="card stack" aria-labelledby="links-title">
        <h2 id="links-title">{t("invitations.links")}</h2>
        {open.map((invitation) => (
          <div key={invitation.id} className="stack">
            <InviteLink url={invitation.url!} />
            <Form method="post" className="invitation-actions">
              <span className="muted">
                {t("invitations.expires", { date: formatDay(locale, invitation.expiresAt) })}
              </span>
              <input type="hidden" name="invitationId" value={invitation.id} />
              <button
                type="submit"
                name="intent"
                value="revoke"
                className="button button--secondary button--small"
              >
                {t("invitations.revoke")}
              </button>
            </Form>
          </div>
        ))}
        {emailVerified ? (
          <Form method="post">
            <button
              type="submit"
              name="intent"
              value="create"
              className={open.length ? "button button--secondary" : "button"}
            >
              {t(open.length ? "invitations.createAnother" : "invitations.create")}
            </button>
          </Form>
        ) : (
          <p className="notice">{t("refusal.invitation-email-unverified")}</p>
        )}
      </section>
    </section>
  );
}
