import {
  getFormProps,
  getInputProps,
  getSelectProps,
  type SubmissionResult,
} from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { data, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { ConfirmPasswordFirst } from "#app/components/confirm-password-first";
import { Field, FormErrors, useValidatedForm } from "#app/components/forms";
import { useTranslate, type Translate } from "#app/i18n/i18n";
import { getTranslator } from "#app/server/locale.server";
import { ambassadorPlaces } from "#app/models/members/staff-roles.server";
import { createCodeBatch } from "#app/models/members/verification-codes.server";
import {
  hasRecentlyAuthenticated,
  requireRecentAuthentication,
  requireUser,
} from "#app/server/auth.server";
import { getDb } from "#app/server/db.server";
import { titleMeta } from "#app/components/page-title";
import { defineAction } from "#app/server/actions.server";
import { AmbassadorOverview } from "#app/components/ambassador-overview";
import { ambassadorOverview } from "#app/models/directory/partnership-statement.server";

const MAX_CODES = 100;

function batchSchema(t: Translate) {
  const count = t("ambassador.countInvalid");
  return z.object({
    placeId: z.coerce
      .number({ required_error: t("form.required") })
      .int()
      .positive(),
    count: z.coerce
      .number({ required_error: count, invalid_type_error: count })
      .int(count)
      .min(1, count)
      .max(MAX_CODES, count),
  });
}

export const meta = titleMeta("ambassador.title");

/**
 * GET /ambassadeur: an ambassador prints verification codes for a partner
 * place, with the password typed lately (each code makes a verified neighbour).
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const db = getDb();
  const places = ambassadorPlaces(db, user);
  return {
    places,
    overview: places.length > 0 || user.isAdmin ? ambassadorOverview(db, user) : null,
    recentlyAuthenticated: await hasRecentlyAuthenticated(request),
  };
}

export const action = defineAction({ limit: "codeBatch" }, async ({ request, form }) => {
  const user = await requireRecentAuthentication(request);
  const { t } = await getTranslator(request);
  const submission = parseWithZod(form, { schema: batchSchema(t) });
  if (submission.status !== "success") {
    return data({ result: submission.reply(), batch: null }, { status: 400 });
  }
  const db = getDb();
  const place = ambassadorPlaces(db, user).find((p) => p.id === submission.value.placeId);
  const batch = place ? createCodeBatch(db, user, place.id, submission.value.count) : null;
  if (!place || !batch) {
    return data(
      { result: submission.reply({ formErrors: [t("verification.forbidden")] }), batch: null },
      { status: 403 },
    );
  }
  return { result: null, batch: { place: place.name, codes: batch.codes } };
});

export default function Ambassador() {
  const { places, overview, recentlyAuthenticated } = useLoaderData<typeof loader>();
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
      <h1 id="ambassador-title">{t("ambassador.overview")}</h1>
      {overview ? <AmbassadorOverview {...overview} /> : null}
      <h2>{t("ambassador.title")}</h2>
      {places.length === 0 ? (
        <p>{t("ambassador.none")}</p>
      ) : (
        <>
          <p>{t("ambassador.intro")}</p>
          {recentlyAuthenticated ? (
            <BatchForm places={places} result={actionData?.result} />
          ) : (
            <ConfirmPasswordFirst returnTo="/ambassadeur" />
          )}
        </>
      )}
    </section>
  );
}

/** How many single-use codes, for which of the ambassador's places. */
function BatchForm({
  places,
  result,
}: {
  places: { id: number; name: string }[];
  result?: SubmissionResult<string[]> | null;
}) {
  const t = useTranslate();
  const [form, fields] = useValidatedForm(batchSchema(t), {
    id: "batch-form",
    lastResult: result,
    defaultValue: { count: "20" },
  });
  return (
    <Form method="post" className="form card" {...getFormProps(form)}>
      <FormErrors id={form.errorId} errors={form.errors} />
      <Field label={t("ambassador.place")} field={fields.placeId}>
        {(control) => (
          <select {...getSelectProps(fields.placeId)} {...control}>
            {places.map((place) => (
              <option key={place.id} value={place.id}>
                {place.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        label={t("ambassador.count")}
        field={fields.count}
        inputProps={{
          ...getInputProps(fields.count, { type: "number" }),
          min: 1,
          max: MAX_CODES,
          required: true,
        }}
      />
      <p>
        <button type="submit" className="button">
          {t("ambassador.submit")}
        </button>
      </p>
    </Form>
  );
}
