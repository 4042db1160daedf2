import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { ActionNotice } from "#app/components/forms";
import { useTranslate } from "#app/i18n/i18n";
import { getTranslator } from "#app/server/locale.server";
import { resolvePlaceChoice } from "#app/models/places/places.server";
import { grantRole, listRoleGrants, removeRoleGrant } from "#app/models/members/staff-roles.server";
import { findUserByEmail } from "#app/models/members/users.server";
import { requireAdmin } from "#app/server/auth.server";
import { getDb } from "#app/server/db.server";

const adminSchema = z.discriminatedUnion("intent", [
  z.object({
    intent: z.literal("appoint"),
    email: z.string().trim().email().max(254),
    role: z.enum(["ambassador", "moderator"]),
    place: z.string().trim().max(100).optional(),
  }),
  z.object({ intent: z.literal("remove"), grantId: z.coerce.number().int().positive() }),
]);

/** GET /admin: admins appoint ambassadors and moderators. */
export async function loader({ request }: LoaderFunctionArgs) {
  await requireAdmin(request);
  return { grants: listRoleGrants(getDb()) };
}

export async function action({ request }: ActionFunctionArgs) {
  const admin = await requireAdmin(request);
  const { t } = await getTranslator(request);
  const db = getDb();
  const parsed = adminSchema.safeParse(Object.fromEntries(await request.formData()));
  if (!parsed.success) return data({ ok: false, message: t("form.errorSummary") }, { status: 400 });
  if (parsed.data.intent === "remove") {
    removeRoleGrant(db, parsed.data.grantId);
    return { ok: true, message: t("admin.removed") };
  }
  const { email, role, place } = parsed.data;
  const member = findUserByEmail(db, email);
  if (!member) return data({ ok: false, message: t("admin.noMember") }, { status: 400 });
  let placeId: number | null = null;
  if (place) {
    const choice = resolvePlaceChoice(db, { code: place, query: place });
    if (choice.status !== "found") {
      const key = choice.status === "ambiguous" ? "field.placeAmbiguous" : "field.placeNotFound";
      return data({ ok: false, message: t(key) }, { status: 400 });
    }
    placeId = choice.place.id;
  }
  if (!grantRole(db, { userId: member.id, role, placeId, grantedById: admin.id })) {
    return data({ ok: false, message: t("admin.placeNeeded") }, { status: 400 });
  }
  return { ok: true, message: t("admin.appointed") };
}

export default function Admin() {
  const { grants } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useTranslate();
  return (
    <div className="stack">
      <h1>{t("admin.title")}</h1>
      <ActionNotice result={actionData} />
      <section className="card" aria-labelledby="appoint-title">
        <h2 id="appoint-title">{t("admin.appoint")}</h2>
        <Form method="post" className="form">
          <div className="field">
            <label htmlFor="email" className="field-label">
              {t("admin.memberEmail")}
            </label>
            <input id="email" name="email" type="email" required maxLength={254} />
          </div>
          <fieldset className="choices">
            <legend>{t("admin.role")}</legend>
            {(["ambassador", "moderator"] as const).map((role) => (
              <label key={role}>
                <input
                  type="radio"
                  name="role"
                  value={role}
                  required
                  defaultChecked={role === "ambassador"}
                />
                {t(`admin.role.${role}`)}
              </label>
            ))}
          </fieldset>
          <div className="field">
            <label htmlFor="place" className="field-label">
              {t("admin.place")}
            </label>
            <input
              id="place"
              name="place"
              type="text"
              maxLength={100}
              placeholder={t("placeChooser.placeholder")}
            />
          </div>
          <p>
            <button type="submit" name="intent" value="appoint" className="button">
              {t("admin.appoint")}
            </button>
          </p>
        </Form>
      </section>
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
