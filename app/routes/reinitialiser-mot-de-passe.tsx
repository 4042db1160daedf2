import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { data, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { NewPasswordField } from "#app/components/account-fields";
import { FormErrors, useValidatedForm } from "#app/components/forms";
import { useTranslate, type Translate } from "#app/i18n/i18n";
import { titleMeta } from "#app/components/page-title";
import { getTranslator } from "#app/server/locale.server";
import { resetPasswordWithToken } from "#app/models/members/account.server";
import { findValidEmailToken } from "#app/models/members/users.server";
import { createUserSession, revokeAllSessions } from "#app/server/auth.server";
import { getDb } from "#app/server/db.server";
import { accountFields } from "#app/domain/account-forms";
import { defineAction } from "#app/server/actions.server";

function resetSchema(t: Translate) {
  return z.object({
    token: z.string().max(100),
    password: accountFields(t).newPassword,
  });
}

/** GET /reinitialiser-mot-de-passe?token=…: the link from the reset email (checked, not used yet). */
export async function loader({ request }: LoaderFunctionArgs) {
  const params = new URL(request.url).searchParams;
  const token = params.get("token") ?? "";
  const valid =
    token.length <= 100 && Boolean(findValidEmailToken(getDb(), token, "reset-password"));
  // Coming from the undoing of an address change (annuler-changement-email.tsx).
  return { token: valid ? token : null, undone: params.get("annule") === "1" };
}

export const meta = titleMeta("reset.title");

export const action = defineAction({ limit: "passwordReset" }, async ({ request, form }) => {
  const { t } = await getTranslator(request);
  const submission = parseWithZod(form, { schema: resetSchema(t) });
  if (submission.status !== "success") {
    return data({ result: submission.reply({ hideFields: ["password"] }) }, { status: 400 });
  }
  const reset = await resetPasswordWithToken(
    getDb(),
    submission.value.token,
    submission.value.password,
  );
  if (!reset) {
    return data(
      { result: submission.reply({ formErrors: [t("reset.invalid")], hideFields: ["password"] }) },
      { status: 400 },
    );
  }
  // Whoever knew the old password is signed out everywhere; this browser gets a new session.
  await revokeAllSessions(reset.userId);
  // Choosing the new password counts as proving it.
  return createUserSession(request, reset.userId, `/m/${reset.userId}`, { provedPassword: true });
});

export default function ResetPassword() {
  const { token, undone } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useTranslate();
  const [form, fields] = useValidatedForm(resetSchema(t), { lastResult: actionData?.result });
  return (
    <section className="stack" aria-labelledby="reset-title">
      <h1 id="reset-title">{t("reset.title")}</h1>
      {token && undone ? (
        <p className="notice" role="status">
          {t("undoEmail.done")}
        </p>
      ) : null}
      {token ? (
        <Form method="post" className="card form" {...getFormProps(form)}>
          <FormErrors id={form.errorId} errors={form.errors} />
          <input type="hidden" name="token" value={token} />
          <NewPasswordField label={t("field.newPassword")} field={fields.password} />
          <p>
            <button type="submit" className="button">
              {t("reset.submit")}
            </button>
          </p>
        </Form>
      ) : (
        <>
          <p className="notice notice--error" role="alert">
            {t("reset.invalid")}
          </p>
          <p>
            <Link to="/mot-de-passe-oublie">{t("reset.askAgain")}</Link>
          </p>
        </>
      )}
    </section>
  );
}
