import { getFormProps, getInputProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { data, redirect, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { Field, FormErrors, useValidatedForm } from "#app/components/forms";
import { translate, useTranslate, type Translate } from "#app/i18n/i18n";
import { getLocale, getTranslator } from "#app/server/locale.server";
import { confirmPassword } from "#app/models/members/reauthentication.server";
import { refusalInit, refusalMessage } from "#app/models/refusal-message";
import { getAuth, hasRecentlyAuthenticated, requireUser } from "#app/server/auth.server";
import { defineAction } from "#app/server/actions.server";
import { getDb } from "#app/server/db.server";
import { forwardRetryAfter } from "#app/server/headers";
import { clientIp } from "#app/server/request.server";
import { PASSWORD_MAX_LENGTH } from "#app/domain/passwords";
import { safeRedirect } from "#app/domain/safe-redirect";

/** Where to go back to, without a `retour`: the page of the sensitive changes. */
const DEFAULT_RETURN = "/parametres";

function confirmSchema(t: Translate) {
  return z.object({
    password: z.string({ required_error: t("form.required") }).max(PASSWORD_MAX_LENGTH),
    retour: z.string().max(500).optional(),
  });
}

function returnPath(value: string | null | undefined) {
  return safeRedirect(value, DEFAULT_RETURN);
}

/**
 * GET /confirmer-mot-de-passe?retour=…: sudo mode asks for the password again
 * (app/domain/reauthentication.ts), then sends the member back to `retour`.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request);
  const returnTo = returnPath(new URL(request.url).searchParams.get("retour"));
  if (await hasRecentlyAuthenticated(request)) throw redirect(returnTo);
  return { returnTo, locale: await getLocale(request) };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${translate(data?.locale ?? "fr", "reauth.title")} · Coup de main` },
];

export const headers = forwardRetryAfter;

export const action = defineAction(
  { limit: "passwordConfirmation" },
  async ({ request, context, form }) => {
    const user = await requireUser(request);
    const { session } = await getAuth(request);
    const { t } = await getTranslator(request);
    const submission = parseWithZod(form, { schema: confirmSchema(t) });
    if (submission.status !== "success" || !session) {
      return data({ result: submission.reply({ hideFields: ["password"] }) }, { status: 400 });
    }
    const outcome = await confirmPassword(getDb(), {
      userId: user.id,
      sessionId: session.id,
      password: submission.value.password,
      ip: clientIp(context),
    });
    if (!outcome.ok) {
      const formErrors = [refusalMessage(t, outcome.refusal)];
      return data(
        { result: submission.reply({ formErrors, hideFields: ["password"] }) },
        refusalInit(outcome.refusal),
      );
    }
    return redirect(returnPath(submission.value.retour), 303);
  },
);

export default function ConfirmPassword() {
  const { returnTo } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useTranslate();
  const [form, fields] = useValidatedForm(confirmSchema(t), { lastResult: actionData?.result });
  return (
    <section className="stack" aria-labelledby="reauth-title">
      <h1 id="reauth-title">{t("reauth.title")}</h1>
      <p>{t("reauth.intro")}</p>
      <Form method="post" className="card form" {...getFormProps(form)}>
        <FormErrors id={form.errorId} errors={form.errors} />
        <input type="hidden" name="retour" value={returnTo} />
        <Field
          label={t("field.password")}
          field={fields.password}
          inputProps={{
            ...getInputProps(fields.password, { type: "password" }),
            autoComplete: "current-password",
            required: true,
          }}
        />
        <p>
          <button type="submit" className="button">
            {t("reauth.submit")}
          </button>
        </p>
      </Form>
      <p>
        <Link to={returnTo}>{t("reauth.cancel")}</Link>
      </p>
      <p>
        <Link to="/mot-de-passe-oublie">{t("signIn.forgot")}</Link>
      </p>
    </section>
  );
}
