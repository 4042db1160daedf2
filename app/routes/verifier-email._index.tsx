import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { data, redirect, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { EmailField } from "#app/components/account-fields";
import { FormErrors, useValidatedForm } from "#app/components/forms";
import { titleMeta } from "#app/components/page-title";
import { ResendLinkButton } from "#app/components/resend-link";
import { useTranslate, type Translate } from "#app/i18n/i18n";
import { confirmEmail } from "#app/models/members/email-changes.server";
import { resendConfirmationByEmail } from "#app/models/members/confirmation-resend.server";
import { createUserSession, getUser } from "#app/server/auth.server";
import { getDb } from "#app/server/db.server";
import { getTranslator } from "#app/server/locale.server";
import { defineAction } from "#app/server/actions.server";
import { accountFields } from "#app/domain/account-forms";

function resendSchema(t: Translate) {
  return z.object({ email: accountFields(t).email });
}

/**
 * GET /verifier-email?token=…: the link from the confirmation email. Using it
 * confirms the address (once) and signs the member in. A link that no longer
 * works says so, with a way to get a new one; without a link there is
 * nothing to say that, and the member goes to the page that waits for one.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const token = new URL(request.url).searchParams.get("token");
  const current = await getUser(request);
  if (!token) throw redirect(current ? "/verifier-email/en-attente" : "/connexion");
  const confirmed = token.length <= 100 ? confirmEmail(getDb(), token) : undefined;
  if (!confirmed) {
    return { signedIn: Boolean(current), alreadyConfirmed: Boolean(current?.emailVerified) };
  }
  // A new member's first steps (skippable); an address change just confirms.
  const next = confirmed.firstConfirmation ? "/bienvenue?confirme=1" : "/";
  if (current?.id === confirmed.userId) return redirect(next);
  // A link proves the mailbox, not the password: sensitive actions will ask for it.
  return createUserSession(request, confirmed.userId, next, { provedPassword: false });
}

export const meta = titleMeta("confirm.expiredTitle");

/**
 * A new link by address, for a reader who is not signed in here: the same
 * answer for any address. The IP's requests count against
 * `verificationEmail` (defineAction); each account's own limit is silent.
 */
export const action = defineAction({ limit: "verificationEmail" }, async ({ request, form }) => {
  const { t } = await getTranslator(request);
  const submission = parseWithZod(form, { schema: resendSchema(t) });
  if (submission.status !== "success") {
    return data({ result: submission.reply(), sentTo: null }, { status: 400 });
  }
  resendConfirmationByEmail(getDb(), submission.value.email);
  return { result: submission.reply({ resetForm: true }), sentTo: submission.value.email };
});

export default function LinkNoLongerWorks() {
  const { signedIn, alreadyConfirmed } = useLoaderData<typeof loader>();
  const t = useTranslate();
  return (
    <section className="stack" aria-labelledby="expired-title">
      <h1 id="expired-title">{t("confirm.expiredTitle")}</h1>
      {alreadyConfirmed ? (
        <p className="notice" role="status">
          {t("confirm.alreadyConfirmed")}
        </p>
      ) : (
        <>
          <p>{t("confirm.expiredText")}</p>
          {signedIn ? <ResendLinkButton /> : <ResendByEmail />}
        </>
      )}
    </section>
  );
}

function ResendByEmail() {
  const actionData = useActionData<typeof action>();
  const t = useTranslate();
  const [form, fields] = useValidatedForm(resendSchema(t), { lastResult: actionData?.result });
  if (actionData?.sentTo) {
    return (
      <p className="notice" role="status">
        {t("confirm.byEmailSent", { email: actionData.sentTo })}
      </p>
    );
  }
  return (
    <Form method="post" className="card form" {...getFormProps(form)}>
      <p>{t("confirm.byEmailIntro")}</p>
      <FormErrors id={form.errorId} errors={form.errors} />
      <EmailField field={fields.email} />
      <p>
        <button type="submit" className="button">
          {t("confirm.resendButton")}
        </button>
      </p>
    </Form>
  );
}
