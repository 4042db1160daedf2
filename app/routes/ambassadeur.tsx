import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { useTranslate } from "#app/i18n/i18n";
import { getTranslator } from "#app/server/locale.server";
import { ambassadorPlaces } from "#app/models/members/staff-roles.server";
import { createCodeBatch } from "#app/models/members/verification-codes.server";
import { requireUser } from "#app/server/auth.server";
import { getDb } from "#app/server/db.server";

const batchSchema = z.object({
  placeId: z.coerce.number().int().positive(),
  count: z.coerce.number().int().min(1).max(100),
});

/** GET /ambassadeur: an ambassador prints verification codes for a partner place. */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return { places: ambassadorPlaces(getDb(), user) };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const { t } = await getTranslator(request);
  const parsed = batchSchema.safeParse(Object.fromEntries(await request.formData()));
  if (!parsed.success) {
    return data({ error: t("ambassador.count"), batch: null }, { status: 400 });
  }
  const db = getDb();
  const place = ambassadorPlaces(db, user).find((p) => p.id === parsed.data.placeId);
  const batch = place ? createCodeBatch(db, user, place.id, parsed.data.count) : null;
  if (!place || !batch) {
    return data({ error: t("verification.forbidden"), batch: null }, { status: 403 });
  }
  return { error: null, batch: { place: place.name, codes: batch.codes } };
}

export default function Ambassador() {
  const { places } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useTranslate();
  if (actionData?.batch) {
    return (
      <section className="stack" aria-labelledby="batch-title">
        <h1 id="batch-title">
          {t("ambassador.batchTitle", {
            count: actionData.batch.codes.length,
            place: actionData.batch.place,
          })}
        </h1>
        <p className="notice">{t("ambassador.batchHint")}</p>
        <ol className="code-list">
          {actionData.batch.codes.map((code) => (
            <li key={code}>
              <code>{code}</code>
            </li>
          ))}
        </ol>
      </section>
    );
  }
  return (
    <section className="stack" aria-labelledby="ambassador-title">
      <h1 id="ambassador-title">{t("ambassador.title")}</h1>
      {actionData?.error ? (
        <p className="notice notice--error" role="alert">
          {actionData.error}
        </p>
      ) : null}
      {places.length === 0 ? (
        <p>{t("ambassador.none")}</p>
      ) : (
        <>
          <p>{t("ambassador.intro")}</p>
          <Form method="post" className="form card">
            <div className="field">
              <label htmlFor="placeId" className="field-label">
                {t("ambassador.place")}
              </label>
              <select id="placeId" name="placeId">
                {places.map((place) => (
                  <option key={place.id} value={place.id}>
                    {place.name}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="count" className="field-label">
                {t("ambassador.count")}
              </label>
              <input
                id="count"
                name="count"
                type="number"
                min={1}
                max={100}
                defaultValue={20}
                required
              />
            </div>
            <p>
              <button type="submit" className="button">
                {t("ambassador.submit")}
              </button>
            </p>
          </Form>
        </>
      )}
    </section>
  );
}
