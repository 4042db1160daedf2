import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { data, redirect, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { EmailField, NameFields, NewPasswordField } from "#app/components/account-fields";
import { FormErrors, RadioField, useValidatedForm } from "#app/components/forms";
import { PlaceField } from "#app/components/place-field";
import { translate, useTranslate, type Translate } from "#app/i18n/i18n";
import { getLocale, getTranslator } from "#app/server/locale.server";
import { signUpMember } from "#app/models/members/account.server";
import { resolvePlaceChoice } from "#app/models/places/places.server";
import { openInvitation } from "#app/models/invitations/invitations.server";
import { getUser } from "#app/server/auth.server";
import { getDb } from "#app/server/db.server";
import { forwardRetryAfter } from "#app/server/headers";
import { accountFields } from "#app/domain/account-forms";
import { PLACE_QUERY_MAX_LENGTH } from "#app/domain/places";
import { hitRateLimit, RATE_LIMITS } from "#app/server/rate-limit.server";
import { clientIp } from "#app/server/request.server";
import { rateLimitRefusal } from "#app/models/refusal-message";
import { defineAction } from "#app/server/actions.server";

const BADGE_STYLES = ["feminine", "masculine", "neutral"] as const;

function signUpSchema(t: Translate) {
  const { name, email, newPassword } = accountFields(t);
  return z.object({
    firstName: name,
    lastName: name,
    email,
    password: newPassword,
    placeQuery: z
      .string({ required_error: t("form.required") })
      .trim()
      .max(PLACE_QUERY_MAX_LENGTH, t("form.tooLong", { max: PLACE_QUERY_MAX_LENGTH })),
    placeCode: z.string().max(10).optional(),
    badgeStyle: z.enum(BADGE_STYLES).default("neutral"),
    // The honeypot: invisible to people, filled in by naive bots.
    website: z.string().optional(),
    // The personal invite link the neighbour came through (/inscription?invitation=…).
    invitation: z.string().max(100).optional(),
  });
}

export async function loader({ request }: LoaderFunctionArgs) {
  if (await getUser(request)) throw redirect("/");
  const token = new URL(request.url).searchParams.get("invitation") ?? "";
  const invitation = token ? openInvitation(getDb(), token) : null;
  return {
    locale: await getLocale(request),
    invitation: invitation ? { token, inviterName: invitation.inviterName } : null,
    // A neighbour's invitation most likely comes from next door.
    defaultPlace: invitation?.place ?? null,
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${translate(data?.locale ?? "fr", "signUp.title")} · Coup de main` },
];

export const headers = forwardRetryAfter;

export const action = defineAction({ limit: "signUp" }, async ({ request, context, form }) => {
  const { locale, t } = await getTranslator(request);
  const db = getDb();
  const submission = parseWithZod(form, { schema: signUpSchema(t) });
  if (submission.status !== "success") {
    return data(
      { result: submission.reply({ hideFields: ["password"] }), candidates: [], sentTo: null },
      { status: 400 },
    );
  }
  const limit = hitRateLimit(db, `signup:ip:${clientIp(context)}`, RATE_LIMITS.signUpPerIp);
  if (!limit.allowed) {
    const refusal = rateLimitRefusal(t, limit.retryAfterSeconds);
    return data(
      {
        result: submission.reply({ formErrors: [refusal.message], hideFields: ["password"] }),
        candidates: [],
        sentTo: null,
      },
      refusal.init,
    );
  }
  const input = submission.value;
  if (input.website) {
    // A bot: answer as if all went well, create nothing.
    return { result: submission.reply({ resetForm: true }), candidates: [], sentTo: input.email };
  }
  const choice = resolvePlaceChoice(db, { code: input.placeCode, query: input.placeQuery });
  if (choice.status !== "found") {
    return data(
      {
        result: submission.reply({
          fieldErrors: {
            placeQuery: [
              t(choice.status === "ambiguous" ? "field.placeAmbiguous" : "field.placeNotFound"),
            ],
          },
          hideFields: ["password"],
        }),
        candidates: choice.status === "ambiguous" ? choice.candidates : [],
        sentTo: null,
      },
      { status: 400 },
    );
  }
  await signUpMember(db, {
    firstName: input.firstName,
    lastName: input.lastName,
    email: input.email,
    password: input.password,
    homePlaceId: choice.place.id,
    badgeStyle: input.badgeStyle,
    locale,
    invitationToken: input.invitation,
  });
  // The same answer whether the address was new or already registered.
  return { result: submission.reply({ resetForm: true }), candidates: [], sentTo: input.email };
});

export default function SignUp() {
  const { invitation, defaultPlace } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useTranslate();
  const [form, fields] = useValidatedForm(signUpSchema(t), { lastResult: actionData?.result });

  if (actionData?.sentTo) {
    return (
      <section className="stack" aria-labelledby="sent-title">
        <h1 id="sent-title">{t("checkEmail.title")}</h1>
        <p role="status">{t("checkEmail.text", { email: actionData.sentTo })}</p>
        <p className="muted">{t("checkEmail.spam")}</p>
      </section>
    );
  }

  return (
    <section className="stack" aria-labelledby="signup-title">
      <h1 id="signup-title">{t("signUp.title")}</h1>
      {invitation ? (
        <p className="notice" role="status">
          {t("invitations.welcome", { name: invitation.inviterName })}
        </p>
      ) : null}
      <p className="lead">{t("signUp.intro")}</p>
      <Form method="post" className="card form" {...getFormProps(form)}>
        <FormErrors id={form.errorId} errors={form.errors} />
        {invitation ? <input type="hidden" name="invitation" value={invitation.token} /> : null}
        <NameFields firstName={fields.firstName} lastName={fields.lastName} />
        <EmailField field={fields.email} />
        <NewPasswordField label={t("field.password")} field={fields.password} />
        <PlaceField
          label={t("field.place")}
          hint={t("field.placeHint")}
          field={fields.placeQuery}
          codeField={fields.placeCode}
          defaultPlace={defaultPlace}
          after={
            actionData?.candidates.length ? (
              <fieldset className="choices">
                <legend className="visually-hidden">{t("field.place")}</legend>
                {actionData.candidates.map((candidate) => (
                  <label key={candidate.code}>
                    <input type="radio" name={fields.placeCode.name} value={candidate.code} />
                    {candidate.name} (
                    {[candidate.postalCodes[0], candidate.departmentName]
                      .filter(Boolean)
                      .join(", ")}
                    )
                  </label>
                ))}
              </fieldset>
            ) : null
          }
        />
        <RadioField
          legend={t("field.badge")}
          field={fields.badgeStyle}
          options={BADGE_STYLES.map((style) => ({
            value: style,
            label: t(`badge.choice.${style}`),
          }))}
          defaultValue="neutral"
        />
        <div className="honeypot" aria-hidden="true">
          <label htmlFor="website">{t("field.honeypot")}</label>
          <input id="website" name="website" type="text" tabIndex={-1} autoComplete="off" />
        </div>
        <p>
          <button type="submit" className="button">
            {t("signUp.submit")}
          </button>
        </p>
      </Form>
      <p>
        <Link to="/connexion">{t("signUp.haveAccount")}</Link>
      </p>
    </section>
  );
}
