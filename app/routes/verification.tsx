import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { ActionNotice } from "#app/components/forms";
import { useTranslate } from "#app/i18n/i18n";
import { getTranslator } from "#app/server/locale.server";
import { activeVerification } from "#app/models/members/verification.server";
import { redeemCode } from "#app/models/members/verification-codes.server";
import { getPlaceName } from "#app/models/places/places.server";
import { refusalInit, refusalMessage, rateLimitRefusal } from "#app/models/refusal-message";
import { requireUser } from "#app/server/auth.server";
import { getDb } from "#app/server/db.server";
import { forwardRetryAfter } from "#app/server/headers";
import { hitRateLimit, RATE_LIMITS } from "#app/server/rate-limit.server";

/** GET /verification: how to get one's neighbourhood verified, and the code form. */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const db = getDb();
  const verified = Boolean(activeVerification(db, user));
  const placeName = user.homePlaceId != null ? getPlaceName(db, user.homePlaceId) : null;
  return { verified, placeName, badgeStyle: user.badgeStyle, profileId: user.id };
}

export const headers = forwardRetryAfter;

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const { t } = await getTranslator(request);
  const db = getDb();
  const limit = hitRateLimit(db, `code:user:${user.id}`, RATE_LIMITS.verificationCodePerUser);
  if (!limit.allowed) {
    const refusal = rateLimitRefusal(t, limit.retryAfterSeconds);
    return data({ ok: false, message: refusal.message }, refusal.init);
  }
  const code = String((await request.formData()).get("code") ?? "").slice(0, 40);
  const redeemed = redeemCode(db, user, code);
  if (!redeemed.ok) {
    return data(
      { ok: false, message: refusalMessage(t, redeemed.refusal) },
      refusalInit(redeemed.refusal),
    );
  }
  return { ok: true, message: t("verification.code.done") };
}

export default function Verification() {
  const { verified, placeName, badgeStyle } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useTranslate();
  return (
    <section className="stack" aria-labelledby="verification-title">
      <h1 id="verification-title">{t("verification.pageTitle")}</h1>
      <ActionNotice result={actionData} />
      {verified ? (
        <p>
          {t("verification.status.verified", {
            badge: t(`badge.verified.${badgeStyle}`, { place: placeName ?? "" }),
          })}
        </p>
      ) : (
        <>
          <p>{t("verification.status.pending")}</p>
          <ol>
            <li>{t("verification.way.vouches")}</li>
            <li>{t("verification.way.staff")}</li>
            <li>
              {t("verification.way.code")}
              <Form method="post" className="form card">
                <div className="field">
                  <label htmlFor="code" className="field-label">
                    {t("verification.codeLabel")}
                  </label>
                  <p id="code-hint" className="field-hint">
                    {t("verification.codeHint")}
                  </p>
                  <input
                    id="code"
                    name="code"
                    type="text"
                    required
                    maxLength={20}
                    autoComplete="off"
                    autoCapitalize="characters"
                    aria-describedby="code-hint"
                  />
                </div>
                <p>
                  <button type="submit" className="button">
                    {t("verification.codeSubmit")}
                  </button>
                </p>
              </Form>
            </li>
          </ol>
        </>
      )}
    </section>
  );
}
