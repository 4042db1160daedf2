import { getFormProps, getInputProps, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { data, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { ActionNotice, Field, FormErrors, useValidatedForm } from "#app/components/forms";
import { useTranslate, type Translate } from "#app/i18n/i18n";
import { getTranslator } from "#app/server/locale.server";
import { activeVerification } from "#app/models/members/verification.server";
import { redeemCode } from "#app/models/members/verification-codes.server";
import { getPlaceName } from "#app/models/places/places.server";
import { refusedSubmission } from "#app/models/refusal-message";
import { requireUser } from "#app/server/auth.server";
import { getDb } from "#app/server/db.server";
import { forwardRetryAfter } from "#app/server/headers";
import { hitRateLimit, RATE_LIMITS } from "#app/server/rate-limit.server";
import { defineAction } from "#app/server/actions.server";

/** Longer than any code: what is over cannot be one, and is refused as not valid. */
const CODE_MAX_LENGTH = 40;

function codeSchema(t: Translate) {
  return z.object({
    code: z
      .string({ required_error: t("form.required") })
      .trim()
      .max(CODE_MAX_LENGTH, t("verification.code.invalid")),
  });
}

/** GET /verification: how to get one's neighbourhood verified, and the code form. */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const db = getDb();
  const verified = Boolean(activeVerification(db, user));
  const placeName = user.homePlaceId != null ? getPlaceName(db, user.homePlaceId) : null;
  return { verified, placeName, badgeStyle: user.badgeStyle, profileId: user.id };
}

export const headers = forwardRetryAfter;

export const action = defineAction({ limit: "verificationCode" }, async ({ request, form }) => {
  const user = await requireUser(request);
  const { t } = await getTranslator(request);
  const db = getDb();
  const submission = parseWithZod(form, { schema: codeSchema(t) });
  // Every attempt counts, even an empty one: codes are not to be guessed.
  const limit = hitRateLimit(db, `code:user:${user.id}`, RATE_LIMITS.verificationCodePerUser);
  if (!limit.allowed) {
    const retryAfterSeconds = limit.retryAfterSeconds;
    return refusedSubmission(t, submission, { reason: "rate-limited", retryAfterSeconds });
  }
  if (submission.status !== "success") {
    return data({ result: submission.reply() }, { status: 400 });
  }
  // A wrong code is the answer of the check, like a wrong password: an alert for the form.
  const redeemed = redeemCode(db, user, submission.value.code);
  if (!redeemed.ok) {
    return refusedSubmission(t, submission, redeemed.refusal);
  }
  return { result: null, done: t("verification.code.done") };
});

export default function Verification() {
  const { verified, placeName, badgeStyle } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useTranslate();
  const done = actionData && "done" in actionData ? actionData.done : null;
  return (
    <section className="stack" aria-labelledby="verification-title">
      <h1 id="verification-title">{t("verification.pageTitle")}</h1>
      <ActionNotice result={done ? { ok: true, message: done } : null} />
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
              <CodeForm result={actionData?.result} />
            </li>
          </ol>
        </>
      )}
    </section>
  );
}

/** A code from a partner place (a town hall, a café): it verifies the member at once. */
function CodeForm({ result }: { result?: SubmissionResult<string[]> | null }) {
  const t = useTranslate();
  const [form, fields] = useValidatedForm(codeSchema(t), { id: "code-form", lastResult: result });
  return (
    <Form method="post" className="form card" {...getFormProps(form)}>
      <FormErrors id={form.errorId} errors={form.errors} />
      <Field
        label={t("verification.codeLabel")}
        hint={t("verification.codeHint")}
        field={fields.code}
        inputProps={{
          ...getInputProps(fields.code, { type: "text" }),
          required: true,
          maxLength: 20,
          autoComplete: "off",
          autoCapitalize: "characters",
        }}
      />
      <p>
        <button type="submit" className="button">
          {t("verification.codeSubmit")}
        </button>
      </p>
    </Form>
  );
}
