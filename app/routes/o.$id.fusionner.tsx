import { getFormProps, getInputProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { data, redirect, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import {
  ChoiceField,
  FieldFrame,
  FormErrors,
  RadioField,
  TextareaField,
  useValidatedForm,
} from "#app/components/forms";
import { CLAIM_NOTE_MAX, organisationPath } from "#app/domain/directory";
import { mergeSchema } from "#app/domain/listing-forms";
import { translate, useTranslate } from "#app/i18n/i18n";
import {
  mayMergeListing,
  mergeCandidates,
  mergeListing,
  mergeSubject,
} from "#app/models/directory/merge.server";
import { parsePostId } from "#app/models/questions/paths";
import { refusalInit, refusalMessage } from "#app/models/refusal-message";
import { defineAction } from "#app/server/actions.server";
import { requireUser } from "#app/server/auth.server";
import { getDb } from "#app/server/db.server";
import { getLocale, getTranslator } from "#app/server/locale.server";
import { getSearch, getStore } from "#app/server/search.server";

const queryParam = z.string().trim().max(100).catch("");

/** The duplicate, for its place's staff only (anyone else: 403; unknown: 404). */
async function duplicateFor(request: Request, id: string | undefined) {
  const user = await requireUser(request);
  const db = getDb();
  const listing = mergeSubject(db, parsePostId(id));
  if (!listing) throw new Response("Listing not found", { status: 404 });
  if (!mayMergeListing(db, user, listing.placeId)) {
    throw new Response("Forbidden", { status: 403 });
  }
  return { user, listing };
}

/**
 * GET /o/:id/fusionner: the staff of a listing's place merge it, a
 * duplicate, into the listing to keep (ADR 025), found by name nearby.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { listing } = await duplicateFor(request, params.id);
  const q = queryParam.parse(new URL(request.url).searchParams.get("q") ?? "");
  const merged = listing.mergedIntoId != null;
  return {
    locale: await getLocale(request),
    listing: { id: listing.id, name: listing.name, path: organisationPath(listing) },
    merged,
    q,
    candidates: merged ? [] : await mergeCandidates(getDb(), getSearch().engine, listing, q),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  data
    ? [
        {
          title: `${translate(data.locale, "merge.title", { name: data.listing.name })} · Coup de main`,
        },
        { name: "robots", content: "noindex" },
      ]
    : [];

export const action = defineAction({ limit: "moderate" }, async ({ request, params, form }) => {
  const { user, listing } = await duplicateFor(request, params.id);
  const { t } = await getTranslator(request);
  const submission = parseWithZod(form, { schema: mergeSchema(t) });
  if (submission.status !== "success") {
    return data({ result: submission.reply() }, { status: 400 });
  }
  const store = getStore();
  const merged = mergeListing(store, user, {
    duplicateId: listing.id,
    keptId: submission.value.keptId,
    reason: submission.value.reason,
  });
  if (!merged.ok) {
    return data(
      { result: submission.reply({ formErrors: [refusalMessage(t, merged.refusal)] }) },
      refusalInit(merged.refusal),
    );
  }
  return redirect(organisationPath(mergeSubject(store.db, submission.value.keptId)!));
});

export default function MergeListing() {
  const { listing, merged, q, candidates } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useTranslate();
  const [form, fields] = useValidatedForm(mergeSchema(t), {
    id: "merge-form",
    lastResult: actionData?.result,
  });
  return (
    <section className="stack" aria-labelledby="merge-title">
      <p>
        <Link to={listing.path}>{listing.name}</Link>
      </p>
      <h1 id="merge-title">{t("merge.title", { name: listing.name })}</h1>
      {merged ? (
        <p className="notice">{t("merge.already")}</p>
      ) : (
        <>
          <p>{t("merge.intro")}</p>
          <Form method="get" className="form card" role="search">
            <FieldFrame id="merge-q" label={t("merge.searchLabel")} hint={t("merge.searchHint")}>
              {(control) => (
                <input
                  type="search"
                  name="q"
                  defaultValue={q || listing.name}
                  maxLength={100}
                  {...control}
                />
              )}
            </FieldFrame>
            <p>
              <button type="submit" className="button button--secondary">
                {t("merge.search")}
              </button>
            </p>
          </Form>
          <Form method="post" className="form card" {...getFormProps(form)}>
            <FormErrors id={form.errorId} errors={form.errors} />
            {candidates.length === 0 ? (
              <p className="muted">{t("merge.noCandidates")}</p>
            ) : (
              <RadioField
                legend={t("merge.pick")}
                field={fields.keptId}
                options={candidates.map((candidate) => ({
                  value: String(candidate.id),
                  label: `${candidate.name} · ${candidate.placeName}`,
                }))}
              />
            )}
            <TextareaField
              label={t("merge.reason")}
              hint={t("claims.revokeHint")}
              field={fields.reason}
              rows={2}
              maxLength={CLAIM_NOTE_MAX}
            />
            <ChoiceField legend={t("merge.confirm")} legendHidden field={fields.confirm}>
              <label>
                <input {...getInputProps(fields.confirm, { type: "checkbox" })} />
                {t("merge.confirm")}
              </label>
            </ChoiceField>
            <p>
              <button type="submit" className="button">
                {t("merge.submit")}
              </button>
            </p>
          </Form>
        </>
      )}
    </section>
  );
}
