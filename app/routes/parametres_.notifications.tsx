import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { data, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { ActionNotice, FormErrors, RadioField, useValidatedForm } from "#app/components/forms";
import { useTranslate, type Translate } from "#app/i18n/i18n";
import { getTranslator } from "#app/server/locale.server";
import {
  emailPreferencesFor,
  saveEmailPreferences,
} from "#app/models/notifications/email-settings.server";
import { requireUser } from "#app/server/auth.server";
import { getDb } from "#app/server/db.server";
import {
  EMAIL_DELIVERIES,
  NOTIFICATION_TYPES,
  type NotificationType,
} from "#app/domain/notifications";
import { defineAction } from "#app/server/actions.server";

/** One radio group per notification type; every one must be answered. */
function preferencesSchema(t: Translate) {
  const delivery = z.enum(EMAIL_DELIVERIES, {
    errorMap: () => ({ message: t("emails.settings.invalid") }),
  });
  return z.object(
    Object.fromEntries(NOTIFICATION_TYPES.map((type) => [type, delivery])) as Record<
      NotificationType,
      typeof delivery
    >,
  );
}

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return {
    email: user.email,
    emailVerified: user.emailVerified,
    preferences: emailPreferencesFor(getDb(), user.id),
  };
}

/** The session decides whose preferences change: there is no member id in the form. */
export const action = defineAction({ limit: "emailPreferences" }, async ({ request, form }) => {
  const user = await requireUser(request);
  const { t } = await getTranslator(request);
  const submission = parseWithZod(form, { schema: preferencesSchema(t) });
  if (submission.status !== "success") {
    return data(
      {
        result: submission.reply({ formErrors: [t("emails.settings.invalid")] }),
        notice: null,
      },
      { status: 400 },
    );
  }
  saveEmailPreferences(getDb(), user.id, submission.value);
  return {
    result: submission.reply(),
    notice: { ok: true, message: t("emails.settings.saved") },
  };
});

export default function NotificationEmailSettings() {
  const { email, emailVerified, preferences } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useTranslate();
  const [form, fields] = useValidatedForm(preferencesSchema(t), {
    lastResult: actionData?.result,
    revalidate: "onSubmit",
  });
  return (
    <div className="stack">
      <h1>{t("emails.settings.title")}</h1>
      <ActionNotice result={actionData?.notice} />
      <p>{t("emails.settings.intro")}</p>
      <p>
        {email ? t("emails.settings.address", { email }) : t("emails.settings.noAddress")}
        {email && !emailVerified ? <> {t("emails.settings.unverified")}</> : null}
      </p>
      <Form method="post" className="card form email-preferences" {...getFormProps(form)}>
        <FormErrors id={form.errorId} errors={form.errors} />
        {NOTIFICATION_TYPES.map((type) => (
          <RadioField
            key={type}
            legend={t(`emails.type.${type}`)}
            field={fields[type]}
            options={EMAIL_DELIVERIES.map((delivery) => ({
              value: delivery,
              label: t(`emails.delivery.${delivery}`),
            }))}
            defaultValue={preferences[type]}
          />
        ))}
        <p>
          <button type="submit" className="button">
            {t("emails.settings.save")}
          </button>
        </p>
      </Form>
      <p>
        <Link to="/parametres">{t("emails.settings.back")}</Link>
      </p>
    </div>
  );
}
