import { getFormProps, getInputProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { data, redirect, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useSearchParams } from "@remix-run/react";
import { z } from "zod";
import { EmailField } from "#app/components/account-fields";
import { Field, FormErrors, useValidatedForm } from "#app/components/forms";
import { translate, useTranslate, type Translate } from "#app/i18n/i18n";
import { getLocale, getTranslator } from "#app/server/locale.server";
import { findUserByEmail, normalizeEmail } from "#app/models/members/users.server";
import { createUserSession, getUser } from "#app/server/auth.server";
import { getDb } from "#app/server/db.server";
import { forwardRetryAfter } from "#app/server/headers";
import { verifyAgainstNothing, verifyPassword } from "#app/server/password.server";
import {
  hitRateLimit,
  isRateLimited,
  RATE_LIMITS,
  resetRateLimit,
} from "#app/server/rate-limit.server";
import { clientIp } from "#app/server/request.server";
import { rateLimitRefusal } from "#app/models/refusal-message";
import { accountFields } from "#app/domain/account-forms";
import { safeRedirect } from "#app/domain/safe-redirect";
import { defineAction } from "#app/server/actions.server";

function signInSchema(t: Translate) {
  return z.object({
    email: accountFields(t).email,
    password: z.string({ required_error: t("form.required") }).max(200),
    redirectTo: z.string().max(500).optional(),
  });
}

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await getUser(request);
  if (user) throw redirect(safeRedirect(new URL(request.url).searchParams.get("redirectTo")));
  return { locale: await getLocale(request) };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${translate(data?.locale ?? "fr", "signIn.title")} · Coup de main` },
];

export const headers = forwardRetryAfter;

export const action = defineAction({ limit: "signIn" }, async ({ request, context, form }) => {
  const { t } = await getTranslator(request);
  const db = getDb();
  const submission = parseWithZod(form, { schema: signInSchema(t) });
  if (submission.status !== "success") {
    return data({ result: submission.reply({ hideFields: ["password"] }) }, { status: 400 });
  }
  const { email, password, redirectTo } = submission.value;
  const refuse = (retryAfterSeconds: number) => {
    const refusal = rateLimitRefusal(t, retryAfterSeconds);
    return data(
      { result: submission.reply({ formErrors: [refusal.message], hideFields: ["password"] }) },
      refusal.init,
    );
  };

  const perIp = hitRateLimit(db, `signin:ip:${clientIp(context)}`, RATE_LIMITS.signInPerIp);
  // Failures per account, whether or not it exists, so the limit tells nothing either.
  const accountKey = `signin:account:${normalizeEmail(email)}`;
  const perAccount = isRateLimited(db, accountKey, RATE_LIMITS.signInPerAccount);
  // The wait said is the true one: the longer of the limits in force (an IP's
  // window may end long before the account's lock does).
  const blocked = [perIp, perAccount].filter((limit) => !limit.allowed);
  if (blocked.length) return refuse(Math.max(...blocked.map((limit) => limit.retryAfterSeconds)));

  const user = findUserByEmail(db, email);
  const valid = user?.passwordHash
    ? await verifyPassword(user.passwordHash, password)
    : await verifyAgainstNothing(password);
  if (!user || !valid) {
    hitRateLimit(db, accountKey, RATE_LIMITS.signInPerAccount);
    return data(
      { result: submission.reply({ formErrors: [t("signIn.invalid")], hideFields: ["password"] }) },
      { status: 400 },
    );
  }
  resetRateLimit(db, accountKey);
  // Back where they were, else « Autour de moi »: never their own profile.
  return createUserSession(request, user.id, safeRedirect(redirectTo), { provedPassword: true });
});

export default function SignIn() {
  const actionData = useActionData<typeof action>();
  const t = useTranslate();
  const [searchParams] = useSearchParams();
  const [form, fields] = useValidatedForm(signInSchema(t), { lastResult: actionData?.result });
  return (
    <section className="stack" aria-labelledby="signin-title">
      <h1 id="signin-title">{t("signIn.title")}</h1>
      <Form method="post" className="card form" {...getFormProps(form)}>
        <FormErrors id={form.errorId} errors={form.errors} />
        <input type="hidden" name="redirectTo" value={searchParams.get("redirectTo") ?? ""} />
        <EmailField field={fields.email} />
        <Field
          label={t("field.password")}
          field={fields.password}
          inputProps={{
            ...getInputProps(fields.password, { type: "password" }),
            autoComplete: "current-password",
          }}
        />
        <p>
          <button type="submit" className="button">
            {t("signIn.submit")}
          </button>
        </p>
      </Form>
      <p>
        <Link to="/mot-de-passe-oublie">{t("signIn.forgot")}</Link>
      </p>
      <p>
        <Link to="/inscription">{t("signIn.noAccount")}</Link>
      </p>
    </section>
  );
}
