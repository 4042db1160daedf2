import { getFormProps, getInputProps, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { data, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { EmailField } from "#app/components/account-fields";
import { ConfirmPasswordFirst } from "#app/components/confirm-password-first";
import { ActionNotice, Field, RadioField, useValidatedForm } from "#app/components/forms";
import { useTranslate, type Translate } from "#app/i18n/i18n";
import { getTranslator } from "#app/server/locale.server";
import { resolvePlaceChoice } from "#app/models/places/places.server";
import { grantRole, listRoleGrants, removeRoleGrant } from "#app/models/members/staff-roles.server";
import { findUserByEmail } from "#app/models/members/users.server";
import {
  hasRecentlyAuthenticated,
  requireAdmin,
  requireRecentAuthentication,
} from "#app/server/auth.server";
import { getDb } from "#app/server/db.server";
import { accountFields } from "#app/domain/account-forms";
import { PLACE_QUERY_MAX_LENGTH } from "#app/domain/places";
import { defineAction } from "#app/server/actions.server";

const ROLES = ["ambassador", "moderator"] as const;

function adminSchema(t: Translate) {
  return z.discriminatedUnion("intent", [
    z.object({
      intent: z.literal("appoint"),
      email: accountFields(t).email,
      role: z.enum(ROLES, { errorMap: () => ({ message: t("form.required") }) }),
      place: z
        .string()
        .trim()
        .max(PLACE_QUERY_MAX_LENGTH, t("form.tooLong", { max: PLACE_QUERY_MAX_LENGTH }))
        .optional(),
    }),
    z.object({ intent: z.literal("remove"), grantId: z.coerce.number().int().positive() }),
  ]);
}

/** The appointment form's result, and the page's notice. */
type AdminReply = {
  result?: SubmissionResult<string[]>;
  notice?: { ok: boolean; message: string };
};

/** GET /admin: admins appoint ambassadors and moderators (with the password typed lately). */
export async function loader({ request }: LoaderFunctionArgs) {
  await requireAdmin(request);
  return {
    grants: listRoleGrants(getDb()),
    recentlyAuthenticated: await hasRecentlyAuthenticated(request),
  };
}

export const action = defineAction(
  { intents: { appoint: "appointment", remove: "appointment" } },
  async ({ request, form }) => {
    const admin = await requireAdmin(request);
    const { t } = await getTranslator(request);
    const db = getDb();
    const submission = parseWithZod(form, { schema: adminSchema(t) });
    // Sudo mode: a stolen admin session alone cannot hand out staff roles.
    if (submission.payload.intent === "appoint") await requireRecentAuthentication(request);
    const refuse = (reply: AdminReply) => data<AdminReply>(reply, { status: 400 });
    if (submission.status !== "success") {
      // The appointment form shows its errors beside its fields; a bad removal is a forged request.
      return submission.payload.intent === "appoint"
        ? refuse({ result: submission.reply() })
        : refuse({ notice: { ok: false, message: t("form.invalid") } });
    }
    if (submission.value.intent === "remove") {
      removeRoleGrant(db, submission.value.grantId);
      return { notice: { ok: true, message: t("admin.removed") } } satisfies AdminReply;
    }
    const { email, role, place } = submission.value;
    const fieldError = (field: "email" | "place", message: string) =>
      refuse({ result: submission.reply({ fieldErrors: { [field]: [message] } }) });
    const member = findUserByEmail(db, email);
    if (!member) return fieldError("email", t("admin.noMember"));
    let placeId: number | null = null;
    if (place) {
      const choice = resolvePlaceChoice(db, { code: place, query: place });
      if (choice.status !== "found") {
        return fieldError(
          "place",
          t(choice.status === "ambiguous" ? "field.placeAmbiguous" : "field.placeNotFound"),
        );
      }
      placeId = choice.place.id;
    }
    if (!grantRole(db, { userId: member.id, role, placeId, grantedById: admin.id })) {
      return fieldError("place", t("admin.placeNeeded"));
    }
    return {
      result: submission.reply(),
      notice: { ok: true, message: t("admin.appointed") },
    } satisfies AdminReply;
  },
);

export default function Admin() {
  const { grants, recentlyAuthenticated } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useTranslate();
  return (
    <div className="stack">
      <h1>{t("admin.title")}</h1>
      <ActionNotice result={actionData?.notice} />
      {recentlyAuthenticated ? (
        <AppointForm result={actionData?.result} />
      ) : (
        <section className="card" aria-labelledby="appoint-title">
          <h2 id="appoint-title">{t("admin.appoint")}</h2>
          <ConfirmPasswordFirst returnTo="/admin" />
        </section>
      )}
      <section className="card" aria-labelledby="grants-title">
        <h2 id="grants-title">{t("admin.grants")}</h2>
        {grants.length === 0 ? (
          <p>{t("admin.none")}</p>
        ) : (
          <ul className="place-list">
            {grants.map((grant) => (
              <li key={grant.id} className="session-row">
                <span>
                  {t("admin.grantLine", {
                    name: `${grant.firstName} ${grant.lastName}`,
                    role: t(`admin.role.${grant.role}`),
                    place: grant.placeName ?? t("admin.global"),
                  })}
                </span>
                <Form method="post">
                  <input type="hidden" name="grantId" value={grant.id} />
                  <button
                    type="submit"
                    name="intent"
                    value="remove"
                    className="button button--secondary"
                  >
                    {t("admin.remove")}
                  </button>
                </Form>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

/** A member (by email) becomes the ambassador or moderator of a place, or a moderator of the whole site. */
function AppointForm({ result }: { result?: SubmissionResult<string[]> }) {
  const t = useTranslate();
  const [form, fields] = useValidatedForm(adminSchema(t), {
    id: "appoint-form",
    lastResult: result,
  });
  return (
    <section className="card" aria-labelledby="appoint-title">
      <h2 id="appoint-title">{t("admin.appoint")}</h2>
      <Form method="post" className="form" {...getFormProps(form)}>
        <input type="hidden" name="intent" value="appoint" />
        <EmailField label={t("admin.memberEmail")} field={fields.email} />
        <RadioField
          legend={t("admin.role")}
          field={fields.role}
          options={ROLES.map((role) => ({ value: role, label: t(`admin.role.${role}`) }))}
          defaultValue="ambassador"
        />
        <Field
          label={t("admin.place")}
          field={fields.place}
          inputProps={{
            ...getInputProps(fields.place, { type: "text" }),
            maxLength: PLACE_QUERY_MAX_LENGTH,
            placeholder: t("placeChooser.placeholder"),
          }}
        />
        <p>
          <button type="submit" className="button">
            {t("admin.appoint")}
          </button>
        </p>
      </Form>
    </section>
  );
}
