import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData } from "@remix-run/react";
import { z } from "zod";
import { EmailField } from "#app/components/account-fields";
import { FormErrors, useValidatedForm } from "#app/components/forms";
import { translate, useTranslate, type Translate } from "#app/i18n/i18n";
import { getLocale, getTranslator } from "#app/server/locale.server";
import { requestPasswordReset } from "#app/models/members/account.server";
import { normalizeEmail } from "#app/models/members/users.server";
import { getDb } from "#app/server/db.server";
import { forwardRetryAfter } from "#app/server/headers";
import { hitRateLimit, RATE_LIMITS } from "#app/server/rate-limit.server";
import { clientIp } from "#app/server/request.server";
import { rateLimitRefusal } from "#app/models/refusal-message";
import { accountFields } from "#app/domain/account-forms";
import { defineAction } from "#app/server/actions.server";

function forgotSchema(t: Translate) {
  return z.object({
    email: accountFields(t).email,
  });
}

export async function loader({ request }: LoaderFunctionArgs) {
  return { locale: await getLocale(request) };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${translate(data?.locale ?? "fr", "forgot.title")} · Coup de main` },
];

export const headers = forwardRetryAfter;

export const action = defineAction(
  { limit: "passwordResetRequest" },
  async ({ request, context, form }) => {
    const { t } = await getTranslator(request);
    const submission = parseWithZod(form, { schema: forgotSchema(t) });
    if (submission.status !== "success") {
      return data({ result: submission.reply(), sentTo: null }, { status: 400 });
    }
    const db = getDb();
    const { email } = submission.value;
    for (const [key, rule] of [
      [`reset:ip:${clientIp(context)}`, RATE_LIMITS.resetPerIp],
      [`reset:email:${normalizeEmail(email)}`, RATE_LIMITS.resetPerEmail],
    ] as const) {
      const limit = hitRateLimit(db, key, rule);
      if (!limit.allowed) {
        const refusal = rateLimitRefusal(t, limit.retryAfterSeconds);
        return data(
          { result: submission.reply({ formErrors: [refusal.message] }), sentTo: null },
          refusal.init,
        );
      }
    }
    await requestPasswordReset(db, email);
    // The same answer for a registered address and an unknown one.
    return { result: submission.reply({ resetForm: true }), sentTo: email };
  },
);

export default function ForgotPassword() {
  const actionData = useActionData<typeof action>();
  const t = useTranslate();
  const [form, fields] = useValidatedForm(forgotSchema(t), { lastResult: actionData?.result });
  return (
    <section className="stack" aria-labelledby="forgot-title">
      <h1 id="forgot-title">{t("forgot.title")}</h1>
      {actionData?.sentTo ? (
        <p className="notice" role="status">
          {t("forgot.sent", { email: actionData.sentTo })}
        </p>
      ) : (
        <>
          <p>{t("forgot.intro")}</p>
          <Form method="post" className="card form" {...getFormProps(form)}>
            <FormErrors id={form.errorId} errors={form.errors} />
            <EmailField field={fields.email} />
            <p>
              <button type="submit" className="button">
                {t("forgot.submit")}
              </button>
            </p>
          </Form>
        </>
      )}
    </section>
  );
}
